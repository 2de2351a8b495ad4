import { describe, expect, test } from 'vitest';
import {
  collections,
  collectionSpec,
  entityCollections,
  isOrderedByHand,
  type EntityCollection,
  type EntityOf,
} from '@shared/collections';
import { workbookSnapshotSchema } from '@shared/workbook';
import { applyRule, rulesFor } from '../../../src-renderer/db/relations';
import { releasedSchemaVersions } from '../../../src-renderer/db/schema-versions';
import { build, expectSaved, setUp } from './helpers';
import { seedLinkedWorkbook } from './seed';

const managed = { id: 'x', order: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

/** A valid entity of the collection, as stored, so its keys are exactly the model's fields. */
function sampleEntity<C extends EntityCollection>(collection: C): EntityOf<C> {
  return collectionSpec(collection).schema.parse({ ...build[collection](), ...managed });
}

/** What the released versions add up to: each version lists only the tables it changes; null deletes one. */
function installedStores(): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const version of releasedSchemaVersions) {
    for (const [table, indexes] of Object.entries(version)) {
      if (indexes === null) delete stores[table];
      else stores[table] = indexes;
    }
  }
  return stores;
}

/** The stores the registry describes, besides the three tables that are not entity collections. */
function registryStores(): Record<string, string> {
  return {
    workbooks: 'id, updatedAt',
    settings: 'key',
    vision: '[workbookId+id], workbookId',
    ...Object.fromEntries(entityCollections.map((collection) => [collection, storeIndexes(collection)])),
  };
}

/** A collection's Dexie store: key, workbook index, its own indexes, the order index when sorted by hand. */
function storeIndexes(collection: EntityCollection): string {
  const byHand = isOrderedByHand(collection) ? ['[workbookId+order]'] : [];
  return ['[workbookId+id]', 'workbookId', ...collections[collection].indexes, ...byHand].join(', ');
}

describe('the collection registry', () => {
  test.each(entityCollections)('%s has a schema, nouns and a description of its entities', (collection) => {
    const spec = collectionSpec(collection);
    const entity = sampleEntity(collection);
    expect(entity.id).toBe('x');
    expect(spec.noun).toMatch(/^[a-z][a-z -]*$/);
    expect(spec.plural).toMatch(/^[a-z][a-z -]*$/);
    expect(spec.plural).not.toBe(spec.noun);
    expect(spec.describe(entity).trim()).not.toBe('');
  });

  test('nouns are distinct, so messages never confuse two collections', () => {
    const nouns = entityCollections.map((collection) => collections[collection].noun);
    expect(new Set(nouns).size).toBe(nouns.length);
  });

  test.each(entityCollections)('%s is sorted by hand exactly when its entity has an order', (collection) => {
    expect(isOrderedByHand(collection)).toBe('order' in sampleEntity(collection));
    if (!isOrderedByHand(collection)) expect(collections[collection].order).toBeTypeOf('function');
  });

  test.each(entityCollections)('%s indexes only fields its entity has', (collection) => {
    const fields = [...Object.keys(sampleEntity(collection)), 'workbookId'];
    const indexed = storeIndexes(collection)
      .split(', ')
      .flatMap((index) => index.replace(/^\[|\]$/g, '').split('+'));
    for (const field of indexed) expect(fields).toContain(field);
  });

  test.each(entityCollections)('%s links from fields its entity has to collections that exist', (collection) => {
    const entity = sampleEntity(collection);
    for (const link of collections[collection].links) {
      expect(entityCollections).toContain(link.to);
      expect(Object.keys(entity)).toContain(link.field);
    }
  });

  test('every link finds what it points at in a workbook where every kind of link is used', async () => {
    const { db, repositories } = setUp();
    const { workbook, ids } = await seedLinkedWorkbook(repositories);
    const targets: Partial<Record<string, string>> = {
      skills: ids.python,
      people: ids.ada,
      paths: ids.path,
      customValues: ids.craft,
    };
    for (const source of entityCollections) {
      for (const rule of rulesFor(source)) {
        const target = targets[source];
        if (target === undefined) throw new Error(`the seed has no ${source} to delete`);
        const rows = await db.entityTable(rule.table).where({ workbookId: workbook.id }).toArray();
        const applied = rows.filter((row) => applyRule(rule, row, target) !== null);
        expect(applied.length, `${rule.table}.${rule.field} → ${source}`).toBeGreaterThan(0);
      }
    }
  });

  test('the snapshot holds the workbook, its vision and every collection, in registry order', () => {
    expect(Object.keys(workbookSnapshotSchema.shape)).toEqual(['workbook', 'vision', ...entityCollections]);
  });

  test('the released database versions add up to the stores the registry describes, string for string', () => {
    expect(installedStores()).toEqual(registryStores());
  });

  test('createRepositories gives every collection its repository, with move where the order is by hand', async () => {
    const { repositories } = setUp();
    const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
    for (const collection of entityCollections) {
      const repository = repositories[collection];
      expect(repository.collection).toBe(collection);
      expect('move' in repository).toBe(isOrderedByHand(collection));
      expect(await repository.list(wb)).toEqual([]);
    }
  });
});
