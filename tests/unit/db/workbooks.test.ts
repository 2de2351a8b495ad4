import { describe, expect, test } from 'vitest';
import { buildSnapshot } from '../../../src-renderer/db/snapshot';
import { dumpDatabase, expectSaved, setUp } from './helpers';
import { seedLinkedWorkbook } from './seed';

describe('workbooks', () => {
  test('create trims the title, starts with an empty owner and refuses an empty title', async () => {
    const { db, repositories, context } = setUp();
    const workbook = expectSaved(await repositories.workbooks.create('  Plan 2027  '));
    expect(workbook).toEqual({
      id: 'id-1',
      title: 'Plan 2027',
      owner: { name: '', headline: '' },
      createdAt: context.iso(),
      updatedAt: context.iso(),
    });
    const before = await dumpDatabase(db);
    expect(await repositories.workbooks.create('   ')).toEqual({
      status: 'invalid',
      issues: [{ path: 'title', message: 'must not be empty' }],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('rename and updateOwner validate and stamp updatedAt', async () => {
    const { repositories, context } = setUp();
    const workbook = expectSaved(await repositories.workbooks.create('Plan'));
    const at = context.advance();
    expect(expectSaved(await repositories.workbooks.rename(workbook.id, ' Plan B '))).toMatchObject({
      title: 'Plan B',
      updatedAt: at,
      createdAt: workbook.createdAt,
    });
    const owned = expectSaved(await repositories.workbooks.updateOwner(workbook.id, { name: 'Sam' }));
    expect(owned.owner).toEqual({ name: 'Sam', headline: '' });
    expect(await repositories.workbooks.rename(workbook.id, 'x'.repeat(121))).toEqual({
      status: 'invalid',
      issues: [{ path: 'title', message: 'must be at most 120 characters' }],
    });
    expect(await repositories.workbooks.rename('gone', 'X')).toEqual({
      status: 'failed',
      message: expect.stringContaining('no longer exists'),
    });
  });

  test('lists by title, ignoring case', async () => {
    const { repositories } = setUp();
    for (const title of ['beta', 'Alpha', 'Gamma']) expectSaved(await repositories.workbooks.create(title));
    expect((await repositories.workbooks.listByTitle()).map((w) => w.title)).toEqual(['Alpha', 'beta', 'Gamma']);
  });

  test('duplicate copies everything under a new id, keeping entity ids, without touching the original', async () => {
    const { repositories, db, context } = setUp();
    const { workbook, ids } = await seedLinkedWorkbook(repositories);
    const original = await buildSnapshot(db, workbook.id);
    const at = context.advance();
    const copy = expectSaved(await repositories.workbooks.duplicate(workbook.id));
    expect(copy.id).not.toBe(workbook.id);
    expect(copy).toMatchObject({ title: 'Plan 2027 (copy)', createdAt: at, updatedAt: at });

    const copied = await buildSnapshot(db, copy.id);
    expect({ ...copied, workbook: original.workbook }).toEqual(original);
    expect(await buildSnapshot(db, workbook.id)).toEqual(original);
    expect(await repositories.skills.get(copy.id, ids.python)).toMatchObject({ workbookId: copy.id });
    expect(await repositories.skills.get(workbook.id, ids.python)).toMatchObject({ workbookId: workbook.id });

    // Editing the copy leaves the original alone.
    expectSaved(await repositories.skills.update(copy.id, ids.python, { name: 'Python 3' }));
    expect((await repositories.skills.get(workbook.id, ids.python))?.name).toBe('Python');
  });

  test('duplicate takes a title, checks it, and keeps the default within the length limit', async () => {
    const { repositories } = setUp();
    const long = expectSaved(await repositories.workbooks.create('x'.repeat(120)));
    const copy = expectSaved(await repositories.workbooks.duplicate(long.id));
    expect(copy.title).toHaveLength(120);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
    expect(expectSaved(await repositories.workbooks.duplicate(long.id, ' For Jo ')).title).toBe('For Jo');
    expect(await repositories.workbooks.duplicate(long.id, '')).toEqual({
      status: 'invalid',
      issues: [{ path: 'title', message: 'must not be empty' }],
    });
    expect(await repositories.workbooks.duplicate('gone')).toEqual({
      status: 'failed',
      message: expect.stringContaining('no longer exists'),
    });
  });

  test('remove deletes every row of the workbook and undo brings all of it back exactly', async () => {
    const { repositories, db } = setUp();
    const { workbook } = await seedLinkedWorkbook(repositories);
    const other = await seedLinkedWorkbook(repositories, 'Other');
    const before = await dumpDatabase(db);
    const otherSnapshot = await buildSnapshot(db, other.workbook.id);

    const record = expectSaved(await repositories.workbooks.remove(workbook.id));
    expect(record).toMatchObject({ kind: 'workbook', label: 'the workbook “Plan 2027”', workbookId: workbook.id });
    expect(await repositories.workbooks.get(workbook.id)).toBeNull();
    const belongsToDeleted = (row: unknown) =>
      typeof row === 'object' && row !== null && (Reflect.get(row, 'workbookId') ?? Reflect.get(row, 'id')) === workbook.id;
    for (const rows of Object.values(await dumpDatabase(db))) expect(rows.filter(belongsToDeleted)).toEqual([]);
    expect(await buildSnapshot(db, other.workbook.id)).toEqual(otherSnapshot);

    const restored = expectSaved(await repositories.workbooks.restore(record));
    expect(restored).toEqual((await buildSnapshot(db, workbook.id)).workbook);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('vision', () => {
  test('is null until first saved, then merges changes field by field', async () => {
    const { repositories, context } = setUp();
    const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
    expect(await repositories.vision.get(wb)).toBeNull();
    const first = expectSaved(await repositories.vision.save(wb, { purpose: 'Help', ikigai: { love: 'Data' } }));
    expect(first).toMatchObject({ id: 'vision', workbookId: wb, purpose: 'Help', fiveYears: '' });
    const at = context.advance();
    const second = expectSaved(await repositories.vision.save(wb, { ikigai: { goodAt: 'SQL' } }));
    expect(second.ikigai).toEqual({ love: 'Data', goodAt: 'SQL', worldNeeds: '', paidFor: '', overlap: '' });
    expect(second).toMatchObject({ purpose: 'Help', createdAt: first.createdAt, updatedAt: at });
    expect((await repositories.workbooks.get(wb))?.updatedAt).toBe(at);
    expect(await repositories.vision.save(wb, { purpose: 'x'.repeat(4001) })).toEqual({
      status: 'invalid',
      issues: [{ path: 'purpose', message: 'must be at most 4000 characters' }],
    });
  });
});

describe('vision stored before what my work says and the ikigai overlap', () => {
  test('reads with both empty, and a change from the stored vision keeps the rest', async () => {
    const { db, repositories } = setUp();
    const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
    const stamp = '2026-01-01T00:00:00.000Z';
    await db.vision.put({
      id: 'vision',
      workbookId: wb,
      fiveYears: 'Lead',
      tenYears: '',
      purpose: '',
      ikigai: { love: 'Data', goodAt: '', worldNeeds: '', paidFor: '' },
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    } as never);
    expect(await repositories.vision.get(wb)).toMatchObject({ fiveYears: 'Lead', workSays: '', ikigai: { love: 'Data', overlap: '' } });
    const changed = expectSaved(await repositories.vision.modify(wb, (current) => ({ ikigai: { love: `${current.ikigai.love}\nSQL` } })));
    expect(changed).toMatchObject({ fiveYears: 'Lead', workSays: '', ikigai: { love: 'Data\nSQL', overlap: '' } });
  });
});

describe('settings', () => {
  test('defaults when absent, validated updates, per-field fallback for bad stored data', async () => {
    const { repositories, db } = setUp();
    expect(await repositories.settings.get()).toEqual({ theme: 'system', locale: 'en-GB', currency: 'EUR', reviewEveryMonths: 3 });
    expect(expectSaved(await repositories.settings.update({ theme: 'dark' }))).toEqual({
      theme: 'dark',
      locale: 'en-GB',
      currency: 'EUR',
      reviewEveryMonths: 3,
    });
    expect(await repositories.settings.update({ currency: 'euro' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'currency', message: 'must be a three-letter currency code like EUR' }],
    });
    // Settings stored before the review cadence existed read with the default cadence.
    await db.table('settings').put({ key: 'app', theme: 'dark', locale: 'not a locale!', currency: 'USD' });
    expect(await repositories.settings.get()).toEqual({ theme: 'dark', locale: 'en-GB', currency: 'USD', reviewEveryMonths: 3 });
  });

  test('the last workbook id is kept, cleared, and forgotten once that workbook is gone', async () => {
    const { repositories } = setUp();
    expect(await repositories.settings.getLastWorkbookId()).toBeNull();
    const wb = expectSaved(await repositories.workbooks.create('Plan')).id;
    expectSaved(await repositories.settings.setLastWorkbookId(wb));
    expect(await repositories.settings.getLastWorkbookId()).toBe(wb);
    expectSaved(await repositories.workbooks.remove(wb));
    expect(await repositories.settings.getLastWorkbookId()).toBeNull();
    expectSaved(await repositories.settings.setLastWorkbookId(null));
    expect(await repositories.settings.getLastWorkbookId()).toBeNull();
  });
});
