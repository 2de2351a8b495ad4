import { describe, expect, it } from 'vitest';
import { valueChoices } from '../../../src-main/shared/milestone-links';
import type { CustomValue, ValueSort } from '../../../src-main/shared/workbook';

const stamp = '2026-03-01T09:00:00.000Z';

function sort(id: string, core: string[], completed: boolean): ValueSort {
  return {
    id,
    startedAt: stamp,
    completedAt: completed ? stamp : null,
    placements: Object.fromEntries(core.map((valueId) => [valueId, 'always' as const])),
    core: core.map((valueId) => ({ valueId, meaning: '' })),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const ownValue: CustomValue = { id: 'own-1', name: 'Craft', description: '', createdAt: stamp, updatedAt: stamp };

describe('valueChoices', () => {
  it('offers the core values of the newest sort with any, in rank order, own values by name', () => {
    const choices = valueChoices([sort('new', ['own-1', 'autonomy'], false), sort('old', ['creativity'], true)], [ownValue], []);
    expect(choices).toEqual([
      { id: 'own-1', name: 'Craft', core: true },
      { id: 'autonomy', name: 'Autonomy', core: true },
    ]);
  });

  it('falls back to the latest finished sort, and keeps linked values that are no longer core', () => {
    const choices = valueChoices([sort('new', [], false), sort('old', ['creativity'], true)], [], ['autonomy', 'gone']);
    expect(choices).toEqual([
      { id: 'creativity', name: 'Creativity', core: true },
      { id: 'autonomy', name: 'Autonomy', core: false },
    ]);
  });

  it('offers nothing before any values are sorted', () => {
    expect(valueChoices([], [], [])).toEqual([]);
  });
});
