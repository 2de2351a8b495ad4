import { foldName } from '@shared/names';
import { ownerSchema, workbookSchema, workbookSnapshotSchema, type Workbook, type WorkbookSnapshot } from '@shared/workbook';
import type { z } from '@shared/zod';
import type { WaypointDatabase } from '../database';
import { undoDeletion, type DeletionRecord } from '../deletion';
import {
  buildSnapshot,
  deleteWorkbookRowsInTransaction,
  readSnapshotInTransaction,
  restoreSnapshot,
  snapshotTables,
} from '../snapshot';
import { missingWorkbookMessage, runWrite, type Reject } from '../transaction';
import { describeStorageError, failed, invalid, validate, type WriteResult } from '../write-result';
import type { RepositoryContext } from './entity-repository';

type Owner = z.infer<typeof ownerSchema>;

const titleLimit = 120;
const copySuffix = ' (copy)';

function copyTitle(title: string): string {
  return `${title.slice(0, titleLimit - copySuffix.length).trimEnd()}${copySuffix}`;
}

/** The title, or with " (2)", " (3)", … when a workbook is called that already; kept within the title limit. */
function unusedTitle(title: string, taken: ReadonlySet<string>): string {
  if (!taken.has(foldName(title))) return title;
  for (let number = 2; ; number += 1) {
    const suffix = ` (${number})`;
    const numbered = `${title.slice(0, titleLimit - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(foldName(numbered))) return numbered;
  }
}

function byTitle(a: Workbook, b: Workbook): number {
  return a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) || b.updatedAt.localeCompare(a.updatedAt);
}

/** The workbooks on this computer. Copies and deletions go through snapshots, so they are whole or nothing. */
export class WorkbookRepository {
  constructor(
    private readonly db: WaypointDatabase,
    private readonly context: RepositoryContext,
  ) {}

  async listByTitle(): Promise<Workbook[]> {
    return [...(await this.db.workbooks.toArray())].sort(byTitle);
  }

  async get(id: string): Promise<Workbook | null> {
    return (await this.db.workbooks.get(id)) ?? null;
  }

  /** The whole workbook as one plain object, read in one transaction (for search and exports). */
  snapshot(id: string): Promise<WorkbookSnapshot> {
    return buildSnapshot(this.db, id);
  }

  create(title: string): Promise<WriteResult<Workbook>> {
    const stamp = this.context.now().toISOString();
    return runWrite(this.db, ['workbooks'], async (reject) => {
      const workbook = this.check(
        { id: this.context.newId(), title, owner: { name: '', headline: '' }, createdAt: stamp, updatedAt: stamp },
        reject,
      );
      await this.db.workbooks.add(workbook);
      return workbook;
    });
  }

  rename(id: string, title: string): Promise<WriteResult<Workbook>> {
    return this.change(id, (workbook) => ({ ...workbook, title }));
  }

  updateOwner(id: string, owner: Partial<Owner>): Promise<WriteResult<Workbook>> {
    return this.change(id, (workbook) => ({ ...workbook, owner: { ...workbook.owner, ...owner } }));
  }

  /** A full copy under a new workbook id; entity ids stay the same (keys are per workbook, so nothing collides). */
  async duplicate(id: string, title?: string): Promise<WriteResult<Workbook>> {
    if (title !== undefined) {
      const checked = validate(workbookSchema.shape.title, title, ['title']);
      if (!checked.ok) return invalid(checked.issues);
    }
    const snapshot = await buildSnapshot(this.db, id).catch((error: unknown) =>
      failed(describeStorageError(error, 'read')),
    );
    if ('status' in snapshot) return snapshot;
    return restoreSnapshot(this.db, snapshot, {
      workbookId: this.context.newId(),
      title: title ?? copyTitle(snapshot.workbook.title),
      now: this.context.now(),
    });
  }

  /**
   * A new workbook from a snapshot (the bundled sample, a file): a new workbook id (or, with `keepId`, the
   * snapshot's own when no workbook has it: a deleted workbook comes back as itself) and, when its title
   * is taken, a numbered one; entity ids are kept. Nothing is written unless the whole snapshot is valid and stored.
   */
  async addFromSnapshot(input: unknown, options: { keepId?: boolean } = {}): Promise<WriteResult<Workbook>> {
    const parsed = validate(workbookSnapshotSchema, input);
    if (!parsed.ok) return invalid(parsed.issues);
    const workbooks = await this.listByTitle();
    const taken = new Set(workbooks.map((workbook) => foldName(workbook.title)));
    const ownId = parsed.value.workbook.id;
    const keepId = options.keepId === true && !workbooks.some((workbook) => workbook.id === ownId);
    return restoreSnapshot(this.db, parsed.value, {
      workbookId: keepId ? ownId : this.context.newId(),
      title: unusedTitle(parsed.value.workbook.title, taken),
      now: this.context.now(),
    });
  }

  /**
   * Replaces everything in an existing workbook with the snapshot's content (its title too), in one
   * transaction; the workbook keeps its id and creation date. Nothing is written unless all of it is valid.
   * Callers keep a backup of what it held first (WorkbookState.replace).
   */
  async replaceContent(id: string, input: unknown): Promise<WriteResult<Workbook>> {
    const existing = await this.get(id);
    if (!existing) return failed(missingWorkbookMessage);
    return restoreSnapshot(this.db, input, { workbookId: id, now: this.context.now(), createdAt: existing.createdAt });
  }

  /** Deletes the workbook and everything in it; the record holds the full snapshot, so undo brings it all back. */
  remove(id: string): Promise<WriteResult<DeletionRecord>> {
    return runWrite(this.db, snapshotTables, async (reject) => {
      const workbook = await this.db.workbooks.get(id);
      if (!workbook) return reject(failed(missingWorkbookMessage));
      const snapshot = await readSnapshotInTransaction(this.db, id);
      await deleteWorkbookRowsInTransaction(this.db, id);
      return { kind: 'workbook', label: `the workbook “${workbook.title}”`, workbookId: id, snapshot };
    });
  }

  /** Undoes a deletion (of a workbook, or of entities inside one). */
  restore(record: DeletionRecord): Promise<WriteResult<Workbook>> {
    return undoDeletion(this.db, record, this.context.now());
  }

  private change(id: string, edit: (workbook: Workbook) => Workbook): Promise<WriteResult<Workbook>> {
    const stamp = this.context.now().toISOString();
    return runWrite(this.db, ['workbooks'], async (reject) => {
      const existing = await this.db.workbooks.get(id);
      if (!existing) return reject(failed(missingWorkbookMessage));
      const workbook = this.check({ ...edit(existing), id, createdAt: existing.createdAt, updatedAt: stamp }, reject);
      await this.db.workbooks.put(workbook);
      return workbook;
    });
  }

  private check(fields: unknown, reject: Reject): Workbook {
    const result = validate(workbookSchema, fields);
    return result.ok ? result.value : reject(invalid(result.issues));
  }
}
