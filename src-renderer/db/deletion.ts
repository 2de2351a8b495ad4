import { collectionSpec, collections, entityCollections, type EntityCollection } from '@shared/collections';
import type { Workbook, WorkbookSnapshot } from '@shared/workbook';
import type { CompoundKey, Row, WaypointDatabase } from './database';
import { applyRule, rulesFor } from './relations';
import { restoreSnapshot } from './snapshot';
import { runWrite, touchWorkbook, type Reject } from './transaction';
import { failed, validate, type WriteResult } from './write-result';

type AnyRow = Row<EntityCollection>;

/**
 * Everything needed to undo a deletion, as plain data (it can sit in an undo stack or be logged).
 * `before` holds the exact rows as they were before the deletion: the deleted ones AND the ones whose
 * links were cleaned up, so undo restores both sides.
 */
export type DeletionRecord =
  | {
      kind: 'entities';
      label: string;
      workbookId: string;
      before: Partial<Record<EntityCollection, AnyRow[]>>;
      deleted: Partial<Record<EntityCollection, CompoundKey[]>>;
    }
  | { kind: 'workbook'; label: string; workbookId: string; snapshot: WorkbookSnapshot };

/** The tables a deletion in any collection may touch: every entity table and the workbook (for updatedAt). */
export const deletionTables = ['workbooks', ...entityCollections] as const;

/** Collects before-images, first touch wins: a row changed by two rules keeps its original image. */
class TouchedRows {
  private readonly before = new Map<EntityCollection, Map<string, AnyRow>>();
  private readonly deleted = new Map<EntityCollection, CompoundKey[]>();

  remember(table: EntityCollection, row: AnyRow): void {
    const rows = this.before.get(table) ?? new Map<string, AnyRow>();
    if (!rows.has(row.id)) rows.set(row.id, row);
    this.before.set(table, rows);
  }

  markDeleted(table: EntityCollection, key: CompoundKey): void {
    this.deleted.set(table, [...(this.deleted.get(table) ?? []), key]);
  }

  wasDeleted(table: EntityCollection, id: string): boolean {
    return (this.deleted.get(table) ?? []).some(([, deletedId]) => deletedId === id);
  }

  /** “the skill “Python” and 2 learning actions”: reads after both “Deleted” and “Restored”. */
  label(collection: EntityCollection, name: string): string {
    const cascaded = [...this.deleted]
      .filter(([table]) => table !== collection)
      .map(([table, keys]) => `${keys.length} ${keys.length === 1 ? collections[table].noun : collections[table].plural}`);
    const main = `the ${collections[collection].noun} “${name}”`;
    return cascaded.length === 0 ? main : `${main} and ${cascaded.join(' and ')}`;
  }

  toRecord(label: string, workbookId: string): DeletionRecord {
    const before: Partial<Record<EntityCollection, AnyRow[]>> = {};
    const deleted: Partial<Record<EntityCollection, CompoundKey[]>> = {};
    for (const [table, rows] of this.before) before[table] = [...rows.values()];
    for (const [table, keys] of this.deleted) deleted[table] = keys;
    return { kind: 'entities', label, workbookId, before, deleted };
  }
}

async function deleteRow(
  db: WaypointDatabase,
  table: EntityCollection,
  row: AnyRow,
  touched: TouchedRows,
  reject: Reject,
): Promise<void> {
  touched.remember(table, row);
  const key: CompoundKey = [row.workbookId, row.id];
  await db.entityTable(table).delete(key);
  touched.markDeleted(table, key);
  await cleanUpLinksTo(db, table, row.workbookId, row.id, touched, reject);
}

/** Applies the relation rules of `source` for the deleted `id`, recursing into cascaded deletions. */
async function cleanUpLinksTo(
  db: WaypointDatabase,
  source: EntityCollection,
  workbookId: string,
  id: string,
  touched: TouchedRows,
  reject: Reject,
): Promise<void> {
  for (const rule of rulesFor(source)) {
    const table = db.entityTable(rule.table);
    // Read per rule: an earlier rule may already have changed these rows within this transaction.
    const rows = await table.where('workbookId').equals(workbookId).toArray();
    for (const row of rows) {
      if (touched.wasDeleted(rule.table, row.id)) continue;
      const outcome = applyRule(rule, row, id);
      if (outcome === null) continue;
      if (outcome === 'delete') {
        await deleteRow(db, rule.table, row, touched, reject);
        continue;
      }
      // Re-validated so that clean-up can never store a row the model would refuse.
      const cleaned = validate(collectionSpec(rule.table).schema, outcome);
      if (!cleaned.ok) {
        return reject(
          failed(`Waypoint could not remove the link from a ${collections[rule.table].noun}, so nothing was deleted.`),
        );
      }
      touched.remember(rule.table, row);
      await table.put({ ...cleaned.value, workbookId });
    }
  }
}

/**
 * Deletes one entity and cleans up every link to it, inside the caller's transaction
 * (which must cover `deletionTables`). Returns the record that undoes it.
 */
export async function deleteEntityInTransaction<C extends EntityCollection>(
  db: WaypointDatabase,
  collection: C,
  workbookId: string,
  id: string,
  now: Date,
  reject: Reject,
): Promise<DeletionRecord> {
  const row = await db.entityTable(collection).get([workbookId, id]);
  if (!row) {
    return reject(failed(`This ${collections[collection].noun} no longer exists; it may have been deleted already.`));
  }
  await touchWorkbook(db, workbookId, now, reject);
  const touched = new TouchedRows();
  await deleteRow(db, collection, row, touched, reject);
  return touched.toRecord(touched.label(collection, collectionSpec(collection).describe(row)), workbookId);
}

/**
 * Puts the before-images back in ONE transaction. Rows edited after the deletion are reset to their
 * before-image too: undo is meant to follow the deletion closely (toast, Ctrl+Z).
 */
export async function undoDeletion(
  db: WaypointDatabase,
  record: DeletionRecord,
  now: Date = new Date(),
): Promise<WriteResult<Workbook>> {
  if (record.kind === 'workbook') return restoreSnapshot(db, record.snapshot);
  return runWrite(db, deletionTables, async (reject) => {
    const workbook = await touchWorkbook(db, record.workbookId, now, reject);
    for (const table of entityCollections) {
      const rows = record.before[table];
      if (rows && rows.length > 0) await db.entityTable(table).bulkPut(rows);
    }
    return workbook;
  });
}
