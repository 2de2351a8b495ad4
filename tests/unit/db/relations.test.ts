import { describe, expect, test } from 'vitest';
import { undoDeletion, type DeletionRecord } from '../../../src-renderer/db/deletion';
import { dumpDatabase, expectSaved, setUp } from './helpers';
import { seedLinkedWorkbook } from './seed';

async function seeded() {
  const setup = setUp();
  const seed = await seedLinkedWorkbook(setup.repositories);
  setup.context.advance(600);
  return { ...setup, ...seed, wb: seed.workbook.id };
}

/** Entity rows only: undo puts them back exactly; the workbook row only records that something changed. */
async function entityRows(setup: Awaited<ReturnType<typeof seeded>>) {
  const { workbooks: _workbooks, ...rows } = await dumpDatabase(setup.db);
  return rows;
}

function keysOf(record: DeletionRecord) {
  if (record.kind !== 'entities') throw new Error('expected an entity deletion');
  return record;
}

describe('deleting a skill', () => {
  test('cascades its learning actions and unlinks it everywhere else', async () => {
    const setup = await seeded();
    const { repositories, wb, ids } = setup;
    const record = keysOf(expectSaved(await repositories.skills.remove(wb, ids.python)));

    expect(await repositories.skills.get(wb, ids.python)).toBeNull();
    expect((await repositories.learningActions.list(wb)).map((action) => action.id)).toEqual([ids.blog]);
    expect((await repositories.people.get(wb, ids.ada))?.canHelpWith).toEqual([ids.writing]);
    expect((await repositories.people.get(wb, ids.grace))?.canHelpWith).toEqual([]);
    expect((await repositories.milestones.get(wb, ids.milestone))?.skillIds).toEqual([ids.writing]);
    expect((await repositories.experiences.get(wb, ids.experience))?.skillLinks).toEqual([
      { skillId: ids.writing, relation: 'gained' },
    ]);
    expect((await repositories.paths.get(wb, ids.path))?.requiredSkills).toEqual([
      { skillId: null, name: 'Python', level: 4 },
      { skillId: ids.writing, name: 'Writing', level: 3 },
      { skillId: null, name: 'Spark', level: 3 },
    ]);

    expect(record.label).toBe('the skill “Python” and 2 learning actions');
    expect(record.deleted.skills).toEqual([[wb, ids.python]]);
    expect(record.deleted.learningActions).toEqual(
      expect.arrayContaining([
        [wb, ids.course],
        [wb, ids.project],
      ]),
    );
    expect(record.before.people?.map((row) => row.id).sort()).toEqual([ids.ada, ids.grace].sort());
    expect(record.before.milestones?.map((row) => row.id)).toEqual([ids.milestone]);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  test('undo restores the skill and every cleaned link exactly', async () => {
    const setup = await seeded();
    const before = await entityRows(setup);
    const record = expectSaved(await setup.repositories.skills.remove(setup.wb, setup.ids.python));
    expect(await entityRows(setup)).not.toEqual(before);
    const at = setup.context.advance();
    expectSaved(await setup.repositories.skills.restore(record));
    expect(await entityRows(setup)).toEqual(before);
    expect((await setup.repositories.workbooks.get(setup.wb))?.updatedAt).toBe(at);
  });
});

describe('deleting a person', () => {
  test('cascades interactions, unlinks milestones and paths, and undo restores them all', async () => {
    const setup = await seeded();
    const { repositories, wb, ids } = setup;
    const before = await entityRows(setup);
    const record = keysOf(expectSaved(await repositories.people.remove(wb, ids.ada)));
    expect(record.label).toBe('the person “Ada” and 1 interaction');
    expect((await repositories.interactions.list(wb)).map((interaction) => interaction.id)).toEqual([ids.lunch]);
    expect((await repositories.milestones.get(wb, ids.milestone))?.personIds).toEqual([ids.grace]);
    expect((await repositories.paths.get(wb, ids.path))?.personIds).toEqual([ids.grace]);
    expect(record.before.paths?.map((row) => row.id)).toEqual([ids.path]);
    expectSaved(await undoDeletion(setup.db, record));
    expect(await entityRows(setup)).toEqual(before);
  });
});

describe('deleting a path', () => {
  test('unlinks its milestones, keeping them, and undo relinks', async () => {
    const setup = await seeded();
    const { repositories, wb, ids } = setup;
    const before = await entityRows(setup);
    const record = keysOf(expectSaved(await repositories.paths.remove(wb, ids.path)));
    expect((await repositories.milestones.get(wb, ids.milestone))?.pathId).toBeNull();
    expect(Object.keys(record.deleted)).toEqual(['paths']);
    expectSaved(await repositories.paths.restore(record));
    expect(await entityRows(setup)).toEqual(before);
  });
});

describe('deleting a custom value', () => {
  test('removes it from sorts, milestones and paths; undo restores them all', async () => {
    const setup = await seeded();
    const { repositories, wb, ids } = setup;
    const before = await entityRows(setup);
    const record = keysOf(expectSaved(await repositories.customValues.remove(wb, ids.craft)));
    const sort = await repositories.valueSorts.get(wb, ids.valueSort);
    expect(sort?.placements).toEqual({ autonomy: 'often' });
    expect(sort?.core).toEqual([{ valueId: 'autonomy', meaning: 'Choosing how' }]);
    expect((await repositories.milestones.get(wb, ids.milestone))?.valueIds).toEqual(['autonomy']);
    const path = await repositories.paths.get(wb, ids.path);
    expect(path?.servesValues).toEqual(['autonomy']);
    expect(path?.threatensValues).toEqual([]);
    // Two rules changed the same sort and the same path: the before-image is the original row.
    expect(record.before.valueSorts).toHaveLength(1);
    expect(record.before.paths).toHaveLength(1);
    expectSaved(await repositories.customValues.restore(record));
    expect(await entityRows(setup)).toEqual(before);
  });
});

describe('deletion edge cases', () => {
  test('deleting only touches the workbook it happens in', async () => {
    const setup = await seeded();
    const copy = expectSaved(await setup.repositories.workbooks.duplicate(setup.wb));
    const copyBefore = await setup.repositories.workbooks.get(copy.id);
    expectSaved(await setup.repositories.skills.remove(setup.wb, setup.ids.python));
    expect(await setup.repositories.skills.get(copy.id, setup.ids.python)).not.toBeNull();
    const copyActions = await setup.repositories.learningActions.list(copy.id);
    expect(copyActions.filter((action) => action.skillId === setup.ids.python)).toHaveLength(2);
    expect(await setup.repositories.workbooks.get(copy.id)).toEqual(copyBefore);
  });

  test('a second delete of the same entity fails plainly and changes nothing', async () => {
    const setup = await seeded();
    expectSaved(await setup.repositories.people.remove(setup.wb, setup.ids.ada));
    const before = await dumpDatabase(setup.db);
    const again = await setup.repositories.people.remove(setup.wb, setup.ids.ada);
    expect(again).toEqual({ status: 'failed', message: expect.stringContaining('This person no longer exists') });
    expect(await dumpDatabase(setup.db)).toEqual(before);
  });
});
