import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
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

/** Every value and error a live query delivers, as the app's state classes would receive them. */
function watch<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const errors: unknown[] = [];
  const subscription = liveQuery(query).subscribe({ next: (value) => values.push(value), error: (error) => errors.push(error) });
  return { values, errors, latest: () => values.at(-1), stop: () => subscription.unsubscribe() };
}

test('lists come sorted in live queries, again after each change, although the cache hands out frozen rows', async () => {
  const { repositories } = setUp();
  const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
  expectSaved(await repositories.workbooks.create('Another plan'));
  for (const name of ['Grace', 'Ada']) expectSaved(await repositories.people.create(wb, build.people({ name })));
  for (const name of ['SQL', 'Python']) expectSaved(await repositories.skills.create(wb, build.skills({ name })));

  const people = watch(() => repositories.people.list(wb));
  const skills = watch(() => repositories.skills.list(wb));
  const workbooks = watch(() => repositories.workbooks.listByTitle());
  const names = (rows: { name: string }[] | undefined) => rows?.map((row) => row.name);

  await vi.waitFor(() => expect(names(people.latest())).toEqual(['Ada', 'Grace']));
  await vi.waitFor(() => expect(names(skills.latest())).toEqual(['SQL', 'Python']));
  await vi.waitFor(() => expect(workbooks.latest()?.map((workbook) => workbook.title)).toEqual(['Another plan', 'Plan']));
  expect(Object.isFrozen(skills.latest()?.[0])).toBe(true);

  const grace = people.latest()?.find((person) => person.name === 'Grace');
  expectSaved(await repositories.people.update(wb, grace?.id ?? '', { name: 'Aaron' }));
  expectSaved(await repositories.workbooks.create('A third plan'));
  await vi.waitFor(() => expect(names(people.latest())).toEqual(['Aaron', 'Ada']));
  await vi.waitFor(() => expect(workbooks.latest()).toHaveLength(3));
  expect(workbooks.latest()?.map((workbook) => workbook.title)).toEqual(['A third plan', 'Another plan', 'Plan']);

  expect([...people.errors, ...skills.errors, ...workbooks.errors]).toEqual([]);
  for (const watched of [people, skills, workbooks]) watched.stop();
});

test('two live queries of one list share its rows instead of each getting a deep copy', async () => {
  const { repositories } = setUp();
  const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
  expectSaved(await repositories.experiences.create(wb, build.experiences({ achievements: ['Led'] })));
  const first = watch(() => repositories.experiences.list(wb));
  const second = watch(() => repositories.experiences.list(wb));
  await vi.waitFor(() => expect(first.latest()).toHaveLength(1));
  await vi.waitFor(() => expect(second.latest()).toHaveLength(1));
  expect(second.latest()?.[0]).toBe(first.latest()?.[0]);
  first.stop();
  second.stop();
});
