import { describe, expect, it } from 'vitest';
import { countWorkbook } from '../../../src-renderer/state/workbook-counts';
import { build, expectSaved, setUp } from '../db/helpers';

describe('countWorkbook', () => {
  it('counts what completeness needs, for one workbook only', async () => {
    const { db, repositories } = setUp('counts');
    const workbook = expectSaved(await repositories.workbooks.create('Mine'));
    const other = expectSaved(await repositories.workbooks.create('Someone else'));
    expectSaved(await repositories.workbooks.updateOwner(workbook.id, { name: 'Maya' }));

    const sql = expectSaved(await repositories.skills.create(workbook.id, build.skills({ name: 'SQL' })));
    const python = expectSaved(await repositories.skills.create(workbook.id, build.skills({ name: 'Python' })));
    expectSaved(await repositories.skills.create(workbook.id, build.skills({ name: 'Facilitation' })));
    expectSaved(await repositories.learningActions.create(workbook.id, build.learningActions({ skillId: sql.id })));
    expectSaved(await repositories.learningActions.create(workbook.id, build.learningActions({ skillId: sql.id })));
    expectSaved(await repositories.learningActions.create(workbook.id, build.learningActions({ skillId: python.id })));
    expectSaved(await repositories.people.create(workbook.id, build.people({ roles: ['mentor', 'peer'] })));
    expectSaved(await repositories.people.create(workbook.id, build.people({ roles: ['mentor'] })));
    expectSaved(await repositories.milestones.create(workbook.id, build.milestones({ horizon: '1y' })));
    expectSaved(await repositories.milestones.create(workbook.id, build.milestones({ horizon: '1y' })));
    expectSaved(await repositories.milestones.create(workbook.id, build.milestones({ horizon: '5y' })));
    const otherSkill = expectSaved(await repositories.skills.create(other.id, build.skills({ name: 'Sales' })));
    expectSaved(await repositories.learningActions.create(other.id, build.learningActions({ skillId: otherSkill.id })));

    const counts = await countWorkbook(db, workbook.id);
    expect(counts).toMatchObject({
      ownerNamed: true,
      skills: 3,
      skillsWithLearningActions: 2,
      people: 2,
      boardRolesFilled: 2,
      milestones: 3,
      milestoneHorizonsCovered: 2,
      experiences: 0,
    });
    expect((await countWorkbook(db, other.id)).skillsWithLearningActions).toBe(1);
  });
});
