import { afterEach, describe, expect, test } from 'vitest';
import { entityCollections } from '@shared/workbook';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { WaypointDatabase } from '../../../src-renderer/db/database';
import { createTestDatabase } from './helpers';

let db: WaypointDatabase;
afterEach(() => db?.close());

function schemaOf(name: string) {
  const table = db.tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table.schema;
}

function indexNames(name: string): string[] {
  return schemaOf(name).indexes.map((index) => index.name);
}

describe('database schema (version 2)', () => {
  test('has exactly the workbook, settings, vision and entity tables', async () => {
    db = createTestDatabase();
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(['workbooks', 'settings', 'vision', ...entityCollections].sort());
    expect(db.verno).toBe(2);
    // Dexie keeps version N as native version N×10; the open guard relies on that.
    expect(db.backendDB().version).toBe(20);
  });

  test('workbooks are keyed by id and indexed by updatedAt; settings by key', () => {
    db = createTestDatabase();
    expect(schemaOf('workbooks').primKey.keyPath).toBe('id');
    expect(indexNames('workbooks')).toEqual(['updatedAt']);
    expect(schemaOf('settings').primKey.keyPath).toBe('key');
  });

  test.each(['vision', ...entityCollections])('%s is keyed by [workbookId+id] and indexed by workbookId', (name) => {
    db = createTestDatabase();
    expect(schemaOf(name).primKey.keyPath).toEqual(['workbookId', 'id']);
    expect(indexNames(name)).toContain('workbookId');
  });

  test('sections have the lookups they need', () => {
    db = createTestDatabase();
    expect(indexNames('learningActions')).toEqual(expect.arrayContaining(['skillId', '[workbookId+skillId]']));
    expect(indexNames('interactions')).toEqual(expect.arrayContaining(['personId', '[workbookId+personId]', 'date']));
    expect(indexNames('milestones')).toEqual(expect.arrayContaining(['pathId', 'horizon', 'targetDate']));
    expect(indexNames('skills')).toContain('[workbookId+order]');
    expect(indexNames('paths')).toContain('[workbookId+order]');
    expect(indexNames('experiences')).toContain('start');
    expect(indexNames('reviews')).toContain('date');
    expect(indexNames('roleChecks')).toContain('date');
    expect(indexNames('valueSorts')).toContain('startedAt');
  });

  test('writes are durable and the name defaults to waypoint', () => {
    db = createTestDatabase();
    expect(db._options.chromeTransactionDurability).toBe('strict');
    expect(new WaypointDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }).name).toBe('waypoint');
  });

  test('entityTable returns the table of that collection', () => {
    db = createTestDatabase();
    expect(db.entityTable('skills').name).toBe('skills');
    expect(db.entityTable('people').schema.primKey.keyPath).toEqual(['workbookId', 'id']);
  });
});
