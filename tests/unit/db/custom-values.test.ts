import { describe, expect, it } from 'vitest';
import { valuesDeck } from '@shared/values';
import { build, expectSaved, setUp } from './helpers';

async function withValues() {
  const { repositories } = setUp();
  const workbookId = expectSaved(await repositories.workbooks.create('Values')).id;
  const patience = expectSaved(await repositories.customValues.create(workbookId, { name: 'Patience', description: '' }));
  return { repositories, workbookId, patience };
}

describe('own values', () => {
  it.each(['patience', 'PATIENCE ', 'Pätience', ' pa\u200Btience'])('refuses a second value named %j', async (name) => {
    const { repositories, workbookId } = await withValues();
    expect(await repositories.customValues.create(workbookId, { name, description: '' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'name', message: 'is already one of your values' }],
    });
    expect(await repositories.customValues.list(workbookId)).toHaveLength(1);
  });

  it('refuses a value named like a card of the built-in deck', async () => {
    const { repositories, workbookId } = await withValues();
    const deckName = valuesDeck[0]!.name;
    expect(await repositories.customValues.create(workbookId, { name: ` ${deckName.toUpperCase()}`, description: '' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'name', message: 'is already in the deck' }],
    });
  });

  it('refuses a rename onto another value, and allows a change of case of its own name', async () => {
    const { repositories, workbookId, patience } = await withValues();
    const craft = expectSaved(await repositories.customValues.create(workbookId, { name: 'Craft', description: '' }));
    expect(await repositories.customValues.update(workbookId, craft.id, { name: 'patience' })).toEqual({
      status: 'invalid',
      issues: [{ path: 'name', message: 'is already one of your values' }],
    });
    expect(expectSaved(await repositories.customValues.update(workbookId, patience.id, { name: 'PATIENCE' })).name).toBe('PATIENCE');
  });

  it('allows the same name in another workbook', async () => {
    const { repositories } = await withValues();
    const other = expectSaved(await repositories.workbooks.create('Other')).id;
    expectSaved(await repositories.customValues.create(other, { name: 'Patience', description: '' }));
  });
});

describe('deleting an own value', () => {
  it('also drops the meaning set aside for it, and undo brings that back', async () => {
    const { repositories, workbookId, patience } = await withValues();
    const sort = expectSaved(
      await repositories.valueSorts.create(
        workbookId,
        build.valueSorts({ placements: { [patience.id]: 'often' }, setAsideMeanings: { [patience.id]: 'Doing it once, properly.' } }),
      ),
    );
    const record = expectSaved(await repositories.customValues.remove(workbookId, patience.id));
    expect((await repositories.valueSorts.get(workbookId, sort.id))?.setAsideMeanings).toEqual({});
    expectSaved(await repositories.customValues.restore(record));
    expect((await repositories.valueSorts.get(workbookId, sort.id))?.setAsideMeanings).toEqual({ [patience.id]: 'Doing it once, properly.' });
  });
});

describe('sorts', () => {
  it('start and complete at the time of the repository’s clock', async () => {
    const { repositories, context } = setUp();
    const workbookId = expectSaved(await repositories.workbooks.create('Values')).id;
    const started = expectSaved(await repositories.valueSorts.start(workbookId));
    expect(started.startedAt).toBe('2026-03-01T09:00:00.000Z');
    const completedAt = context.advance(600);
    const completed = expectSaved(await repositories.valueSorts.complete(workbookId, started.id, { placements: {}, core: [] }));
    expect(completed.completedAt).toBe(completedAt);
  });

  it('restart empties a sort now and putBack returns its choices and dates', async () => {
    const { repositories, context } = setUp();
    const workbookId = expectSaved(await repositories.workbooks.create('Values')).id;
    const sort = expectSaved(
      await repositories.valueSorts.create(
        workbookId,
        build.valueSorts({ placements: { autonomy: 'always' }, core: [{ valueId: 'autonomy', meaning: 'Choosing how' }] }),
      ),
    );
    const restartedAt = context.advance(60);
    const before = expectSaved(await repositories.valueSorts.restart(workbookId, sort.id));
    expect(before.placements).toEqual({ autonomy: 'always' });
    const restarted = await repositories.valueSorts.get(workbookId, sort.id);
    expect(restarted).toMatchObject({ placements: {}, core: [], startedAt: restartedAt });
    expectSaved(await repositories.valueSorts.putBack(workbookId, before));
    expect(await repositories.valueSorts.get(workbookId, sort.id)).toMatchObject({
      placements: { autonomy: 'always' },
      core: [{ valueId: 'autonomy', meaning: 'Choosing how' }],
      startedAt: sort.startedAt,
    });
  });
});
