import type { Workbook, WorkbookSnapshot } from '@shared/workbook';
import { failed, type Repositories, type WriteResult } from '../db';
import type { PendingEdits } from './pending-edits.svelte';
import { entityKey, type Writer } from './writer.svelte';
import { LiveQuery } from './live-query.svelte';
import { backUpBefore, type BackupHost } from './backup-before';

/** A deletion held back because the backup before it could not be saved; the person may delete anyway. */
export type BackupRefused = { status: 'backup-failed'; message: string };

/** The workbooks on this computer and which one is open; the last one opened reopens on start. */
export class WorkbookState {
  readonly #all: LiveQuery<Workbook[]>;
  currentId = $state<string | null>(null);
  /** False until the workbook list and the last-opened id have been read. */
  ready = $state(false);

  /**
   * A workbook just opened that the live list has not caught up with yet (new, copied or restored), with
   * the list as it was then: until the list is read again, the page shows this one instead of nothing
   * (which would swap the whole shell for the welcome page for a frame and drop focus to the page body).
   */
  #opening = $state.raw<{ workbook: Workbook; listed: Workbook[] } | null>(null);

  readonly current: Workbook | null = $derived.by(() => {
    const listed = this.all.find((workbook) => workbook.id === this.currentId);
    if (listed) return listed;
    const opening = this.#opening;
    return opening?.workbook.id === this.currentId && opening.listed === this.all ? opening.workbook : null;
  });

