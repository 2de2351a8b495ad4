import { afterEach, describe, expect, it, vi } from 'vitest';
import { valuesDeck } from '@shared/values';
import { failed } from '../../../../src-renderer/db/write-result';
import { ValuesState } from '../../../../src-renderer/sections/values/values-state.svelte';
import { expectSaved } from '../../db/helpers';
import { createTestApp, useLiveQueries, type TestApp } from '../../state/harness';
import { hostCalls } from '../../state/stub-browser';

useLiveQueries();

let test: TestApp | undefined;
afterEach(() => test?.dispose());

async function openValues() {
  test = await createTestApp();
  const { app, workbookId, repositories } = test;
  const values = test.within(() => new ValuesState(app, workbookId));
  await vi.waitFor(() => expect(values.loaded).toBe(true));
  const storedSort = async () => (await repositories.valueSorts.list(workbookId))[0] ?? null;
  return { ...test, values, storedSort };
}

async function openSort() {
  const opened = await openValues();
  expectSaved(await opened.values.startSort());
  await vi.waitFor(() => expect(opened.values.stage).toBe('sorting'));
  return opened;
}

const [first, second, third, fourth] = valuesDeck.map((value) => value.id);

describe('ValuesState', () => {
  it('shows fast placements at once, stores them in order, and the last choice for a card wins', async () => {
    const { values, storedSort, app } = await openSort();
    values.place(first!, 'always');
    values.place(second!, 'often');
    values.place(third!, 'never');
    // Before any write has landed, the screen already deals the fourth card.
    expect(values.inHand?.id).toBe(fourth);
    expect(values.current?.placements).toEqual({ [first!]: 'always', [second!]: 'often', [third!]: 'never' });
    values.place(third!, 'sometimes');
    values.place(third!, 'seldom');
    await app.pendingEdits.flushAll();

    const stored = await storedSort();
    expect(stored?.placements).toEqual({ [first!]: 'always', [second!]: 'often', [third!]: 'seldom' });
    expect(stored?.core).toEqual([{ valueId: first, meaning: '' }]);
    expect(values.problem).toBeNull();
  });

  it('drops its local copy once the store has caught up, so a change from another window shows', async () => {
    const { values, storedSort, app, repositories, workbookId } = await openSort();
    values.place(first!, 'always');
    values.place(second!, 'often');
    await app.pendingEdits.flushAll();
    const stored = await storedSort();

    // Another window moves a card; this window must show it rather than its own older copy.
    expectSaved(await repositories.valueSorts.update(workbookId, stored!.id, { placements: { ...stored!.placements, [second!]: 'never' } }));
    await vi.waitFor(() => expect(values.current?.placements[second!]).toBe('never'));
    expect(values.current?.placements[first!]).toBe('always');
  });

  it('drops the local copy and says why when a write is refused', async () => {
    const { values, storedSort, app, repositories } = await openSort();
    vi.spyOn(repositories.valueSorts, 'update').mockResolvedValueOnce(failed('The disk is full. Nothing was saved.'));
    values.place(first!, 'always');
    expect(values.current?.placements[first!]).toBe('always');
    await app.pendingEdits.flushAll();

    expect(values.problem).toBe('The disk is full. Nothing was saved.');
    expect(values.current?.placements).toEqual({});
    expect(values.inHand?.id).toBe(first);
    expect((await storedSort())?.placements).toEqual({});

    // The next write that goes through clears the problem.
    values.place(first!, 'often');
    await app.pendingEdits.flushAll();
    expect(values.problem).toBeNull();
    expect((await storedSort())?.placements).toEqual({ [first!]: 'often' });
  });

  it('keeps queued placements among the pending edits, so closing the window waits for all of them', async () => {
    const { values, storedSort, app } = await openSort();
    for (const id of [first!, second!, third!, fourth!]) values.place(id, 'sometimes');
    expect(app.pendingEdits.count).toBeGreaterThan(0);

    await app.flushForClose('close-1');

    expect(hostCalls.at(-1)).toEqual({ channel: 'waypoint:window:close-ready', args: ['close-1'] });
    expect((await storedSort())?.placements).toEqual({
      [first!]: 'sometimes',
      [second!]: 'sometimes',
      [third!]: 'sometimes',
      [fourth!]: 'sometimes',
    });
    expect(app.pendingEdits.count).toBe(0);
  });

  it('deletes an own value with undo, and undo brings back its place in the sort and its meaning', async () => {
    const { values, storedSort, app, focusRequests } = await openSort();
    const patience = expectSaved(await values.addCustomValue('Patience', 'Time to do things properly.'));
    await vi.waitFor(() => expect(values.cardById.has(patience.id)).toBe(true));
    values.place(patience.id, 'always');
    const meaning = values.saveMeaning(patience.id, 'Doing it once, properly.');
    expectSaved((await meaning) ?? failed('no sort'));

    // Deleting writes the queued choices first, then removes the value from every sort.
    await values.removeCustomValue(patience.id);
    expect(app.undo.offered?.what).toBe('the value “Patience”');
    await vi.waitFor(() => expect(values.cardById.has(patience.id)).toBe(false));
    const afterDelete = await storedSort();
    expect(afterDelete?.placements[patience.id]).toBeUndefined();
    expect(afterDelete?.core).toEqual([]);

    expectSaved((await app.undo.undoLast()) ?? failed('nothing to undo'));
    const restored = await storedSort();
    expect(restored?.placements[patience.id]).toBe('always');
    expect(restored?.core).toEqual([{ valueId: patience.id, meaning: 'Doing it once, properly.' }]);
    await vi.waitFor(() => expect(values.current?.core.map((core) => core.valueId)).toEqual([patience.id]));
    expect(app.undo.message).toBe('Restored the value “Patience”.');
    // Focus goes back to the restored value's row, not to the page.
    expect(focusRequests.at(-1)).toBe(`[data-custom-value="${patience.id}"] [data-action="edit"]`);
  });

  it('brings back what a core value meant when its card returns to the always pile', async () => {
    const { values, storedSort, app } = await openSort();
    values.place(first!, 'always');
    expectSaved((await values.saveMeaning(first!, 'I choose how to reach the goal.')) ?? failed('no sort'));
    values.place(first!, 'often');
    await app.pendingEdits.flushAll();
    expect((await storedSort())?.core).toEqual([]);

    values.place(first!, 'always');
    await app.pendingEdits.flushAll();
    expect((await storedSort())?.core).toEqual([{ valueId: first, meaning: 'I choose how to reach the goal.' }]);
    await vi.waitFor(() => expect(values.current?.core).toEqual([{ valueId: first, meaning: 'I choose how to reach the goal.' }]));
  });

  it('discards an unfinished sort with undo, which brings it back where it was left', async () => {
    const { values, storedSort, app, focusRequests } = await openSort();
    values.place(first!, 'always');
    values.place(second!, 'often');
    expectSaved((await values.discardSort()) ?? failed('nothing discarded'));
    expect(await storedSort()).toBeNull();
    await vi.waitFor(() => expect(values.stage).toBe('none'));
    expect(app.undo.offered?.what).toMatch(/^the values card sort/);

    expectSaved((await app.undo.undoLast()) ?? failed('nothing to undo'));
    await vi.waitFor(() => expect(values.stage).toBe('sorting'));
    expect(values.current?.placements).toEqual({ [first!]: 'always', [second!]: 'often' });
    expect(focusRequests.at(-1)).toBe('#card-in-hand');
  });

  it('discarding leaves the last finished sort as the current result', async () => {
    const { values, app } = await openSort();
    for (const card of values.cards) values.place(card.id, card.id === first ? 'always' : 'never');
    await app.pendingEdits.flushAll();
    expectSaved((await values.complete()) ?? failed('not completed'));
    const finished = values.current?.id;
    test?.context.advance();
    expectSaved(await values.startSort());
    await vi.waitFor(() => expect(values.stage).toBe('sorting'));

    expectSaved((await values.discardSort()) ?? failed('nothing discarded'));
    await vi.waitFor(() => expect(values.stage).toBe('complete'));
    expect(values.current?.id).toBe(finished);
    expect(values.history).toEqual([]);
    // A finished sort is not discarded this way.
    expect(await values.discardSort()).toBeNull();
  });

  it('starts over from the first card, and undo puts every choice back', async () => {
    const { values, storedSort, app, focusRequests } = await openSort();
    values.place(first!, 'always');
    values.place(second!, 'often');
    expectSaved((await values.startOver()) ?? failed('not restarted'));
    await vi.waitFor(() => expect(values.current?.placements).toEqual({}));
    expect(values.inHand?.id).toBe(first);
    expect(app.undo.offered?.what).toBe('your choices in this sort (2 cards placed)');

    expectSaved((await app.undo.undoLast()) ?? failed('nothing to undo'));
    expect((await storedSort())?.placements).toEqual({ [first!]: 'always', [second!]: 'often' });
    expect((await storedSort())?.core).toEqual([{ valueId: first, meaning: '' }]);
    expect(focusRequests.at(-1)).toBe('#card-in-hand');
  });

  it('is at the ranking stage once every card is placed', async () => {
    const { values } = await openSort();
    for (const card of values.cards) values.place(card.id, 'sometimes');
    expect(values.stage).toBe('ranking');
    expect(values.inHand).toBeNull();
  });

  it('renames an own value, refusing a name already used', async () => {
    const { values, repositories, workbookId } = await openValues();
    const patience = expectSaved(await values.addCustomValue('Patience', ''));
    const craft = expectSaved(await values.addCustomValue('Craft', ''));
    expect(await values.updateCustomValue(craft.id, { name: 'PATIENCE ' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'name', message: 'is already one of your values' }],
    });
    expect(await values.addCustomValue('​', '')).toMatchObject({ status: 'invalid', issues: [{ path: 'name', message: 'must not be empty' }] });
    expectSaved(await values.updateCustomValue(patience.id, { name: 'Patience at work' }));
    expect((await repositories.customValues.list(workbookId)).map((value) => value.name)).toEqual(['Craft', 'Patience at work']);
    await vi.waitFor(() => expect(values.nameOf(patience.id)).toBe('Patience at work'));
  });
});
