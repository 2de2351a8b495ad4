import type { Page } from '@playwright/test';

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
