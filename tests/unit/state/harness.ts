import './stub-browser';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { createRepositories } from '../../../src-renderer/db/repositories';
import { AppState } from '../../../src-renderer/state/app.svelte';
import { createTestContext, createTestDatabase, expectSaved } from '../db/helpers';
import { createInRoot } from './effect-root.svelte';

/**
 * Live queries (Dexie liveQuery) do nothing unless Dexie found a global IndexedDB when it loaded, as a
 * browser always has. Call once at the top of a spec file that reads through live queries; each test
 * database still has its own factory.
 */
export function useLiveQueries(): void {
  const globalIndexedDB = Dexie.dependencies.indexedDB;
  beforeAll(() => {
    Dexie.dependencies.indexedDB = new IDBFactory();
  });
  afterAll(() => {
    Dexie.dependencies.indexedDB = globalIndexedDB;
  });
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * A real AppState on its own in-memory database, with a workbook open, for the unit specs of section
 * state classes. The clock only moves when told to; undo records where it would move focus instead of
 * touching a document. `within(create)` builds a state class inside an `$effect.root` (as a component
 * would during initialisation); `dispose()` ends every root.
 */
export async function createTestApp(title = 'Test workbook') {
  const db = createTestDatabase(`waypoint-test-${crypto.randomUUID()}`);
  const context = createTestContext();
  const repositories = createRepositories(db, context);
  const roots: Array<() => void> = [];
  const shell = createInRoot(() => new AppState(db, repositories));
  roots.push(shell.end);
  const app = shell.value;
  const focusRequests: Array<string | undefined> = [];
  app.undo.connect({
    openWorkbook: (workbookId) => app.workbooks.open(workbookId),
    focusAfterUndo: (selector) => focusRequests.push(selector),
  });
  const workbook = expectSaved(await repositories.workbooks.create(title));
  await app.workbooks.open(workbook.id);

  return {
    app,
    db,
    context,
    repositories,
    workbookId: workbook.id,
    /** Selectors undo asked to focus, oldest first. */
    focusRequests,
    within<T>(create: () => T): T {
      const { value, end } = createInRoot(create);
      roots.push(end);
      return value;
    },
    dispose(): void {
      for (const end of roots.splice(0)) end();
      db.close();
    },
  };
}

/**
 * For a spec file of one section state class: returns `open()`, which builds the class on a fresh
 * test app and waits until its live reads have loaded; every app is disposed after its test.
 */
export function sectionSpec<S extends { loaded: boolean }>(create: (app: TestApp['app'], workbookId: string) => S) {
  let current: TestApp | undefined;
  afterEach(() => current?.dispose());
  return async function open() {
    const test = await createTestApp();
    current = test;
    const section = test.within(() => create(test.app, test.workbookId));
    await vi.waitFor(() => expect(section.loaded).toBe(true));
    return { ...test, section };
  };
}
