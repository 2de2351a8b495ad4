import { automaticBackupInterval } from '@shared/backups';
import type { Workbook } from '@shared/workbook';
import type { Repositories } from '../db';
import type { BackupHost } from './backup-before';

export interface BackupTiming {
  /** How long a workbook must stay unchanged before its backup is taken (typing in bursts is one change). */
  quietMs: number;
  /** A workbook changed without pause still gets its backup this long after the first change. */
  longestWaitMs: number;
}

export const backupTiming: BackupTiming = { quietMs: 30_000, longestWaitMs: 5 * 60_000 };

type Pending = { timer: ReturnType<typeof setTimeout>; firstChangeAt: number | null };

/**
 * Automatic backups: whenever a workbook's updatedAt moves (every stored change moves it), a backup of
 * it is sent to the host once the workbook has been quiet for a moment. The host keeps at most one an
 * hour, counted from the newest backup in its folder, so a restart does not reset the hour; when it
 * says "not yet", the check comes back when the hour is up. Backups run one at a time.
 */
export class AutomaticBackups {
  /** How many automatic backups this window has saved: a list of backups on screen reads again when it moves. */
  saved = $state(0);
  /** Why the last automatic backup of a workbook could not be saved, until one is saved again. */
  problem = $state<{ workbookId: string; message: string } | null>(null);

  // Plain Maps: nothing renders them.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #seen = new Map<string, string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, Pending>();
  #queue: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(
    private readonly repositories: Repositories,
    private readonly backupHost: BackupHost,
    private readonly timing: BackupTiming = backupTiming,
  ) {}

  /** Takes the list of workbooks each time it changes; the first list checks every workbook once. */
  observe(workbooks: readonly Workbook[]): void {
    if (this.#stopped) return;
    for (const workbook of workbooks) {
      if (this.#seen.get(workbook.id) === workbook.updatedAt) continue;
      this.#seen.set(workbook.id, workbook.updatedAt);
      this.#afterChange(workbook.id);
    }
    for (const id of [...this.#seen.keys()]) {
      if (workbooks.some((workbook) => workbook.id === id)) continue;
      this.#seen.delete(id);
      this.#cancel(id);
    }
  }

  stop(): void {
    this.#stopped = true;
    for (const id of [...this.#pending.keys()]) this.#cancel(id);
  }

  #afterChange(id: string): void {
    const now = Date.now();
    const firstChangeAt = this.#pending.get(id)?.firstChangeAt ?? now;
    const wait = Math.max(0, Math.min(this.timing.quietMs, firstChangeAt + this.timing.longestWaitMs - now));
    this.#start(id, wait, firstChangeAt);
  }

  /** Comes back when the host said the backup will be due; a change before then starts a new wait. */
  #retryAt(id: string, retryAt: string): void {
    const wait = Date.parse(retryAt) - Date.now();
    this.#start(id, Math.min(Math.max(wait, this.timing.quietMs), automaticBackupInterval), null);
  }

  #start(id: string, wait: number, firstChangeAt: number | null): void {
    this.#cancel(id);
    const timer = setTimeout(() => {
      this.#pending.delete(id);
      this.#queue = this.#queue.then(() => this.#backUp(id));
    }, wait);
    this.#pending.set(id, { timer, firstChangeAt });
  }

  #cancel(id: string): void {
    const pending = this.#pending.get(id);
    if (pending) clearTimeout(pending.timer);
    this.#pending.delete(id);
  }

  async #backUp(id: string): Promise<void> {
    const changedAt = this.#seen.get(id);
    if (changedAt === undefined || this.#stopped) return;
    try {
      const check = await this.backupHost.automaticBackupDue(id, changedAt);
      if (!check.due) {
        if (check.retryAt !== null) this.#retryAt(id, check.retryAt);
        return;
      }
      const snapshot = await this.repositories.workbooks.snapshot(id);
      const result = await this.backupHost.saveBackup(snapshot, 'automatic');
      if (result.status === 'saved') {
        this.saved += 1;
        if (this.problem?.workbookId === id) this.problem = null;
      } else if (result.status === 'skipped') {
        if (result.retryAt !== null) this.#retryAt(id, result.retryAt);
      } else {
        this.problem = { workbookId: id, message: result.message };
      }
    } catch {
      // A workbook deleted meanwhile has nothing left to back up; otherwise the host could not be reached.
      const stillThere = await this.repositories.workbooks.get(id).catch(() => null);
      if (stillThere !== null) {
        this.problem = { workbookId: id, message: 'The automatic backup could not be saved: Waypoint could not reach its backups folder.' };
      }
    }
  }

  /** Settles once every backup already due has been tried (for tests). */
  idle(): Promise<void> {
    return this.#queue;
  }
}
