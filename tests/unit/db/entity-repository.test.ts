import { describe, expect, test } from 'vitest';
import { build, dumpDatabase, expectSaved, setUp } from './helpers';

async function withWorkbook() {
  const setup = setUp();
  const workbook = expectSaved(await setup.repositories.workbooks.create('Plan'));
  setup.context.advance();
  return { ...setup, wb: workbook.id };
}

describe('create', () => {
  test('stores the whole entity with id, timestamps and workbookId from the context', async () => {
    const { db, repositories, context, wb } = await withWorkbook();
    const skill = expectSaved(await repositories.skills.create(wb, build.skills({ name: '  Python  ' })));
    expect(skill).toMatchObject({ id: 'id-2', workbookId: wb, name: 'Python', order: 0 });
    expect(skill.createdAt).toBe(context.iso());
    expect(skill.updatedAt).toBe(context.iso());
    expect(await db.entityTable('skills').get([wb, 'id-2'])).toEqual(skill);
    expect(await repositories.skills.get(wb, skill.id)).toEqual(skill);
  });

  test('marks the workbook as changed in the same write', async () => {
    const { repositories, context, wb } = await withWorkbook();
    const at = context.advance(3600);
    expectSaved(await repositories.people.create(wb, build.people()));
    expect((await repositories.workbooks.get(wb))?.updatedAt).toBe(at);
  });

  test('invalid input is stored nowhere and the issues name the fields in plain words', async () => {
    const { db, repositories, wb } = await withWorkbook();
    const before = await dumpDatabase(db);
    const result = await repositories.skills.create(
      wb,
      build.skills({
        proficiency: 7,
        evidence: [
          { id: 'e1', situation: '', action: '', result: '', date: null },
          { id: 'e2', situation: '', action: '', result: '', date: null },
          { id: 'e3', situation: '', action: '', result: 'r'.repeat(4001), date: null },
        ],
      }),
    );
    expect(result).toEqual({
      status: 'invalid',
      issues: [
        { path: 'proficiency', message: 'must be between 1 and 5' },
        { path: 'evidence[2].result', message: 'must be at most 4000 characters' },
      ],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('checks the whole entity, including rules across fields', async () => {
    const { repositories, wb } = await withWorkbook();
    const result = await repositories.experiences.create(wb, build.experiences({ start: '2024-05', end: '2023-01' }));
    expect(result).toEqual({ status: 'invalid', issues: [{ path: 'end', message: 'must not be before the start' }] });
  });

  test('a learning action must belong to a skill of the same workbook', async () => {
    const { db, repositories, wb } = await withWorkbook();
    const before = await dumpDatabase(db);
    const result = await repositories.learningActions.create(wb, build.learningActions({ skillId: 'nope' }));
    expect(result).toEqual({ status: 'invalid', issues: [{ path: 'skillId', message: 'must be a skill in this workbook' }] });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('fails plainly when the workbook is gone', async () => {
    const { db, repositories } = await withWorkbook();
    const before = await dumpDatabase(db);
    const result = await repositories.skills.create('gone', build.skills());
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('no longer exists') });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('update', () => {
  test('merges the patch, validates the whole entity and stamps updatedAt', async () => {
    const { repositories, context, wb } = await withWorkbook();
    const person = expectSaved(await repositories.people.create(wb, build.people({ organisation: 'Acme' })));
    const at = context.advance();
    const updated = expectSaved(await repositories.people.update(wb, person.id, { name: 'Ada Lovelace' }));
    expect(updated).toEqual({ ...person, name: 'Ada Lovelace', updatedAt: at });
    expect(await repositories.people.get(wb, person.id)).toEqual(updated);
    expect((await repositories.workbooks.get(wb))?.updatedAt).toBe(at);
  });

  test('invalid patches change nothing', async () => {
    const { db, repositories, wb } = await withWorkbook();
    const milestone = expectSaved(await repositories.milestones.create(wb, build.milestones()));
    const before = await dumpDatabase(db);
    const result = await repositories.milestones.update(wb, milestone.id, { progress: 140, title: '' });
    expect(result).toEqual({
      status: 'invalid',
      issues: [
        { path: 'title', message: 'must not be empty' },
        { path: 'progress', message: 'must be between 0 and 100' },
      ],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('cannot change the id or creation time', async () => {
    const { repositories, wb } = await withWorkbook();
    const review = expectSaved(await repositories.reviews.create(wb, build.reviews()));
    const patch = { id: 'other', createdAt: '2000-01-01T00:00:00.000Z', period: 'Q2' };
    const updated = expectSaved(await repositories.reviews.update(wb, review.id, patch));
    expect(updated).toMatchObject({ id: review.id, createdAt: review.createdAt, period: 'Q2' });
  });

  test('a missing entity is a plain failure', async () => {
    const { repositories, wb } = await withWorkbook();
    const result = await repositories.skills.update(wb, 'nope', { name: 'X' });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('This skill no longer exists') });
  });
});

describe('modify', () => {
  test('hands the stored entity to the change and stores the patch it returns, stamped', async () => {
    const { repositories, context, wb } = await withWorkbook();
    const experience = expectSaved(await repositories.experiences.create(wb, build.experiences({ achievements: ['Led'] })));
    const at = context.advance();
    const seen: string[][] = [];
    const result = await repositories.experiences.modify(wb, experience.id, (current) => {
      seen.push(current.achievements);
      return { achievements: [...current.achievements, 'Shipped'] };
    });
    const modified = expectSaved(result);
    expect(seen).toEqual([['Led']]);
    expect(modified).toEqual({ ...experience, achievements: ['Led', 'Shipped'], updatedAt: at });
    expect(await repositories.experiences.get(wb, experience.id)).toEqual(modified);
    expect((await repositories.workbooks.get(wb))?.updatedAt).toBe(at);
  });

  test('two modifications of one row started together both land: neither works on a stale copy', async () => {
    const { repositories, wb } = await withWorkbook();
    const experience = expectSaved(await repositories.experiences.create(wb, build.experiences()));
    const append = (text: string) =>
      repositories.experiences.modify(wb, experience.id, (current) => ({ achievements: [...current.achievements, text] }));
    const results = await Promise.all([append('First'), append('Second')]);
    for (const result of results) expectSaved(result);
    expect((await repositories.experiences.get(wb, experience.id))?.achievements).toEqual(['First', 'Second']);
  });

  test('a missing entity is the same plain failure as for update, and the change is never asked', async () => {
    const { repositories, wb } = await withWorkbook();
    let asked = false;
    const result = await repositories.skills.modify(wb, 'nope', () => {
      asked = true;
      return { name: 'X' };
    });
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('This skill no longer exists') });
    expect(asked).toBe(false);
  });

  test('an invalid result changes nothing, and id and creation time stay', async () => {
    const { db, repositories, wb } = await withWorkbook();
    const milestone = expectSaved(await repositories.milestones.create(wb, build.milestones({ progress: 90 })));
    const before = await dumpDatabase(db);
    const refused = await repositories.milestones.modify(wb, milestone.id, (current) => ({ progress: current.progress + 20 }));
    expect(refused).toEqual({ status: 'invalid', issues: [{ path: 'progress', message: 'must be between 0 and 100' }] });
    expect(await dumpDatabase(db)).toEqual(before);
    const patch = { id: 'other', createdAt: '2000-01-01T00:00:00.000Z', progress: 95 };
    const updated = expectSaved(await repositories.milestones.modify(wb, milestone.id, () => patch));
    expect(updated).toMatchObject({ id: milestone.id, createdAt: milestone.createdAt, progress: 95 });
  });
});

describe('list', () => {
  test('is per workbook and sorted sensibly', async () => {
    const { repositories, wb } = await withWorkbook();
    const other = expectSaved(await repositories.workbooks.create('Other')).id;
    for (const date of ['2026-01-05', '2026-03-01', '2026-02-11']) {
      expectSaved(await repositories.reviews.create(wb, build.reviews({ date })));
    }
    expectSaved(await repositories.reviews.create(other, build.reviews({ date: '2026-12-31' })));
    expect((await repositories.reviews.list(wb)).map((review) => review.date)).toEqual([
      '2026-03-01',
      '2026-02-11',
      '2026-01-05',
    ]);
    for (const name of ['grace', 'Ada', 'Bob']) expectSaved(await repositories.people.create(wb, build.people({ name })));
    expect((await repositories.people.list(wb)).map((person) => person.name)).toEqual(['Ada', 'Bob', 'grace']);
  });

  test('puts undated learning actions after dated ones, soonest due first', async () => {
    const { repositories, wb } = await withWorkbook();
    const skill = expectSaved(await repositories.skills.create(wb, build.skills()));
    for (const [title, dueDate] of [['B', null], ['A', '2026-06'], ['C', '2026-04']] as const) {
      expectSaved(await repositories.learningActions.create(wb, build.learningActions({ skillId: skill.id, title, dueDate })));
    }
    const titles = (await repositories.learningActions.list(wb)).map((action) => action.title);
    expect(titles).toEqual(['C', 'A', 'B']);
  });
});

describe('move (fractional order)', () => {
  async function threeSkills() {
    const setup = await withWorkbook();
    for (const name of ['A', 'B', 'C']) expectSaved(await setup.repositories.skills.create(setup.wb, build.skills({ name })));
    const names = async () => (await setup.repositories.skills.list(setup.wb)).map((skill) => skill.name);
    return { ...setup, names };
  }

  test('appends new entities and moves one without touching the others', async () => {
    const { repositories, wb, names } = await threeSkills();
    expect(await names()).toEqual(['A', 'B', 'C']);
    const [a, b, c] = await repositories.skills.list(wb);
    const moved = expectSaved(await repositories.skills.move(wb, c!.id, 0));
    expect(moved.order).toBe(-1);
    expect(await names()).toEqual(['C', 'A', 'B']);
    expectSaved(await repositories.skills.move(wb, c!.id, 1));
    expect(await names()).toEqual(['A', 'C', 'B']);
    expect(await repositories.skills.get(wb, a!.id)).toEqual(a);
    expect(await repositories.skills.get(wb, b!.id)).toEqual(b);
  });

  test('clamps the index and renumbers once the gap is used up', async () => {
    const { repositories, wb, names } = await threeSkills();
    const [, b, c] = await repositories.skills.list(wb);
    expectSaved(await repositories.skills.move(wb, b!.id, 99));
    expect(await names()).toEqual(['A', 'C', 'B']);
    for (let round = 0; round < 80; round += 1) {
      const target = round % 2 === 0 ? b! : c!;
      expectSaved(await repositories.skills.move(wb, target.id, 1));
    }
    const orders = (await repositories.skills.list(wb)).map((skill) => skill.order);
    expect(new Set(orders).size).toBe(3);
    expect(await names()).toEqual(['A', 'C', 'B']);
  });
});
