import { describe, expect, it } from 'vitest';
import { foldName } from '@shared/names';
import {
  findSuggestion,
  matchSuggestions,
  skillSuggestions,
  type SkillSuggestion,
} from '../../../../src-renderer/sections/skills/suggestions';

const list: SkillSuggestion[] = [
  { name: 'Public speaking', category: 'transferable' },
  { name: 'Speaking at conferences', category: 'people' },
  { name: 'Spanish', category: 'domain' },
  { name: 'Résumé writing', category: 'transferable' },
  { name: 'Python', category: 'technical' },
  { name: 'Cross-team planning', category: 'people' },
];

describe('skill suggestions', () => {
  it('comes from the bundled list, whole', () => {
    expect(skillSuggestions.length).toBeGreaterThanOrEqual(150);
  });

  it('ranks names that start with the text first, then word starts, then other matches', () => {
    expect(matchSuggestions('speak', new Set(), 8, list).map((item) => item.name)).toEqual([
      'Speaking at conferences',
      'Public speaking',
    ]);
    expect(matchSuggestions('an', new Set(), 8, list).map((item) => item.name)).toEqual([
      'Cross-team planning',
      'Spanish',
    ]);
    expect(matchSuggestions('team', new Set(), 8, list).map((item) => item.name)).toEqual(['Cross-team planning']);
  });

  it('ignores case and accents, and offers nothing for blank text', () => {
    expect(matchSuggestions('RESUME', new Set(), 8, list).map((item) => item.name)).toEqual(['Résumé writing']);
    expect(matchSuggestions('   ', new Set(), 8, list)).toEqual([]);
  });

  it('leaves out skills already in the inventory and keeps to the limit', () => {
    expect(matchSuggestions('p', new Set([foldName('Python')]), 8, list).map((item) => item.name)).not.toContain('Python');
    expect(matchSuggestions('s', new Set(), 2, list)).toHaveLength(2);
  });

  it('finds the suggestion with exactly a typed name', () => {
    expect(findSuggestion('  python ', list)).toEqual({ name: 'Python', category: 'technical' });
    expect(findSuggestion('Pyth', list)).toBeNull();
    expect(findSuggestion('SQL')?.category).toBe('technical');
  });
});
