import { describe, expect, it, vi } from 'vitest';
import { milestoneProgress } from '../../../../src-main/shared/milestones';
import { MilestonesState } from '../../../../src-renderer/sections/milestones/milestones-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { sectionSpec, useLiveQueries } from '../../state/harness';

useLiveQueries();
const today = '2026-03-10';
const openSection = sectionSpec((app, workbookId) => new MilestonesState(app, workbookId, today));

describe('MilestonesState', () => {
  it('adds a milestone with a title and a horizon, refuses one without a title, and places it on the roadmap', async () => {
    const { section } = await openSection();
    expect((await section.addMilestone(' \u200b ', '90d')).status).toBe('invalid');

    const talk = expectSaved(await section.addMilestone('Give a talk at the meetup', '90d'));
    await vi.waitFor(() => expect(section.milestones.map((milestone) => milestone.title)).toEqual(['Give a talk at the meetup']));
    // Undated: in the middle of the 90-day band, in the lane for milestones without a path.
    const lane = section.roadmap.lanes[0];
    expect(lane?.name).toBe('No path yet');
    expect(lane?.markers.map((marker) => [marker.milestoneId, marker.undated])).toEqual([[talk.id, true]]);

    expect((await section.updateTitle(talk.id, '  ')).status).toBe('invalid');
    expectSaved(await section.updateTargetDate(talk.id, '2026-04'));
    await vi.waitFor(() => expect(section.roadmap.lanes[0]?.markers[0]?.day).toBe('2026-04-30'));
    expect(section.milestones[0]?.title).toBe('Give a talk at the meetup');
  });

  it('ticks steps so progress follows, lists open steps soonest first, and a deleted step comes back with undo', async () => {
    const { section, app, focusRequests } = await openSection();
    const talk = expectSaved(await section.addMilestone('Give a talk', '90d'));
    expect((await section.addStep(talk.id, '   ')).status).toBe('invalid');
    expectSaved(await section.addStep(talk.id, 'Pick a topic', null));
    expectSaved(await section.addStep(talk.id, 'Write the abstract', '2026-03-20'));
    expectSaved(await section.addStep(talk.id, 'Send it to the organisers', '2026-03-15'));
    await vi.waitFor(() => expect(section.nextActions.map((action) => action.step.text)).toEqual([
      'Send it to the organisers',
      'Write the abstract',
      'Pick a topic',
    ]));

    const [topic, abstract] = section.milestones[0]?.steps ?? [];
    if (!topic || !abstract) throw new Error('steps missing');
    expectSaved(await section.tickStep(talk.id, topic.id, true));
    await vi.waitFor(() => expect(section.milestones[0]?.status).toBe('in-progress'));
    expect(milestoneProgress(section.milestones[0] ?? talk)).toBe(33);
    expect(section.nextActions).toHaveLength(2);

    expect((await section.updateStepText(talk.id, abstract.id, '')).status).toBe('invalid');
    expectSaved(await section.updateStepText(talk.id, abstract.id, 'Write a 200-word abstract'));

    const current = section.milestones[0];
    if (!current) throw new Error('milestone missing');
    expectSaved(await section.removeStep(current, abstract.id));
    await vi.waitFor(() => expect(section.milestones[0]?.steps.map((step) => step.text)).toEqual(['Pick a topic', 'Send it to the organisers']));
    expect(app.undo.offered?.what).toContain('Write a 200-word abstract');
    await app.undo.undoLast();
    await vi.waitFor(() =>
      expect(section.milestones[0]?.steps.map((step) => step.text)).toEqual(['Pick a topic', 'Write a 200-word abstract', 'Send it to the organisers']),
    );
    expect(focusRequests).toContain(`#step-${abstract.id}-text`);
  });

  it('keeps the day it was done while done, and drops it when the milestone is reopened', async () => {
    const { section } = await openSection();
    const course = expectSaved(await section.addMilestone('Finish the statistics course', '1y'));
    expect((await section.updateDoneOn(course.id, '2026-03-01')).status).toBe('invalid');

    expectSaved(await section.updateStatus(course.id, 'done'));
    await vi.waitFor(() => expect(section.milestones[0]?.doneOn).toBe(today));
    expectSaved(await section.updateDoneOn(course.id, '2026-03-02'));
    expectSaved(await section.updateStatus(course.id, 'done'));
    await vi.waitFor(() => expect(section.milestones[0]?.doneOn).toBe('2026-03-02'));

    expectSaved(await section.updateStatus(course.id, 'in-progress'));
    await vi.waitFor(() => expect(section.milestones[0]?.doneOn).toBeNull());
  });

  it('takes progress by hand only as a whole number from 0 to 100', async () => {
    const { section } = await openSection();
    const move = expectSaved(await section.addMilestone('Move into product', '3y'));
    expectSaved(await section.setProgressFrom(move.id, 'manual'));
    for (const typed of ['150', '-5', 'half', '4.5', '']) {
      const result = await section.setProgress(move.id, typed);
      expect(result.status === 'invalid' && result.issues[0]?.message).toBe('must be a whole number from 0 to 100');
    }
    expectSaved(await section.setProgress(move.id, ' 40 %'));
    await vi.waitFor(() => expect(section.milestones[0] && milestoneProgress(section.milestones[0])).toBe(40));
  });

  it('flags an overdue milestone, gives each path a lane, and a deleted milestone comes back with undo', async () => {
    const { section, repositories, workbookId, app, focusRequests } = await openSection();
    const path = expectSaved(await repositories.paths.create(workbookId, build.paths({ name: 'Product manager' })));
    const late = expectSaved(await section.addMilestone('Ask for a product rotation', '90d'));
    expectSaved(await section.updateTargetDate(late.id, '2026-02'));
    expectSaved(await section.updatePath(late.id, path.id));
    await vi.waitFor(() => expect(section.roadmap.lanes.map((lane) => lane.name)).toEqual(['Product manager']));
    expect(section.overdue.map((milestone) => milestone.id)).toEqual([late.id]);
    expect(section.roadmap.lanes[0]?.markers[0]).toMatchObject({ x: 0, overdue: true });

    section.open(late.id);
    expectSaved(await section.remove(late.id));
    expect(section.openMilestoneId).toBeNull();
    await vi.waitFor(() => expect(section.milestones).toEqual([]));
    await app.undo.undoLast();
    await vi.waitFor(() => expect(section.milestones.map((milestone) => milestone.pathId)).toEqual([path.id]));
    expect(focusRequests.at(-1)).toContain(`[data-marker-id="${late.id}"]`);
  });

  it('reads a milestone stored before checklists with an empty one', async () => {
    const { section, db, workbookId } = await openSection();
    const stored = { ...build.milestones({ title: 'Old one' }), id: 'old', workbookId, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const { steps: _steps, progressFrom: _from, doneOn: _doneOn, ...older } = stored;
    await db.table('milestones').add(older);
    await vi.waitFor(() => expect(section.milestones.map((milestone) => [milestone.title, milestone.steps, milestone.progressFrom])).toEqual([['Old one', [], 'manual']]));
    expectSaved(await section.addStep('old', 'First step'));
    await vi.waitFor(() => expect(section.milestones[0]?.steps.map((step) => step.text)).toEqual(['First step']));
  });
});