  constructor(
    private readonly repositories: Repositories,
    private readonly writer: Writer,
    private readonly pendingEdits: PendingEdits,
    private readonly backupHost: BackupHost,
  ) {
    this.#all = new LiveQuery(
      () => undefined,
      () => repositories.workbooks.listByTitle(),
      [],
    );
  }

  get all(): Workbook[] {
    return this.#all.current;
  }

  get loadError(): string | null {
    return this.#all.error;
  }

  /** Reopens the workbook that was open last time (or the first one there is). */
  async restoreLastOpened(): Promise<void> {
    const [lastId, workbooks] = await Promise.all([
      this.repositories.settings.getLastWorkbookId(),
      this.repositories.workbooks.listByTitle(),
    ]);
    const reopened = workbooks.find((workbook) => workbook.id === lastId) ?? workbooks[0] ?? null;
    this.currentId = reopened?.id ?? null;
    this.ready = true;
  }

  async open(id: string | null): Promise<void> {
    if (id === this.currentId) return;
    await this.pendingEdits.flushAll();
    if (id !== null && !this.all.some((workbook) => workbook.id === id)) {
      const listed = this.all;
      const workbook = await this.repositories.workbooks.get(id);
      this.#opening = workbook ? { workbook, listed } : null;
    }
    this.currentId = id;
    await this.repositories.settings.setLastWorkbookId(id);
  }

  async create(title: string): Promise<WriteResult<Workbook>> {
    const result = await this.writer.write(() => this.repositories.workbooks.create(title));
    if (result.status === 'saved') await this.open(result.value.id);
    return result;
  }

  rename(id: string, title: string): Promise<WriteResult<Workbook>> {
    return this.writer.write(() => this.repositories.workbooks.rename(id, title), { serial: entityKey('workbooks', id) });
  }

  /** Copies a workbook; without a title, the copy is called "… (copy)", shortened to fit the title limit. */
  async duplicate(id: string, title?: string): Promise<WriteResult<Workbook>> {
    await this.pendingEdits.flushAll();
    const result = await this.writer.write(() => this.repositories.workbooks.duplicate(id, title));
    if (result.status === 'saved') await this.open(result.value.id);
    return result;
  }

  /**
   * Adds a snapshot (a backup, a file) as a new workbook and opens it; a taken title gets a number, and
   * `keepId` keeps the snapshot's workbook id when no workbook has it (see WorkbookRepository.addFromSnapshot).
   * Nothing is written unless the whole snapshot is valid.
   */
  async addFromSnapshot(snapshot: unknown, options: { keepId?: boolean } = {}): Promise<WriteResult<Workbook>> {
    await this.pendingEdits.flushAll();
    const result = await this.writer.write(() => this.repositories.workbooks.addFromSnapshot(snapshot, options));
    if (result.status === 'saved') await this.open(result.value.id);
    return result;
  }

  /**
   * Opens the bundled sample as a new workbook (another copy each time, with a numbered title). Its
   * text loads only now, in its own chunk; it is validated before anything is written.
   */
  async openSample(): Promise<WriteResult<Workbook>> {
    await this.pendingEdits.flushAll();
    const reading = await import('./sample-workbook').then(
      (sample) => sample.readSampleWorkbook(),
      () => ({ ok: false, problem: 'its file could not be loaded' }) as const,
    );
    if (!reading.ok) {
      const problem = `The sample workbook could not be opened: ${reading.problem}.`;
      return this.writer.write(() => Promise.resolve(failed(problem)));
    }
    return this.#addAndOpen(reading.snapshot, 'The sample workbook could not be opened');
  }

  /** A workbook read from a file, as a new workbook (a numbered title when its title is taken), then opened. */
  async importSnapshot(snapshot: WorkbookSnapshot): Promise<WriteResult<Workbook>> {
    await this.pendingEdits.flushAll();
    return this.#addAndOpen(snapshot, 'The workbook could not be imported');
  }

  /** Writes the snapshot as a new workbook through the one write path, then opens it. */
  async #addAndOpen(snapshot: unknown, failure: string): Promise<WriteResult<Workbook>> {
    const result = await this.writer.write(async () => {
      const added = await this.repositories.workbooks.addFromSnapshot(snapshot);
      if (added.status !== 'invalid') return added;
      const [issue] = added.issues;
      return failed(`${failure}: ${issue ? `${issue.path} ${issue.message}` : 'it is not valid'}.`);
    });
    if (result.status === 'saved') await this.open(result.value.id);
    return result;
  }

  /**
   * Replaces an existing workbook's content with a snapshot (a file, a backup), in one transaction, after
   * a backup of what it holds now has been saved. When that backup cannot be saved, nothing is replaced
   * and the message says why. Pending edits are written first, so the backup holds them.
   */
  async replace(
    id: string,
    snapshot: unknown,
    reason: 'before-replace' | 'before-restore' = 'before-replace',
  ): Promise<WriteResult<Workbook>> {
    await this.pendingEdits.flushAll();
    return this.writer.write(
      async () => {
        const backup = await backUpBefore(this.repositories, this.backupHost, id, reason);
        if (!backup.ok) return failed(`${backup.message} Nothing was replaced: your workbook is as it was.`);
        return this.repositories.workbooks.replaceContent(id, snapshot);
      },
      { serial: entityKey('workbooks', id) },
    );
  }

  /**
   * Deletes a workbook after a backup of it has been saved. When that backup cannot be saved, nothing is
   * deleted and the answer says why; `withoutBackup` deletes anyway (the person chose to).
   */
  async remove(id: string, options: { withoutBackup?: boolean } = {}): Promise<WriteResult<unknown> | BackupRefused> {
    if (!options.withoutBackup) {
      await this.pendingEdits.flushAll();
      const backup = await backUpBefore(this.repositories, this.backupHost, id, 'before-delete');
      if (!backup.ok) return { status: 'backup-failed', message: backup.message };
    }
    const result = await this.writer.deleteWithUndo({
      workbookId: id,
      remove: () => this.repositories.workbooks.remove(id),
      restore: (record) => this.repositories.workbooks.restore(record),
      describe: (record) => record.label,
      serial: entityKey('workbooks', id),
    });
    if (result.status !== 'saved') return result;
    if (this.currentId === id) {
      const next = this.all.find((candidate) => candidate.id !== id) ?? null;
      this.currentId = next?.id ?? null;
      await this.repositories.settings.setLastWorkbookId(this.currentId);
    }
    return result;
  }
}
