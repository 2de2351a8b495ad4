import type { Page } from '@playwright/test';
import { entityRows } from '../../src-main/shared/collections';
import type { WorkbookSnapshot } from '../../src-main/shared/workbook';

type Rows = Record<string, readonly object[]>;

/**
 * The snapshot as database rows, as restoreSnapshot (src-renderer/db/snapshot.ts) writes them: the
 * workbook row as it is, the vision under its fixed id, every collection of the registry through the
 * same `entityRows`. Plus the setting that makes the app reopen this workbook.
 */
export function snapshotRows(snapshot: WorkbookSnapshot): Rows {
  const workbookId = snapshot.workbook.id;
  return {
    workbooks: [snapshot.workbook],
    settings: [{ key: 'lastWorkbookId', value: workbookId }],
    vision: snapshot.vision ? [{ ...snapshot.vision, workbookId }] : [],
    ...entityRows(snapshot, workbookId),
  };
}

/**
 * Writes the rows into the app's IndexedDB database 'waypoint' in one transaction, with the raw
 * IndexedDB API: the app's repositories are bundled and not reachable from the page. The app must
 * have opened once, so Dexie has created the stores. Returns the row count of every store afterwards.
 */
export async function seedDatabase(page: Page, rows: Rows): Promise<Record<string, number>> {
  return page.evaluate(async (rowsByStore) => {
    const request = indexedDB.open('waypoint');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('Could not open the waypoint database'));
      request.onupgradeneeded = () => {
        // Aborting keeps the page from creating an empty database that Dexie would then have to upgrade.
        request.transaction?.abort();
        reject(new Error('The waypoint database does not exist yet: open the app first'));
      };
    });
    try {
      const storeNames = Object.keys(rowsByStore);
      const transaction = db.transaction(storeNames, 'readwrite');
      const counts: Record<string, number> = {};
      for (const name of storeNames) {
        const store = transaction.objectStore(name);
        for (const row of rowsByStore[name] ?? []) store.put(row);
        const count = store.count();
        count.onsuccess = () => (counts[name] = count.result);
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('Writing the benchmark workbook failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('Writing the benchmark workbook was aborted'));
      });
      return counts;
    } finally {
      db.close();
    }
  }, rows);
}
