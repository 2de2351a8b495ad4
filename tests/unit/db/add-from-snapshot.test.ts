import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSnapshot } from '../../../src-renderer/db/snapshot';
import { sampleWorkbookPath } from '../../../scripts/write-sample-workbook.js';
import { entityCollections, workbookSnapshotSchema, type WorkbookSnapshot } from '@shared/workbook';
import { dumpDatabase, expectSaved, setUp } from './helpers';

const sampleSnapshot = JSON.parse(readFileSync(sampleWorkbookPath, 'utf8')).workbook as unknown;

/** The snapshot with each collection by id: storage reads rows in key order, not in the order written. */
function byId(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sorted = entityCollections.map((name) => [name, [...snapshot[name]].sort((a, b) => a.id.localeCompare(b.id))]);
  return { ...snapshot, ...Object.fromEntries(sorted) };
}

describe('adding a workbook from a snapshot', () => {
  test('stores the whole sample under a new workbook id, stamped now, with every entity as written', async () => {
    const { db, repositories, context } = setUp();
    const added = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot));
    expect(added).toMatchObject({ id: 'id-1', title: 'Maya Okafor (sample)', createdAt: context.iso(), updatedAt: context.iso() });
    const expected = workbookSnapshotSchema.parse(sampleSnapshot);
    expect(byId(await buildSnapshot(db, added.id))).toEqual(byId({ ...expected, workbook: added }));
  });

  test('with keepId, comes back under its own workbook id while no workbook has it, else under a new one', async () => {
    const { repositories } = setUp();
    const ownId = workbookSnapshotSchema.parse(sampleSnapshot).workbook.id;
    const first = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot, { keepId: true }));
    expect(first.id).toBe(ownId);
    const second = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot, { keepId: true }));
    expect(second.id).not.toBe(ownId);
    expect(second.title).toBe('Maya Okafor (sample) (2)');
  });

  test('numbers the title of each further copy, and the copies do not share rows', async () => {
    const { db, repositories } = setUp();
    const first = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot));
    const second = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot));
    expectSaved(await repositories.workbooks.rename(first.id, 'maya okafor (SAMPLE) (3)'));
    const third = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot));
    expect([second.title, third.title]).toEqual(['Maya Okafor (sample) (2)', 'Maya Okafor (sample)']);
    const fourth = expectSaved(await repositories.workbooks.addFromSnapshot(sampleSnapshot));
    expect(fourth.title).toBe('Maya Okafor (sample) (4)');

    const skill = (await repositories.skills.list(second.id))[0]!;
    expectSaved(await repositories.skills.update(second.id, skill.id, { name: 'Renamed in the copy' }));
    expect((await repositories.skills.get(first.id, skill.id))?.name).toBe(skill.name);
    expect(await db.workbooks.count()).toBe(4);
  });

  test('writes nothing when any part of the snapshot is invalid, and says where', async () => {
    const { db, repositories } = setUp();
    const broken = structuredClone(sampleSnapshot) as { skills: Array<{ proficiency: number }> };
    broken.skills[3]!.proficiency = 9;
    const before = await dumpDatabase(db);
    expect(await repositories.workbooks.addFromSnapshot(broken)).toEqual({
      status: 'invalid',
      issues: [{ path: 'skills[3].proficiency', message: 'must be between 1 and 5' }],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
