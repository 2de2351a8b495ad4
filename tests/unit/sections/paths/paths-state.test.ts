import { describe, expect, it, vi } from 'vitest';
import { PathsState } from '../../../../src-renderer/sections/paths/paths-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { sectionSpec, useLiveQueries } from '../../state/harness';

useLiveQueries();
const openSection = sectionSpec((app, workbookId) => new PathsState(app, workbookId));

describe('PathsState', () => {
  it('adds paths in the person’s order, exploring and not rated, and refuses a name of spaces', async () => {
    const { section } = await openSection();
    expect((await section.addPath(' \u200b ', 'current')).status).toBe('invalid');
    const current = expectSaved(await section.addPath('  Analytics lead ', 'current'));
    expectSaved(await section.addPath('Product manager', 'alternative'));
    await vi.waitFor(() => expect(section.paths.current.map((path) => path.name)).toEqual(['Analytics lead', 'Product manager']));
    expect(current).toMatchObject({ status: 'exploring', gauges: { resources: null, liking: null }, personIds: [] });

    expect(await section.moveBy(current.id, 1)).toBe(true);
    await vi.waitFor(() => expect(section.paths.current.map((path) => path.name)).toEqual(['Product manager', 'Analytics lead']));
    expect(section.announcement).toBe('Moved Analytics lead to position 2 of 2.');
    expect((await section.rename(current.id, '   ')).status).toBe('invalid');
  });

  it('lists a missing skill, adds it to the inventory linked and aiming for the level, then plans learning', async () => {
    const { section, repositories, workbookId } = await openSection();
    const path = expectSaved(await section.addPath('Product manager', 'alternative'));
    expectSaved(await section.addRequirement(path.id, 'Stakeholder management', 4));
    expect(await section.addRequirement(path.id, ' stakeholder MANAGEMENT', 2)).toMatchObject({
      status: 'invalid',
      issues: [{ message: 'already lists stakeholder MANAGEMENT' }],
    });
    await vi.waitFor(() => expect(section.openPath ?? section.paths.current[0]).toBeDefined());
    const stored = () => section.paths.current[0]!;
    await vi.waitFor(() => expect(section.gaps(stored()).map((gap) => gap.status)).toEqual(['missing']));

    expectSaved(await section.addToInventory(path.id, 'Stakeholder management', 4));
    const [skill] = await repositories.skills.list(workbookId);
    expect(skill).toMatchObject({ name: 'Stakeholder management', proficiency: null, targetLevel: 4 });
    await vi.waitFor(() => expect(stored().requiredSkills).toEqual([{ skillId: skill!.id, name: 'Stakeholder management', level: 4 }]));
    await vi.waitFor(() => expect(section.gaps(stored())[0]).toMatchObject({ status: 'below', levelsShort: null }));
    expect(section.announcement).toBe('Added Stakeholder management to your skills, aiming for level 4.');

    expect(section.skillsWithPlans.has(skill!.id)).toBe(false);
    expectSaved(await section.planLearning(skill!, 4));
    const [action] = await repositories.learningActions.list(workbookId);
    expect(action).toMatchObject({ skillId: skill!.id, status: 'planned', title: 'Reach level 4 in Stakeholder management' });
    await vi.waitFor(() => expect(section.skillsWithPlans.has(skill!.id)).toBe(true));
  });

  it('links a required skill to the inventory skill of the same name', async () => {
    const { section, repositories, workbookId } = await openSection();
    const sql = expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'SQL', proficiency: 2 })));
    const path = expectSaved(await section.addPath('Analytics lead', 'current'));
    await vi.waitFor(() => expect(section.skills.current).toHaveLength(1));
    expectSaved(await section.addRequirement(path.id, 'sql', 4));
    await vi.waitFor(() => expect(section.paths.current[0]?.requiredSkills).toEqual([{ skillId: sql.id, name: 'SQL', level: 4 }]));
    expect(section.gaps(section.paths.current[0]!)[0]).toMatchObject({ status: 'below', levelsShort: 2 });
    // The same skill under its new name is the same requirement.
    expectSaved(await repositories.skills.update(workbookId, sql.id, { name: 'Structured Query Language' }));
    await vi.waitFor(() => expect(section.skills.current[0]?.name).toBe('Structured Query Language'));
    expect((await section.addRequirement(path.id, 'Structured query language', 3)).status).toBe('invalid');
    expectSaved(await section.setRequirementLevel(path.id, 'SQL', 2));
    await vi.waitFor(() => expect(section.comparison[0]).toMatchObject({ coverage: 100, met: 1 }));
  });

  it('reads values alignment against the current core values, one mark per value', async () => {
    const { section, repositories, workbookId } = await openSection();
    expectSaved(
      await repositories.valueSorts.create(
        workbookId,
        build.valueSorts({ placements: { autonomy: 'always', 'job-security': 'always' }, core: [{ valueId: 'autonomy', meaning: '' }, { valueId: 'job-security', meaning: '' }] }),
      ),
    );
    const path = expectSaved(await section.addPath('Freelance', 'wild-card'));
    await vi.waitFor(() => expect(section.coreValueIds).toEqual(['autonomy', 'job-security']));
    expectSaved(await section.markValue(path.id, 'autonomy', 'serves'));
    expectSaved(await section.markValue(path.id, 'job-security', 'serves'));
    expectSaved(await section.markValue(path.id, 'job-security', 'strains'));
    await vi.waitFor(() => expect(section.paths.current[0]).toMatchObject({ servesValues: ['autonomy'], threatensValues: ['job-security'] }));
    expect(section.alignment(section.paths.current[0]!).figure).toBe(0);
    expectSaved(await section.markValue(path.id, 'job-security', 'none'));
    await vi.waitFor(() => expect(section.comparison[0]?.alignment).toBe(50));
  });

  it('keeps questions and experiments, and a removed experiment or role comes back with undo', async () => {
    const { section, app, focusRequests } = await openSection();
    const path = expectSaved(await section.addPath('Teaching', 'wild-card'));
    expectSaved(await section.addTargetRole(path.id, 'Bootcamp instructor'));
    expectSaved(await section.addTargetRole(path.id, 'Course author'));
    expectSaved(await section.addUncertainty(path.id, 'Would I enjoy teaching every day?'));
    await vi.waitFor(() => expect(section.paths.current[0]?.uncertainties).toHaveLength(1));
    const question = section.paths.current[0]!.uncertainties[0]!;
    expect(section.comparison[0]?.openUncertainties).toBe(1);
    expectSaved(await section.addExperiment(path.id, question.id, 'shadowing', 'Sit in on two classes'));
    await vi.waitFor(() => expect(section.paths.current[0]?.uncertainties[0]?.experiments).toHaveLength(1));
    expect(section.comparison[0]?.openUncertainties).toBe(1);
    const experiment = section.paths.current[0]!.uncertainties[0]!.experiments[0]!;
    expectSaved(await section.updateExperiment(path.id, question.id, experiment.id, { status: 'done', learned: 'Loved the questions' }));
    await vi.waitFor(() => expect(section.comparison[0]?.openUncertainties).toBe(0));

    expectSaved(await section.removeExperiment(section.paths.current[0]!, question.id, experiment.id, '#somewhere'));
    await vi.waitFor(() => expect(section.paths.current[0]?.uncertainties[0]?.experiments).toEqual([]));
    expect(app.undo.offered?.what).toContain('experiment');
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.paths.current[0]?.uncertainties[0]?.experiments).toEqual([{ ...experiment, status: 'done', learned: 'Loved the questions' }]));
    expect(focusRequests).toContain('#somewhere');

    expectSaved(await section.removeTargetRole(section.paths.current[0]!, 0));
    await vi.waitFor(() => expect(section.paths.current[0]?.targetRoles).toEqual(['Course author']));
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.paths.current[0]?.targetRoles).toEqual(['Bootcamp instructor', 'Course author']));
  });

  it('links a missing skill added elsewhere since, rather than adding it twice', async () => {
    const { section, repositories, workbookId } = await openSection();
    const path = expectSaved(await section.addPath('Product manager', 'alternative'));
    expectSaved(await section.addRequirement(path.id, 'Roadmapping', 3));
    const added = expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'roadmapping' })));
    await vi.waitFor(() => expect(section.skills.current).toHaveLength(1));
    expectSaved(await section.addToInventory(path.id, 'Roadmapping', 3));
    expect(await repositories.skills.list(workbookId)).toHaveLength(1);
    await vi.waitFor(() => expect(section.paths.current[0]?.requiredSkills[0]?.skillId).toBe(added.id));
  });

  it('deletes a path with undo, closing its panel', async () => {
    const { section, app, focusRequests } = await openSection();
    const path = expectSaved(await section.addPath('Analytics lead', 'current'));
    section.open(path.id);
    expectSaved(await section.remove(path.id));
    expect(section.openPathId).toBeNull();
    await vi.waitFor(() => expect(section.paths.current).toEqual([]));
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.paths.current.map((entry) => entry.name)).toEqual(['Analytics lead']));
    expect(focusRequests).toContain(`[data-path-id="${path.id}"] button.open`);
  });
});
