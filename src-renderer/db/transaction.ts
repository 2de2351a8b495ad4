import type { Workbook } from '@shared/workbook';
import type { WaypointDatabase } from './database';
import type { TableName } from './schema-versions';
import { describeStorageError, failed, saved, type WriteRejection, type WriteResult } from './write-result';

/** Ends the write early with an expected outcome; everything written so far in the transaction is rolled back. */
export type Reject = (result: WriteRejection) => never;

export const missingWorkbookMessage =
  'This workbook no longer exists; it may have been deleted in another window. Nothing was saved.';

/**
 * Runs `body` as ONE read-write transaction. An expected outcome (`reject(invalid(…))`) and any storage
 * error both abort the transaction, so a write is either complete or absent.
 */
export async function runWrite<T>(
  db: WaypointDatabase,
  tables: readonly TableName[],
  body: (reject: Reject) => Promise<T>,
): Promise<WriteResult<T>> {
  // Kept outside the error: Dexie may wrap whatever is thrown inside a transaction.
  let rejection: WriteRejection | null = null;
  const reject: Reject = (result) => {
    rejection = result;
    throw new Error(`Write rejected (${result.status})`);
  };
  try {
    // The scope must itself be an async function: that is how Dexie knows to keep the transaction alive across native awaits.
    return saved(await db.transaction('rw', tables, async () => body(reject)));
  } catch (error) {
    return rejection ?? failed(describeStorageError(error));
  }
}

/** Every change to a workbook's content marks the workbook as changed, inside the same transaction. */
export async function touchWorkbook(
  db: WaypointDatabase,
  workbookId: string,
  now: Date,
  reject: Reject,
): Promise<Workbook> {
  const workbook = await db.workbooks.get(workbookId);
  if (!workbook) return reject(failed(missingWorkbookMessage));
  const touched = { ...workbook, updatedAt: now.toISOString() };
  await db.workbooks.put(touched);
  return touched;
}
