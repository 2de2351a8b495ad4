import { describe, expect, it, vi } from 'vitest';
import { failed } from '../../../../src-renderer/db/write-result';
import { ReviewsState } from '../../../../src-renderer/sections/reviews/reviews-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { sectionSpec, useLiveQueries } from '../../state/harness';

useLiveQueries();
const openSection = sectionSpec((app, workbookId) => new ReviewsState(app, workbookId));

describe('ReviewsState', () => {
  it('starts one draft for a double press, named after the cadence, and continues it when started again', async () => {
    const { section, repositories, workbookId } = await openSection();
    const [first, second] = await Promise.all([section.start('en-GB'), section.start('en-GB')]);
    const created = expectSaved(first);
    expect(expectSaved(second).id).toBe(created.id);
    expect(created).toMatchObject({ status: 'draft', period: expect.stringMatching(/^\d{4} Q[1-4]$/), figures: null });
    expect(expectSaved(await section.start('en-GB')).id).toBe(created.id);
    expect(await repositories.reviews.list(workbookId)).toHaveLength(1);
  });

  it('freezes the figures read from storage when completed; a second press changes nothing', async () => {
    const { section, repositories, workbookId } = await openSection();
    const review = expectSaved(await section.start('en-GB'));
    expectSaved(await repositories.skills.create(workbookId, { ...build.skills(), name: 'SQL', proficiency: 4, targetLevel: 4 }));
    expectSaved(await repositories.skills.create(workbookId, { ...build.skills(), name: 'Python', proficiency: 2, targetLevel: 4 }));

    const completed = expectSaved(await section.complete(review.id));
    expect(completed.status).toBe('complete');
    expect(completed.figures).toMatchObject({ skillsAtTarget: 1, skillsWithTarget: 2 });
    expect(completed.completedAt).not.toBeNull();

    expectSaved(await repositories.skills.create(workbookId, { ...build.skills(), name: 'Writing', proficiency: 5, targetLevel: 5 }));
    const again = expectSaved(await section.complete(review.id));
    expect(again.figures).toEqual(completed.figures);
    expect(again.completedAt).toBe(completed.completedAt);
  });

  it('shows what a draft would keep, and when the next review is due after the newest completed one', async () => {
    const { section } = await openSection();
    expect(section.due).toEqual({ state: 'first' });
    const first = expectSaved(await section.start('en-GB'));
    await vi.waitFor(() => expect(section.draftFigures).toMatchObject({ skillsWithTarget: 0 }));
    expectSaved(await section.updateDate(first.id, '2026-01-15'));
    expectSaved(await section.complete(first.id));
    await vi.waitFor(() => expect(section.completed).toHaveLength(1));
    expect(section.due).toMatchObject({ date: '2026-04-15' });
    expect(section.draftFigures).toBeNull();
  });

  it('refuses an emptied period or date at the field and keeps what is stored', async () => {
    const { section, repositories, workbookId } = await openSection();
    const review = expectSaved(await section.start('en-GB'));
    expect(await section.updatePeriod(review.id, ' \u200b ')).toMatchObject({ status: 'invalid', issues: [{ path: 'period' }] });
    expect(await section.updateDate(review.id, null)).toMatchObject({ status: 'invalid', issues: [{ path: 'date' }] });
    expect((await repositories.reviews.list(workbookId))[0]).toMatchObject({ period: review.period, date: review.date });
  });

  it('goes back to a draft only while no other review is a draft, and brings a deleted review back with undo', async () => {
    const { section, app, repositories, workbookId } = await openSection();
    const first = expectSaved(await section.start('en-GB'));
    expectSaved(await section.complete(first.id));
    const second = expectSaved(await section.start('en-GB'));
    await vi.waitFor(() => expect(section.draft?.id).toBe(second.id));
    expect(await section.reopen(first.id)).toMatchObject({ status: 'failed', message: expect.stringContaining('one review is open at a time') });

    expectSaved(await section.remove(second.id));
    await vi.waitFor(() => expect(section.draft).toBeNull());
    expect(expectSaved(await section.reopen(first.id))).toMatchObject({ status: 'draft', figures: null, completedAt: null });
    expectSaved(await section.remove(first.id));
    expectSaved((await app.undo.undoLast()) ?? failed('nothing to undo'));
    expect((await repositories.reviews.list(workbookId)).map((review) => review.id)).toEqual([first.id]);
  });
});
