import { describe, expect, test } from 'vitest';
import { workbookSnapshotSchema } from '@shared/workbook';
import { buildSnapshot, MissingWorkbookError, restoreSnapshot } from '../../../src-renderer/db/snapshot';
import { describeStorageError } from '../../../src-renderer/db/write-result';
import { dumpDatabase, expectSaved, setUp } from './helpers';
import { seedLinkedWorkbook } from './seed';

async function seeded() {
  const setup = setUp();
  const seed = await seedLinkedWorkbook(setup.repositories);
  return { ...setup, ...seed, snapshot: await buildSnapshot(setup.db, seed.workbook.id) };
}

describe('buildSnapshot', () => {
  test('holds the whole workbook, without workbookId on any entity, and validates', async () => {
    const { snapshot, workbook } = await seeded();
    expect(snapshot.workbook.id).toBe(workbook.id);
    expect(snapshot.skills).toHaveLength(2);
    expect(snapshot.learningActions).toHaveLength(3);
    expect(snapshot.vision).toMatchObject({ id: 'vision', fiveYears: 'Lead a data team' });
    expect(JSON.stringify(snapshot)).not.toContain('workbookId');
    expect(workbookSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  test('an empty workbook has empty collections and no vision', async () => {
    const { db, repositories } = setUp();
    const workbook = expectSaved(await repositories.workbooks.create('Empty'));
    const snapshot = await buildSnapshot(db, workbook.id);
    expect(snapshot.vision).toBeNull();
    expect(snapshot.milestones).toEqual([]);
  });

  test('a missing workbook is an error with a plain description', async () => {
    const { db } = setUp();
    const error = await buildSnapshot(db, 'gone').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingWorkbookError);
    expect(describeStorageError(error, 'read')).toContain('no longer exists');
  });
});

describe('restoreSnapshot', () => {
  test('round trip: restore under a new id, build again, equal apart from the workbook id and title', async () => {
    const { db, snapshot } = await seeded();
    const restored = expectSaved(await restoreSnapshot(db, snapshot, { workbookId: 'imported', title: 'Imported' }));
    expect(restored).toEqual({ ...snapshot.workbook, id: 'imported', title: 'Imported' });
    const again = await buildSnapshot(db, 'imported');
    expect({ ...again, workbook: snapshot.workbook }).toEqual(snapshot);
    expect(await buildSnapshot(db, snapshot.workbook.id)).toEqual(snapshot);
  });

  test('with `now`, stamps the workbook (and its creation when it becomes a new workbook)', async () => {
    const { db, snapshot } = await seeded();
    const now = new Date('2030-01-01T00:00:00.000Z');
    const copy = expectSaved(await restoreSnapshot(db, snapshot, { workbookId: 'copy', now }));
    expect(copy).toMatchObject({ createdAt: now.toISOString(), updatedAt: now.toISOString() });
    const same = expectSaved(await restoreSnapshot(db, snapshot, { now }));
    expect(same).toMatchObject({ createdAt: snapshot.workbook.createdAt, updatedAt: now.toISOString() });
  });

  test('replaces every existing row of the target workbook', async () => {
    const { db, repositories, snapshot, workbook } = await seeded();
    const extra = expectSaved(await repositories.skills.create(workbook.id, { ...snapshot.skills[0]!, name: 'Extra' }));
    expectSaved(await repositories.people.remove(workbook.id, snapshot.people[0]!.id));
    expectSaved(await restoreSnapshot(db, snapshot));
    expect(await repositories.skills.get(workbook.id, extra.id)).toBeNull();
    expect(await buildSnapshot(db, workbook.id)).toEqual(snapshot);
  });

  test('an invalid snapshot writes nothing and names each problem by path', async () => {
    const { db, snapshot } = await seeded();
    const before = await dumpDatabase(db);
    const broken = {
      ...snapshot,
      skills: snapshot.skills.map((skill, index) => (index === 1 ? { ...skill, proficiency: 6 } : skill)),
      milestones: [{ ...snapshot.milestones[0], horizon: '20y' }],
    };
    const result = await restoreSnapshot(db, broken, { workbookId: 'imported' });
    expect(result).toEqual({
      status: 'invalid',
      issues: [
        { path: 'skills[1].proficiency', message: 'must be between 1 and 5' },
        { path: 'milestones[0].horizon', message: 'must be one of: 90d, 1y, 3y, 5y, 10y' },
      ],
    });
    expect(await restoreSnapshot(db, { workbook: null })).toMatchObject({ status: 'invalid' });
    expect(await restoreSnapshot(db, 'not a workbook')).toEqual({
      status: 'invalid',
      issues: [{ path: '', message: 'must be a group of fields' }],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('refuses repeated ids within a collection (they would overwrite each other)', async () => {
    const { db, snapshot } = await seeded();
    const before = await dumpDatabase(db);
    const repeated = { ...snapshot, people: [...snapshot.people, { ...snapshot.people[0]!, name: 'Twin' }] };
    expect(await restoreSnapshot(db, repeated, { workbookId: 'imported' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'people[2].id', message: 'is used by another person in this workbook' }],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('checks an overriding title and workbook id like any other field', async () => {
    const { db, snapshot } = await seeded();
    expect(await restoreSnapshot(db, snapshot, { workbookId: 'bad id!', title: ' ' })).toEqual({
      status: 'invalid',
      issues: [
        { path: 'workbook.id', message: 'may only contain letters, digits, - and _' },
        { path: 'workbook.title', message: 'must not be empty' },
      ],
    });
  });
});
