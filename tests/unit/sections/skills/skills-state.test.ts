import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkillsState } from '../../../../src-renderer/sections/skills/skills-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { createTestApp, useLiveQueries, type TestApp } from '../../state/harness';

useLiveQueries();

let test: TestApp | undefined;
afterEach(() => test?.dispose());

async function openSkills() {
  test = await createTestApp();
  const { app, workbookId } = test;
  const skills = test.within(() => new SkillsState(app, workbookId));
  await vi.waitFor(() => expect(skills.skills.loaded).toBe(true));
  return { ...test, skills };
}

const entry = (id: string, situation: string) => ({ id, situation, action: '', result: '', date: null });

describe('SkillsState', () => {
  it('adds quick additions in the order they were typed, each not rated yet', async () => {
    const { skills, app, repositories, workbookId } = await openSkills();
    void skills.addSkill('Pottery', 'craft', false);
    void skills.addSkill('Welding', 'craft', false);
    void skills.addSkill('Carpentry', 'craft', false);
    await app.pendingEdits.flushAll();
    const stored = await repositories.skills.list(workbookId);
    expect(stored.map((skill) => skill.name)).toEqual(['Pottery', 'Welding', 'Carpentry']);
    expect(stored.every((skill) => skill.proficiency === null && skill.enjoyment === null)).toBe(true);
  });

  it('keeps both of two quick evidence changes to one skill (read and written in one transaction each)', async () => {
    const { skills, app, repositories, workbookId } = await openSkills();
    const skill = expectSaved(await skills.addSkill('SQL', 'technical', false));
    void skills.changeEvidence(skill.id, (evidence) => [...evidence, entry('e1', 'First')]);
    void skills.changeEvidence(skill.id, (evidence) => [...evidence, entry('e2', 'Second')]);
    await app.pendingEdits.flushAll();
    const stored = await repositories.skills.get(workbookId, skill.id);
    expect(stored?.evidence.map((item) => item.situation)).toEqual(['First', 'Second']);
  });

  it('deleting a skill closes its panel and offers undo that brings back its learning plan and focuses its row', async () => {
    const { skills, app, repositories, workbookId, focusRequests } = await openSkills();
    const skill = expectSaved(await skills.addSkill('Python', 'technical'));
    expect(skills.openSkillId).toBe(skill.id);
    expectSaved(await skills.createAction(skill.id, 'Course on pandas', 'course'));

    await skills.remove(skill.id);
    expect(skills.openSkillId).toBeNull();
    expect(app.undo.offered?.what).toContain('Python');
    expect(await repositories.learningActions.list(workbookId)).toEqual([]);

    await app.undo.undoLast();
    expect((await repositories.skills.get(workbookId, skill.id))?.name).toBe('Python');
    expect((await repositories.learningActions.list(workbookId)).map((action) => action.title)).toEqual(['Course on pandas']);
    expect(focusRequests.at(-1)).toContain(skill.id);
  });

  it('removing one achievement can be undone, and it comes back in its place', async () => {
    const { skills, app, repositories, workbookId } = await openSkills();
    const skill = expectSaved(await skills.addSkill('Facilitation', 'people', false));
    await skills.changeEvidence(skill.id, () => [entry('a', 'Kick-off'), entry('b', 'Retro'), entry('c', 'Offsite')]);
    const stored = await repositories.skills.get(workbookId, skill.id);

    expectSaved(await skills.removeEvidence(stored!, 'b'));
    expect((await repositories.skills.get(workbookId, skill.id))?.evidence.map((item) => item.id)).toEqual(['a', 'c']);
    await app.undo.undoLast();
    expect((await repositories.skills.get(workbookId, skill.id))?.evidence.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('a refused rename is not pending and stores nothing', async () => {
    const { skills, app, repositories, workbookId } = await openSkills();
    const skill = expectSaved(await skills.addSkill('Negotiation', 'people', false));
    const result = await skills.rename(skill.id, '\u200B');
    expect(result.status).toBe('invalid');
    expect(app.pendingEdits.count).toBe(0);
    expect(app.saveStatus.state).not.toBe('saving');
    expect((await repositories.skills.get(workbookId, skill.id))?.name).toBe('Negotiation');
  });
});

describe('what the paths ask of the skills', () => {
  it('follows the paths: a pursued path gives its skills demand and its level as a target', async () => {
    const { skills, repositories, workbookId } = await openSkills();
    const sql = expectSaved(await skills.addSkill('SQL', 'technical', false));
    const path = expectSaved(
      await repositories.paths.create(workbookId, build.paths({ status: 'exploring', requiredSkills: [{ skillId: sql.id, name: 'SQL', level: 4 }] })),
    );
    await vi.waitFor(() => expect(skills.pathDemand.pathDemand.get(sql.id)).toBe(1));
    expect(skills.pathDemand.pathLevels.size).toBe(0);

    expectSaved(await repositories.paths.update(workbookId, path.id, { status: 'pursuing' }));
    await vi.waitFor(() => expect(skills.pathDemand.pathDemand.get(sql.id)).toBe(2));
    expect(skills.pathDemand.pathLevels.get(sql.id)).toBe(4);
  });
});
