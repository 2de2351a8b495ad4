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
    const { values, storedSort, app } = await openSort();
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
  });
});
