import { collections, entityCollections, entityRows, repeatedIds, type EntityLists } from '@shared/collections';
import { workbookSchema, workbookSnapshotSchema, type Workbook, type WorkbookSnapshot } from '@shared/workbook';
import type { WaypointDatabase } from './database';
import { workbookOwnedTables } from './schema-versions';
import { runWrite } from './transaction';
import { invalid, validate, type FieldIssue, type WriteResult } from './write-result';

/** Thrown by buildSnapshot when the workbook is gone; describeStorageError explains it in plain words. */
export class MissingWorkbookError extends Error {
  override readonly name = 'MissingWorkbookError';
  constructor(readonly workbookId: string) {
    super(`Workbook ${workbookId} does not exist`);
  }
}

export const snapshotTables = ['workbooks', ...workbookOwnedTables] as const;

/** Snapshot entities carry no workbookId: the workbook they belong to is the snapshot itself. */
function withoutWorkbookId<T extends { workbookId: string }>(row: T): Omit<T, 'workbookId'> {
  const { workbookId: _workbookId, ...entity } = row;
  return entity;
}

/** Reads a whole workbook; must run inside a transaction covering `snapshotTables`. */
export async function readSnapshotInTransaction(db: WaypointDatabase, workbookId: string): Promise<WorkbookSnapshot> {
  const [workbook, vision, lists] = await Promise.all([
    db.workbooks.get(workbookId),
    db.vision.get([workbookId, 'vision']),
    Promise.all(
      entityCollections.map(async (name) => {
        const rows = await db.entityTable(name).where({ workbookId }).toArray();
        return [name, rows.map(withoutWorkbookId)] as const;
      }),
    ),
  ]);
  if (!workbook) throw new MissingWorkbookError(workbookId);
  return {
    workbook,
    vision: vision ? withoutWorkbookId(vision) : null,
    // Each list was read from its own collection's table.
    ...(Object.fromEntries<readonly object[]>(lists) as EntityLists),
  };
}

/** The whole workbook as one plain object, read in ONE read transaction (a consistent picture). */
export function buildSnapshot(db: WaypointDatabase, workbookId: string): Promise<WorkbookSnapshot> {
  // An async scope, so Dexie keeps the transaction alive across native awaits.
  return db.transaction('r', snapshotTables, async () => readSnapshotInTransaction(db, workbookId));
}

/** Deletes every row of a workbook, the workbook row included; must run inside a covering rw transaction. */
export async function deleteWorkbookRowsInTransaction(db: WaypointDatabase, workbookId: string): Promise<void> {
  await Promise.all(workbookOwnedTables.map((table) => db.table(table).where({ workbookId }).delete()));
  await db.workbooks.delete(workbookId);
}

/** Ids must be unique per collection: the database key is [workbookId+id], so a repeat would silently overwrite. */
function duplicateIdIssues(snapshot: WorkbookSnapshot): FieldIssue[] {
  return repeatedIds(snapshot).map(({ collection, index }) => ({
    path: `${collection}[${index}].id`,
    message: `is used by another ${collections[collection].noun} in this workbook`,
  }));
}

type RestoreOptions = {
  /** Write under this workbook id instead of the snapshot's (duplicate, import as new). */
  workbookId?: string;
  title?: string;
  /** Stamps the workbook's updatedAt (and createdAt when it becomes a new workbook); omit to keep them exactly. */
  now?: Date;
  /** Keeps this createdAt: the workbook is an existing one whose content is being replaced. */
  createdAt?: string;
};

/**
 * Validates the snapshot, then in ONE transaction replaces every row of the target workbook with the
 * snapshot's rows (ids kept). Nothing is written unless all of it is valid and stored.
 */
export async function restoreSnapshot(
  db: WaypointDatabase,
  input: unknown,
  options: RestoreOptions = {},
): Promise<WriteResult<Workbook>> {
  const parsed = validate(workbookSnapshotSchema, input);
  if (!parsed.ok) return invalid(parsed.issues);
  const snapshot = parsed.value;
  const duplicates = duplicateIdIssues(snapshot);
  if (duplicates.length > 0) return invalid(duplicates);

  const workbookId = options.workbookId ?? snapshot.workbook.id;
  const isNewWorkbook = workbookId !== snapshot.workbook.id;
  const stamp = options.now?.toISOString();
  const workbookRow = validate(
    workbookSchema,
    {
      ...snapshot.workbook,
      id: workbookId,
      title: options.title ?? snapshot.workbook.title,
      createdAt: options.createdAt ?? (stamp && isNewWorkbook ? stamp : snapshot.workbook.createdAt),
      updatedAt: stamp ?? snapshot.workbook.updatedAt,
    },
    ['workbook'],
  );
  if (!workbookRow.ok) return invalid(workbookRow.issues);
  const workbook = workbookRow.value;

  return runWrite(db, snapshotTables, async () => {
    await deleteWorkbookRowsInTransaction(db, workbookId);
    await db.workbooks.put(workbook);
    if (snapshot.vision) await db.vision.put({ ...snapshot.vision, workbookId });
    const rows = entityRows(snapshot, workbookId);
    await Promise.all(entityCollections.map((name) => db.entityTable(name).bulkPut(rows[name])));
    return workbook;
  });
}
