import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { WaypointDatabase } from '../../../src-renderer/db/database';
import { releasedSchemaVersions } from '../../../src-renderer/db/schema-versions';
import { createRepositories } from '../../../src-renderer/db/repositories';
import { buildSnapshot, restoreSnapshot } from '../../../src-renderer/db/snapshot';
import { build, createTestContext, dumpDatabase, expectSaved, setUp } from './helpers';
import { seedLinkedWorkbook } from './seed';

const diskFull = 'Waypoint could not save because the disk is full. Free some space; your last change was not stored.';

function quotaExceeded(): never {
  throw new DOMException('The disk is full', 'QuotaExceededError');
}

// Dexie warns on the console when another connection upgrades or blocks; that is expected here.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a write that fails half-way', () => {
  test('a deletion whose second clean-up write hits a full disk leaves the database exactly as before', async () => {
    const { db, repositories } = setUp();
    const { workbook, ids } = await seedLinkedWorkbook(repositories);
    const before = await dumpDatabase(db);
    const put = db.entityTable('milestones').put.bind(db.entityTable('milestones'));
    let calls = 0;
    vi.spyOn(db.entityTable('milestones'), 'put').mockImplementation((row, key) => (++calls === 2 ? quotaExceeded() : put(row, key)));

    const result = await repositories.skills.remove(workbook.id, ids.writing);
    expect(calls).toBe(2);
    expect(result).toEqual({ status: 'failed', message: diskFull });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('a create whose second write fails stores neither the entity nor the workbook change', async () => {
    const { db, repositories } = setUp();
    const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
    const before = await dumpDatabase(db);
    vi.spyOn(db.entityTable('skills'), 'add').mockImplementation(quotaExceeded);
    expect(await repositories.skills.create(wb, build.skills())).toEqual({ status: 'failed', message: diskFull });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('a restore that fails after deleting the old rows keeps the old rows', async () => {
    const { db, repositories } = setUp();
    const { workbook } = await seedLinkedWorkbook(repositories);
    const snapshot = await buildSnapshot(db, workbook.id);
    const before = await dumpDatabase(db);
    const bulkPut = db.entityTable('people').bulkPut.bind(db.entityTable('people'));
    let calls = 0;
    vi.spyOn(db.entityTable('people'), 'bulkPut').mockImplementation((rows) => (++calls === 1 ? quotaExceeded() : bulkPut(rows)));
    expect(await restoreSnapshot(db, snapshot)).toEqual({ status: 'failed', message: diskFull });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('opening the database', () => {
  let opened: Dexie[] = [];
  afterEach(() => {
    for (const db of opened) db.close();
    opened = [];
  });

  /** One version past the newest this Waypoint knows. */
  const newerVersion = releasedSchemaVersions.length + 1;

  function waypoint(name: string, indexedDB: IDBFactory): WaypointDatabase {
    const db = new WaypointDatabase({ name, indexedDB, IDBKeyRange });
    opened.push(db);
    return db;
  }

  test('a database made by a newer Waypoint is refused with a plain message and left untouched', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie('waypoint', { indexedDB, IDBKeyRange });
    newer.version(newerVersion).stores({ workbooks: 'id, title', somethingNew: 'id' });
    await newer.open();
    newer.close();

    const db = waypoint('waypoint', indexedDB);
    const result = await db.openSafely();
    expect(result).toEqual({
      status: 'failed',
      message:
        'Your workbooks were saved by a newer version of Waypoint, so this version cannot open them. Update Waypoint; your data has not been changed.',
    });
    const write = await createRepositories(db, createTestContext()).workbooks.create('Plan');
    expect(write).toMatchObject({ status: 'failed', message: expect.stringContaining('newer version of Waypoint') });

    const check = new Dexie('waypoint', { indexedDB, IDBKeyRange });
    await check.open();
    opened.push(check);
    expect(check.verno).toBe(newerVersion);
    expect(check.tables.map((table) => table.name).sort()).toEqual(['somethingNew', 'workbooks']);
  });

  test.each([
    ['InvalidStateError', 'Waypoint cannot reach its storage right now.'],
    ['UnknownError', 'Waypoint cannot reach its storage right now.'],
    ['QuotaExceededError', 'Waypoint could not open your workbooks because the disk is full.'],
  ])('%s while opening becomes a plain message', async (name, start) => {
    const real = new IDBFactory();
    const broken: IDBFactory = {
      open: () => {
        throw new DOMException('internal detail', name);
      },
      deleteDatabase: (database) => real.deleteDatabase(database),
      databases: () => real.databases(),
      cmp: (first, second) => real.cmp(first, second),
    };
    const result = await waypoint('waypoint', broken).openSafely();
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.message.startsWith(start)).toBe(true);
      expect(result.message).not.toContain('internal detail');
    }
  });

  test('when another window upgrades, this connection closes and says why', async () => {
    const indexedDB = new IDBFactory();
    const db = waypoint('waypoint', indexedDB);
    const problems: Array<string | null> = [];
    db.onConnectionProblem((problem) => problems.push(problem));
    expect(await db.openSafely()).toEqual({ status: 'open' });

    const newer = new Dexie('waypoint', { indexedDB, IDBKeyRange });
    newer.version(2).stores({ workbooks: 'id, title' });
    opened.push(newer);
    await newer.open();

    expect(db.isOpen()).toBe(false);
    expect(problems).toEqual([expect.stringContaining('Waypoint was updated in another window')]);
    expect(db.connectionProblem).toBe(problems[0]);
    const write = await createRepositories(db, createTestContext()).workbooks.create('Plan');
    expect(write).toMatchObject({ status: 'failed', message: expect.stringContaining('This window has stopped saving') });
  });

  test('when another window deletes the database, this connection closes and says so', async () => {
    const indexedDB = new IDBFactory();
    const db = waypoint('waypoint', indexedDB);
    const problems: Array<string | null> = [];
    db.onConnectionProblem((problem) => problems.push(problem));
    await db.open();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('waypoint');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    expect(db.isOpen()).toBe(false);
    expect(problems).toEqual([expect.stringContaining('being reset in another window')]);
  });

  test('an older window that will not let go blocks the upgrade with a message, which clears once it closes', async () => {
    const indexedDB = new IDBFactory();
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waypoint', 5);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = waypoint('waypoint', indexedDB);
    const problems: Array<string | null> = [];
    const blocked = new Promise<void>((resolve) =>
      db.onConnectionProblem((problem) => {
        problems.push(problem);
        if (problem) resolve();
      }),
    );
    const opening = db.openSafely();
    await blocked;
    expect(problems).toEqual([
      'Waypoint is waiting for an older Waypoint window to close. Close the other window to continue.',
    ]);
    older.close();
    expect(await opening).toEqual({ status: 'open' });
    expect(problems.at(-1)).toBeNull();
    expect(db.connectionProblem).toBeNull();
  });
});
