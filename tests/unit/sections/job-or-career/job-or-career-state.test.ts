import { describe, expect, it, vi } from 'vitest';
import { failed } from '../../../../src-renderer/db/write-result';
import { JobOrCareerState } from '../../../../src-renderer/sections/job-or-career/job-or-career-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { sectionSpec, useLiveQueries } from '../../state/harness';

useLiveQueries();
const openSection = sectionSpec((app, workbookId) => new JobOrCareerState(app, workbookId));

describe('JobOrCareerState', () => {
  it('starts from the current role in Experience and opens a new check with no lens rated', async () => {
    const { section, repositories, workbookId } = await openSection();
    expect(section.currentRoleLabel).toBe('');
    expectSaved(
      await repositories.experiences.create(workbookId, {
        ...build.experiences(),
        kind: 'role',
        title: 'Data analyst',
        organisation: 'Northwind',
        start: '2021-04',
        end: null,
      }),
    );
    await vi.waitFor(() => expect(section.currentRoleLabel).toBe('Data analyst at Northwind'));

    const created = await section.createCheck('Data analyst at Northwind', '2026-03-01');
    expectSaved(created);
    await vi.waitFor(() => expect(section.openCheck?.role).toBe('Data analyst at Northwind'));
    expect(Object.values(section.openCheck?.lenses ?? {}).map((lens) => lens.score)).toEqual(Array(7).fill(null));
  });

  it('writes a lens score and a note from the stored check, so neither overwrites the other', async () => {
    const { section, app, repositories, workbookId } = await openSection();
    const created = await section.createCheck('Analyst', '2026-03-01');
    if (created.status !== 'saved') throw new Error('not created');
    const id = created.value.id;
    void section.updateLens(id, 'identity', { score: 2 });
    void section.updateLens(id, 'identity', { note: 'Not who I am yet' });
    void section.updateLens(id, 'motivation', { score: 4 });
    await app.pendingEdits.flushAll();
    const stored = (await repositories.roleChecks.list(workbookId))[0];
    expect(stored?.lenses.identity).toEqual({ score: 2, note: 'Not who I am yet' });
    expect(stored?.lenses.motivation.score).toBe(4);
  });

  it('refuses an empty role or date at the field and keeps what is stored', async () => {
    const { section, repositories, workbookId } = await openSection();
    const created = await section.createCheck('Analyst', '2026-03-01');
    if (created.status !== 'saved') throw new Error('not created');
    expect(await section.updateRole(created.value.id, ' \u200b ')).toMatchObject({ status: 'invalid', issues: [{ path: 'role' }] });
    expect(await section.updateDate(created.value.id, null)).toMatchObject({ status: 'invalid', issues: [{ path: 'date' }] });
    expect(await section.updateDate(created.value.id, '2026-02-30')).toMatchObject({ status: 'invalid' });
    const stored = (await repositories.roleChecks.list(workbookId))[0];
    expect(stored).toMatchObject({ role: 'Analyst', date: '2026-03-01' });
  });

  it('shows the newest check, compares it with the one before, and brings a deleted check back with undo', async () => {
    const { section, app, focusRequests } = await openSection();
    expectSaved(await section.createCheck('Analyst', '2026-01-10'));
    const newer = await section.createCheck('Analyst', '2026-02-10');
    if (newer.status !== 'saved') throw new Error('not created');
    await vi.waitFor(() => expect(section.checks.current).toHaveLength(2));
    section.chosenId = null;
    expect(section.openCheck?.date).toBe('2026-02-10');
    expect(section.previousCheck?.date).toBe('2026-01-10');

    expectSaved(await section.remove(newer.value.id));
    await vi.waitFor(() => expect(section.openCheck?.date).toBe('2026-01-10'));
    expect(section.previousCheck).toBeNull();
    expectSaved((await app.undo.undoLast()) ?? failed('nothing to undo'));
    await vi.waitFor(() => expect(section.checks.current).toHaveLength(2));
    expect(focusRequests.at(-1)).toBe(`[data-check-id="${newer.value.id}"] button.open`);
  });
});
