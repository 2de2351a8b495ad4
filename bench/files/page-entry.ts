/*
 * Runs in the bench page (bundled by page-bundle.ts). Times, in fresh databases, what importing a
 * workbook writes (WorkbookRepository.addFromSnapshot: validation, then one transaction) beside a bare
 * Dexie bulkPut of the same rows into the same stores.
 */
import Dexie from 'dexie';
import { entityCollections, entityRows } from '@shared/collections';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '@shared/workbook';
import { createRepositories, WaypointDatabase } from '../../src-renderer/db';
import { releasedSchemaVersions } from '../../src-renderer/db/schema-versions';

let runs = 0;

function freshName(kind: string): string {
  runs += 1;
  return `bench-${kind}-${runs}`;
}

/** Milliseconds for the app's import write; fails loudly when the write is refused. */
export async function timeImportWrite(snapshot: WorkbookSnapshot): Promise<number> {
  const db = new WaypointDatabase({ name: freshName('import') });
  await db.open();
  const repositories = createRepositories(db);
  const started = performance.now();
  const result = await repositories.workbooks.addFromSnapshot(snapshot);
  const elapsed = performance.now() - started;
  db.close();
  if (result.status !== 'saved') throw new Error(`The import write was refused: ${JSON.stringify(result).slice(0, 500)}`);
  return elapsed;
}

/** Milliseconds for Dexie bulkPut of the same rows, one transaction, the same stores. */
export async function timeBareBulkPut(snapshot: WorkbookSnapshot): Promise<number> {
  const db = new Dexie(freshName('bare'));
  releasedSchemaVersions.forEach((stores, index) => db.version(index + 1).stores({ ...stores }));
  await db.open();
  const workbookId = snapshot.workbook.id;
  const rows = entityRows(snapshot, workbookId);
  const tables = ['workbooks', 'vision', ...entityCollections];
  const started = performance.now();
  await db.transaction('rw', tables, async () => {
    await db.table('workbooks').put(snapshot.workbook);
    if (snapshot.vision) await db.table('vision').put({ ...snapshot.vision, workbookId });
    await Promise.all(entityCollections.map((name) => db.table(name).bulkPut(rows[name])));
  });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

/** Milliseconds for the validation alone (the part of addFromSnapshot that is not writing). */
export function timeValidation(snapshot: unknown): number {
  const started = performance.now();
  const parsed = workbookSnapshotSchema.safeParse(snapshot);
  const elapsed = performance.now() - started;
  if (!parsed.success) throw new Error('The bench workbook does not validate in the page');
  return elapsed;
}
