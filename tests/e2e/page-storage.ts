import type { Page } from '@playwright/test';

/* Reaching the app's IndexedDB from inside the page, as another tab of the app would. */

/**
 * Holds a read-write IndexedDB transaction on `store` open from inside the page (it keeps asking for
 * one row until released), so every write the app makes to that store waits: a slow disk, on demand.
 * Resolves once the hold is in place; call the returned function to let the writes through.
 */
export async function holdStore(app: Page, store: string): Promise<() => Promise<void>> {
  await app.evaluate(async (storeName) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waypoint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction(storeName, 'readwrite');
    const objectStore = transaction.objectStore(storeName);
    const state = { held: true };
    const keepBusy = () => {
      if (state.held) objectStore.count().onsuccess = keepBusy;
    };
    keepBusy();
    Object.assign(window, {
      releaseHeldStore: () =>
        new Promise<void>((resolve) => {
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          state.held = false;
        }),
    });
  }, store);
  return async () => {
    await app.evaluate(() => (window as unknown as { releaseHeldStore: () => Promise<void> }).releaseHeldStore());
  };
}

/**
 * Writes rows straight into one store of the app's database, each with the id of the first workbook
 * (keyed as the app keys them); reload to read them. For lists too long to type in.
 */
export async function putRows(app: Page, store: string, rows: readonly object[]): Promise<void> {
  await app.evaluate(
    async ({ storeName, items }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const workbooks = await new Promise<Array<{ id: string }>>((resolve, reject) => {
        const request = database.transaction('workbooks').objectStore('workbooks').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = database.transaction(storeName, 'readwrite');
      for (const row of items) transaction.objectStore(storeName).put({ ...row, workbookId: workbooks[0]?.id });
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    },
    { storeName: store, items: rows },
  );
}
