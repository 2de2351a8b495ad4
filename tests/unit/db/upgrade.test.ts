import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { WaypointDatabase } from '../../../src-renderer/db/database';
import { releasedSchemaVersions } from '../../../src-renderer/db/schema-versions';
import { fillMissingFields } from '../../../src-renderer/db/upgrades';

type Rows = Record<string, Record<string, unknown>[]>;
const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/database/v1-rows.json'), 'utf8')) as Rows & {
  about: string;
};
const { about: _about, ...storedRows } = fixture;

/** A database created by Waypoint's version-1 schema, holding the fixture's rows as they were stored then. */
async function databaseAtVersion1(indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('waypoint-upgrade', { indexedDB, IDBKeyRange });
  old.version(1).stores({ ...releasedSchemaVersions[0] });
  await old.open();
  await old.transaction('rw', Object.keys(storedRows), async () => {
    for (const [table, rows] of Object.entries(storedRows)) await old.table(table).bulkPut(rows);
  });
  old.close();
}

let db: WaypointDatabase | undefined;
afterEach(() => db?.close());

async function upgraded(): Promise<WaypointDatabase> {
  const indexedDB = new IDBFactory();
  await databaseAtVersion1(indexedDB);
  db = new WaypointDatabase({ name: 'waypoint-upgrade', indexedDB, IDBKeyRange });
  expect(await db.openSafely()).toEqual({ status: 'open' });
  return db;
}

function only(rows: unknown[]): Record<string, unknown> {
  expect(rows).toHaveLength(1);
  return rows[0] as Record<string, unknown>;
}

describe('database version 2', () => {
  test('fills the fields added since version 1 with their defaults and keeps every stored value', async () => {
    const database = await upgraded();
    const fields = (table: string) => only(storedRows[table] ?? []);

    expect(only(await database.table('people').toArray())).toEqual({ ...fields('people'), title: '' });
    expect(only(await database.table('interactions').toArray())).toEqual({ ...fields('interactions'), followUp: null });
    expect(only(await database.table('paths').toArray())).toEqual({ ...fields('paths'), personIds: [] });
    expect(only(await database.table('milestones').toArray())).toEqual({
      ...fields('milestones'),
      steps: [],
      progressFrom: 'manual',
      doneOn: null,
    });
    expect(only(await database.table('reviews').toArray())).toEqual({ ...fields('reviews'), learned: '', energy: null });
    const vision = fields('vision');
    expect(only(await database.table('vision').toArray())).toEqual({
      ...vision,
      workSays: '',
      ikigai: { ...(vision.ikigai as object), overlap: '' },
    });
  });

  test('leaves a row the model refuses exactly as it was stored', async () => {
    const database = await upgraded();
    expect(only(await database.table('skills').toArray())).toEqual(only(storedRows.skills ?? []));
  });

  test('the fixture really is in the old shape', () => {
    expect(only(storedRows.milestones ?? [])).not.toHaveProperty('steps');
    expect(only(storedRows.paths ?? [])).not.toHaveProperty('personIds');
    expect(only(storedRows.reviews ?? [])).not.toHaveProperty('energy');
  });
});

describe('fillMissingFields', () => {
  test('adds what is missing, into nested objects, and never overwrites', () => {
    const row: Record<string, unknown> = { a: 1, nested: { kept: 'x' }, list: [1] };
    const changed = fillMissingFields(row, { a: 2, b: 3, nested: { kept: 'y', added: 'z' }, list: [9, 9] });
    expect(changed).toBe(true);
    expect(row).toEqual({ a: 1, b: 3, nested: { kept: 'x', added: 'z' }, list: [1] });
    expect(fillMissingFields(row, { a: 5 })).toBe(false);
  });
});
