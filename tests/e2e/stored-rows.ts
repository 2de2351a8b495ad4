import type { Page } from '@playwright/test';

/* Reading and changing rows straight in the app's IndexedDB, to check what was stored and to set up data an import would bring. */

type StoredRow = Record<string, unknown>;

/** Every stored row of one table (all workbooks). */
export async function storedRows(app: Page, table: string): Promise<StoredRow[]> {
  return app.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waypoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<StoredRow[]>((resolve, reject) => {
      const request = database.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as StoredRow[]);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return rows;
  }, table);
}

/** The stored row of `table` whose `field` equals `value`; fails when there is not exactly one. */
export async function storedRow(app: Page, table: string, field: string, value: unknown): Promise<StoredRow> {
  const matches = (await storedRows(app, table)).filter((row) => row[field] === value);
  if (matches.length !== 1) throw new Error(`Expected one ${table} row with ${field} = ${String(value)}, found ${matches.length}.`);
  return matches[0] as StoredRow;
}

/** Changes stored rows of `table` whose `field` equals `value` (reload the page to show the change). */
export async function patchStoredRows(app: Page, table: string, field: string, value: unknown, patch: StoredRow): Promise<void> {
  await app.evaluate(
    async ({ name, key, wanted, changes }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = database.transaction(name, 'readwrite');
      const store = transaction.objectStore(name);
      const request = store.openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return;
        const row = cursor.value as StoredRow;
        if (row[key] === wanted) cursor.update({ ...row, ...changes });
        cursor.continue();
      };
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    },
    { name: table, key: field, wanted: value, changes: patch },
  );
}
