import { describe, expect, it } from 'vitest';
import { areaSummary, coreValueNames, ikigaiSuggestions, suggestionsPerArea, withSuggestion, type Ikigai } from '../../../src-main/shared/ikigai';
import { valuesDeck } from '../../../src-main/shared/values';
import type { CustomValue, ValueSort } from '../../../src-main/shared/workbook';

const emptyIkigai: Ikigai = { love: '', goodAt: '', worldNeeds: '', paidFor: '', overlap: '' };

const skill = (name: string, proficiency: number | null, enjoyment: number | null) => ({ name, proficiency, enjoyment });

const inventory = [
  skill('Facilitation', 3, 5), // motivated strength, enjoyed
  skill('SQL', 5, 4), // motivated strength, enjoyed, strong
  skill('Budgeting', 5, 1), // burnout risk
  skill('Drawing', 1, 5), // growth area, enjoyed
  skill('Writing', 4, 3), // motivated strength, strong
  skill('Not rated', null, 5),
];

const texts = (list: ReadonlyArray<{ text: string }>) => list.map((suggestion) => suggestion.text);

describe('ikigai suggestions', () => {
  it('draws each area from its own source', () => {
    const suggestions = ikigaiSuggestions({ skills: inventory, coreValues: ['Fairness', 'Curiosity'], ikigai: emptyIkigai });
    // Enjoyment 4–5, most enjoyed first; unrated skills are left out.
    expect(texts(suggestions.love)).toEqual(['Facilitation', 'Drawing', 'SQL']);
    expect(suggestions.love.every((s) => s.source === 'enjoyed-skill' && s.area === 'love')).toBe(true);
    // Motivated strengths (proficiency and enjoyment 3–5), strongest first.
    expect(texts(suggestions.goodAt)).toEqual(['SQL', 'Writing', 'Facilitation']);
    expect(suggestions.goodAt[0]?.source).toBe('motivated-strength');
    // Motivated strengths of proficiency 4–5 only.
    expect(texts(suggestions.paidFor)).toEqual(['SQL', 'Writing']);
    // Core values in their ranking.
    expect(suggestions.worldNeeds).toEqual([
      { area: 'worldNeeds', text: 'Fairness', source: 'core-value' },
      { area: 'worldNeeds', text: 'Curiosity', source: 'core-value' },
    ]);
  });

  it('leaves out what an area already names, even reworded, but not a longer word containing it', () => {
    const suggestions = ikigaiSuggestions({
      skills: inventory,
      coreValues: ['Fairness'],
      ikigai: { ...emptyIkigai, love: 'SQL (with data people)', goodAt: 'MySQL, Writing-heavy work', worldNeeds: 'Unfairness' },
    });
    expect(texts(suggestions.love)).toEqual(['Facilitation', 'Drawing']);
    expect(texts(suggestions.goodAt)).toEqual(['SQL', 'Facilitation']);
    expect(texts(suggestions.worldNeeds)).toEqual(['Fairness']);
  });

  it('leaves out what an area already says, whatever its case, and repeats', () => {
    const suggestions = ikigaiSuggestions({
      skills: [...inventory, skill('sql', 4, 4)],
      coreValues: ['Fairness', 'fairness ', 'Curiosity'],
      ikigai: { ...emptyIkigai, goodAt: 'Writing, and more\nsql', worldNeeds: 'curiosity' },
    });
    expect(texts(suggestions.goodAt)).toEqual(['Facilitation']);
    expect(texts(suggestions.worldNeeds)).toEqual(['Fairness']);
  });

  it('offers at most a handful per area, and nothing without skills or values', () => {
    const many = Array.from({ length: 20 }, (_, index) => skill(`Skill ${index + 1}`, 4, 4));
    const suggestions = ikigaiSuggestions({ skills: many, coreValues: [], ikigai: emptyIkigai });
    expect(suggestions.goodAt).toHaveLength(suggestionsPerArea);
    expect(texts(suggestions.goodAt)).toEqual(['Skill 1', 'Skill 2', 'Skill 3', 'Skill 4', 'Skill 5', 'Skill 6']);
    expect(ikigaiSuggestions({ skills: [], coreValues: [], ikigai: emptyIkigai })).toEqual({
      love: [],
      goodAt: [],
      worldNeeds: [],
      paidFor: [],
    });
  });
});

describe('taking a suggestion', () => {
  it('puts it on a line of its own after what is there', () => {
    expect(withSuggestion('', 'SQL')).toBe('SQL');
    expect(withSuggestion('  \n', 'SQL')).toBe('SQL');
    expect(withSuggestion('Teaching', 'SQL')).toBe('Teaching\nSQL');
    expect(withSuggestion('Teaching\n\n', 'SQL')).toBe('Teaching\nSQL');
  });
});

describe('area summary for the drawing', () => {
  it('shows the first lines, cut to length, and says how many more there are', () => {
    expect(areaSummary('')).toEqual([]);
    expect(areaSummary('SQL\n\n  Teaching  ')).toEqual(['SQL', 'Teaching']);
    expect(areaSummary('A very long line about many things at once', 3, 10)).toEqual(['A very lo…']);
    expect(areaSummary('one\ntwo\nthree\nfour\nfive')).toEqual(['one', 'two', '+ 3 more']);
  });
});

describe('core values to suggest', () => {
  const stamp = '2026-01-01T00:00:00.000Z';
  const sort = (id: string, core: string[], completed: boolean): ValueSort => ({
    id,
    startedAt: stamp,
    completedAt: completed ? stamp : null,
    placements: {},
    core: core.map((valueId) => ({ valueId, meaning: '' })),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const own: CustomValue = { id: 'own-1', name: 'Craft', description: '', createdAt: stamp, updatedAt: stamp };
  const [first, second] = valuesDeck;

  it('names the newest sort’s core values in their ranking, own values too', () => {
    expect(coreValueNames([sort('new', ['own-1', first!.id], false), sort('old', [second!.id], true)], [own])).toEqual(['Craft', first!.name]);
  });

  it('falls back to the latest finished sort while the newest has no core yet', () => {
    expect(coreValueNames([sort('new', [], false), sort('old', [second!.id], true), sort('older', [first!.id], true)], [])).toEqual([second!.name]);
  });

  it('leaves out a value whose card is gone, and is empty without a sort', () => {
    expect(coreValueNames([sort('new', ['own-1', first!.id], true)], [])).toEqual([first!.name]);
    expect(coreValueNames([], [own])).toEqual([]);
  });
});
