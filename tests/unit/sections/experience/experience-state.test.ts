import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExperienceState } from '../../../../src-renderer/sections/experience/experience-state.svelte';
import { expectSaved } from '../../db/helpers';
import { createTestApp, useLiveQueries, type TestApp } from '../../state/harness';

useLiveQueries();

let test: TestApp | undefined;
afterEach(() => test?.dispose());

async function openExperience() {
  test = await createTestApp();
  const { app, workbookId } = test;
  const record = test.within(() => new ExperienceState(app, workbookId, () => 'en-GB'));
  await vi.waitFor(() => expect(record.loaded).toBe(true));
  return { ...test, record };
}

const role = {
  kind: 'role' as const,
  title: 'Data analyst',
  organisation: 'Northwind',
  start: '2022-03',
  end: null,
  description: '',
  achievements: [],
  skillLinks: [],
};

describe('ExperienceState', () => {
  it('keeps every one of several quick list edits to one entry, in order', async () => {
    const { record, app, repositories, workbookId } = await openExperience();
    const entry = expectSaved(await record.create(role));
    const editor = record.editor(entry.id);
    void editor.change((current) => ({ achievements: [...current.achievements, 'Cut report time in half'] }));
    void editor.set({ title: 'Senior data analyst' });
    void editor.change((current) => ({ achievements: [...current.achievements, 'Mentored two juniors'] }));
    await app.pendingEdits.flushAll();
    const stored = await repositories.experiences.get(workbookId, entry.id);
    expect(stored?.title).toBe('Senior data analyst');
    expect(stored?.achievements).toEqual(['Cut report time in half', 'Mentored two juniors']);
  });

  it('the timeline follows what is stored, and a search filters it after a pause', async () => {
    const { record } = await openExperience();
    expectSaved(await record.create(role));
    expectSaved(await record.create({ ...role, kind: 'education', title: 'MSc Statistics', start: '2019-09', end: '2020-09' }));
    await vi.waitFor(() => expect(record.entries.map((entry) => entry.title)).toEqual(['Data analyst', 'MSc Statistics']));
    record.search.set('statistics');
    expect(record.visible).toHaveLength(2);
    await vi.waitFor(() => expect(record.visible.map((entry) => entry.title)).toEqual(['MSc Statistics']));
    record.clearFilters();
    expect(record.visible).toHaveLength(2);
  });

  it('a deleted entry comes back with undo, and focus is asked for its card', async () => {
    const { record, app, repositories, workbookId, focusRequests } = await openExperience();
    const entry = expectSaved(await record.create(role));
    expectSaved(await record.remove(entry.id));
    expect(await repositories.experiences.get(workbookId, entry.id)).toBeNull();
    await app.undo.undoLast();
    expect((await repositories.experiences.get(workbookId, entry.id))?.title).toBe('Data analyst');
    expect(focusRequests.at(-1)).toContain(entry.id);
  });

  it('an end before the start is refused and nothing is stored', async () => {
    const { record, repositories, workbookId } = await openExperience();
    const entry = expectSaved(await record.create(role));
    const result = await record.editor(entry.id).set({ end: '2021-01' });
    expect(result.status).toBe('invalid');
    expect((await repositories.experiences.get(workbookId, entry.id))?.end).toBeNull();
  });
});
