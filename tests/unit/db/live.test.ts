import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { live } from '../../../src-renderer/db/live';
import { build, expectSaved, setUp } from './helpers';

// liveQuery does nothing unless Dexie found a global IndexedDB when it loaded (a browser always has one).
// The database under test still uses its own factory; this only tells liveQuery that IndexedDB exists.
const globalIndexedDB = Dexie.dependencies.indexedDB;
beforeAll(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
});
afterAll(() => {
  Dexie.dependencies.indexedDB = globalIndexedDB;
});

test('a live query delivers the current rows and again after each change', async () => {
  const { repositories } = setUp();
  const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
  const seen: string[][] = [];
  const subscription = live(() => repositories.skills.list(wb)).subscribe({
    next: (skills) => seen.push(skills.map((skill) => skill.name)),
  });
  const latest = () => seen.at(-1);

  await vi.waitFor(() => expect(latest()).toEqual([]));
  const sql = expectSaved(await repositories.skills.create(wb, build.skills({ name: 'SQL' })));
  await vi.waitFor(() => expect(latest()).toEqual(['SQL']));
  expectSaved(await repositories.skills.update(wb, sql.id, { name: 'PostgreSQL' }));
  await vi.waitFor(() => expect(latest()).toEqual(['PostgreSQL']));
  subscription.unsubscribe();
});
