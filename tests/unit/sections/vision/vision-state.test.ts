import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisionState } from '../../../../src-renderer/sections/vision/vision-state.svelte';
import { build, expectSaved } from '../../db/helpers';
import { createTestApp, useLiveQueries, type TestApp } from '../../state/harness';

useLiveQueries();

let test: TestApp | undefined;
afterEach(() => test?.dispose());

async function openVision() {
  test = await createTestApp();
  const { app, workbookId, repositories } = test;
  expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'SQL', proficiency: 5, enjoyment: 4 })));
  const vision = test.within(() => new VisionState(app, workbookId));
  await vi.waitFor(() => expect(vision.loaded).toBe(true));
  const stored = async () => repositories.vision.get(workbookId);
  return { ...test, vision, stored };
}

describe('VisionState', () => {
  it('adds a suggestion after what is stored, even when another window wrote to the area a moment before', async () => {
    const { vision, stored, repositories, workbookId } = await openVision();
    await vi.waitFor(() => expect(vision.suggestions.goodAt.map((s) => s.text)).toEqual(['SQL']));
    const sql = vision.suggestions.goodAt[0]!;
    // Written elsewhere, not yet seen by this window's live query.
    expectSaved(await repositories.vision.save(workbookId, { ikigai: { goodAt: 'Writing' } }));

    expectSaved(await vision.take(sql, 'What I am good at'));
    expect((await stored())?.ikigai.goodAt).toBe('Writing\nSQL');
    expect(vision.announcement).toBe('Added SQL to What I am good at.');
    // Once taken, it is no longer offered.
    await vi.waitFor(() => expect(vision.suggestions.goodAt).toEqual([]));
  });

  it('says at the area why a suggestion could not be added, and stores nothing', async () => {
    const { vision, stored, repositories, workbookId } = await openVision();
    const full = 'x'.repeat(3_999);
    expectSaved(await repositories.vision.save(workbookId, { ikigai: { paidFor: full } }));
    await vi.waitFor(() => expect(vision.suggestions.paidFor.map((s) => s.text)).toEqual(['SQL']));

    const result = await vision.take(vision.suggestions.paidFor[0]!, 'What I can be paid for');
    expect(result.status).toBe('invalid');
    expect(vision.problem).toEqual({ area: 'paidFor', message: 'What I can be paid for would be too long with SQL: shorten it first.' });
    expect((await stored())?.ikigai.paidFor).toBe(full);

    // Shortening the area clears the message; another area's edit leaves it.
    expectSaved(await vision.saveIkigai('love', 'Puzzles'));
    expect(vision.problem?.area).toBe('paidFor');
    expectSaved(await vision.saveIkigai('paidFor', 'Analytics'));
    expect(vision.problem).toBeNull();
  });

  it('stores each statement and ikigai text on its own, keeping the others', async () => {
    const { vision, stored } = await openVision();
    expectSaved(await vision.saveStatement('workSays', 'That I was fair.'));
    expectSaved(await vision.saveIkigai('overlap', 'Teaching data'));
    expect(await stored()).toMatchObject({ workSays: 'That I was fair.', fiveYears: '', ikigai: { overlap: 'Teaching data', love: '' } });
    await vi.waitFor(() => expect(vision.statement('workSays')).toBe('That I was fair.'));
  });
});
