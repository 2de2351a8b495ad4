import { describe, expect, it } from 'vitest';
import { valuesDeck } from '@shared/values';
import { expectSaved, setUp } from './helpers';

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
