import { describe, expect, it } from 'vitest';
import {
  filterSkills,
  flagCountsBySkill,
  foldedNames,
  groupActionsBySkill,
  searchTexts,
} from '../../../../src-renderer/sections/skills/skill-index';
import { customCategories, categoryLabel } from '../../../../src-renderer/sections/skills/categories';
import type { LearningAction } from '@shared/workbook';

const skills = [
  { id: 'a', name: 'SQL', notes: 'Reporting pipelines', category: 'technical' },
  { id: 'b', name: 'Négociation', notes: '', category: 'people' },
  { id: 'c', name: 'Pottery', notes: 'Saturday class', category: 'Craft' },
];

type Flaggable = Pick<LearningAction, 'skillId' | 'kind' | 'status' | 'dueDate' | 'expiresOn'>;
const action = (overrides: Partial<Flaggable>): Flaggable => ({
  skillId: 'a',
  kind: 'course',
  status: 'planned',
  dueDate: null,
  expiresOn: null,
  ...overrides,
});

describe('search and filter', () => {
  const texts = () => searchTexts(skills);

  it('finds skills by name or notes, ignoring case and accents', () => {
    expect(filterSkills(skills, texts, 'sql', '').map((skill) => skill.id)).toEqual(['a']);
    expect(filterSkills(skills, texts, 'PIPELINES', '').map((skill) => skill.id)).toEqual(['a']);
    expect(filterSkills(skills, texts, 'negoc', '').map((skill) => skill.id)).toEqual(['b']);
  });

  it('filters by category, and combines both', () => {
    expect(filterSkills(skills, texts, '', 'Craft').map((skill) => skill.id)).toEqual(['c']);
    expect(filterSkills(skills, texts, 'sql', 'Craft')).toEqual([]);
  });

  it('returns the same list when nothing filters, without building the search texts', () => {
    const unused = () => expect.fail('search texts were built without a query');
    expect(filterSkills(skills, unused, '  ', '')).toBe(skills);
    expect(filterSkills(skills, unused, '', 'Craft')).toHaveLength(1);
  });

  it('knows the names already taken', () => {
    expect(foldedNames(skills).has('negociation')).toBe(true);
  });
});

describe('learning actions per skill', () => {
  it('groups them and counts flags only where there are some', () => {
    const grouped = groupActionsBySkill([
      action({ skillId: 'a', dueDate: '2026-01-01' }),
      action({ skillId: 'a', kind: 'certification', status: 'done', expiresOn: '2026-02-01' }),
      action({ skillId: 'b', dueDate: '2027-01-01' }),
    ]);
    expect(grouped.get('a')).toHaveLength(2);
    const flags = flagCountsBySkill(grouped, '2026-01-15');
    expect(flags.get('a')).toEqual({ overdue: 1, expired: 0, expiring: 1 });
    expect(flags.has('b')).toBe(false);
  });
});

describe('categories', () => {
  it('names built-in categories in words and keeps the person’s own as typed', () => {
    expect(categoryLabel('domain')).toBe('Domain knowledge');
    expect(categoryLabel('Craft')).toBe('Craft');
    expect(customCategories(['technical', 'Craft', 'Languages', 'Craft'])).toEqual(['Craft', 'Languages']);
  });
});
