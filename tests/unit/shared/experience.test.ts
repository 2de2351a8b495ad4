import { afterEach, describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  durationInMonths,
  findByName,
  findOverlaps,
  formatDuration,
  formatMonth,
  formatPeriod,
  linkSkill,
  matchesSearch,
  monthNumber,
  moveItem,
  newSkillFromExperience,
  removeItem,
  replaceItem,
  searchTextOf,
  setSkillRelation,
  sortNewestFirst,
  timelineYear,
  unlinkSkill,
} from '../../../src-main/shared/experience';
import { skillSchema, type Experience } from '../../../src-main/shared/workbook';

const stamp = '2025-01-01T00:00:00.000Z';

function experience(id: string, start: string, end: string | null, extra: Partial<Experience> = {}): Experience {
  return {
    id,
    kind: 'role',
    title: id,
    organisation: '',
    start,
    end,
    description: '',
    achievements: [],
    skillLinks: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

const june2025 = new Date(2025, 5, 15);

describe('timeline order', () => {
  it('puts what is still going on first, then the most recent end, then the most recent start', () => {
    const items = [
      experience('degree', '2012-09', '2015-06'),
      experience('analyst', '2019-01', '2021-03'),
      experience('current', '2021-04', null),
      experience('course', '2024-01', null),
      experience('side project', '2020-05', '2021-03'),
    ];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual([
      'course',
      'current',
      'side project',
      'analyst',
      'degree',
    ]);
  });

  it('reads a year as January when it starts a period and as December when it ends one', () => {
    expect(monthNumber('2020', 'start')).toBe(monthNumber('2020-01', 'start'));
    expect(monthNumber('2020', 'end')).toBe(monthNumber('2020-12', 'end'));
    // Ended "2020" sorts after (newer than) ended "2020-06".
    expect(compareNewestFirst({ start: '2019', end: '2020' }, { start: '2019', end: '2020-06' })).toBeLessThan(0);
  });

  it('keeps the given order for equal periods and does not change the input', () => {
    const items = [experience('a', '2020-01', '2021-01'), experience('b', '2020-01', '2021-01')];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(['a', 'b']);
    expect(sortNewestFirst([...items].reverse()).map((item) => item.id)).toEqual(['b', 'a']);
    const input = [experience('old', '2010', '2011'), experience('new', '2020', null)];
    sortNewestFirst(input);
    expect(input.map((item) => item.id)).toEqual(['old', 'new']);
  });

  it('sorts exactly as the comparison says, for a record of mixed precision', () => {
    const items = Array.from({ length: 300 }, (_, index) => {
      const year = 2000 + ((index * 7) % 20);
      const start = index % 3 === 0 ? `${year}` : `${year}-${String(1 + (index % 12)).padStart(2, '0')}`;
      const end = index % 5 === 0 ? null : index % 4 === 0 ? `${year + 1}` : `${year + (index % 3)}-12`;
      return experience(`e${index}`, start, end);
    });
    const expected = [...items].sort(compareNewestFirst).map((item) => item.id);
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(expected);
  });

  it('files entries under the year they ended, or under present', () => {
    expect(timelineYear({ start: '2021-04', end: null })).toBe('present');
    expect(timelineYear({ start: '2019-01', end: '2021-03' })).toBe(2021);
    expect(timelineYear({ start: '2019', end: '2020' })).toBe(2020);
  });
});

describe('durations', () => {
  it('counts the first and the last month', () => {
    expect(durationInMonths({ start: '2021-04', end: '2021-04' }, june2025)).toBe(1);
    expect(durationInMonths({ start: '2021-04', end: '2023-06' }, june2025)).toBe(27);
    expect(durationInMonths({ start: '2020', end: '2021' }, june2025)).toBe(24);
  });

  it('runs to this month while something is still going on, and never below zero', () => {
    expect(durationInMonths({ start: '2025-01', end: null }, june2025)).toBe(6);
    expect(durationInMonths({ start: '2026-01', end: null }, june2025)).toBe(0);
  });

  it('says years and months in the locale', () => {
    // ICU versions differ on the short word for months ("mos" or "mths").
    expect(formatDuration(27, 'en-US')).toMatch(/^2 yrs, 3 m(os|ths)$/);
    expect(formatDuration(24, 'en-US')).toBe('2 yrs');
    expect(formatDuration(1, 'en-US')).toMatch(/^1 m(o|th)$/);
    expect(formatDuration(14, 'en-GB')).toMatch(/^1 yr, 2 mths?$/);
    expect(formatDuration(27, 'de-DE')).toMatch(/^2 J\.?, 3 Mon/);
    expect(formatDuration(0, 'en-GB')).toBe('');
  });

  describe('with Intl.DurationFormat', () => {
    const original: unknown = Reflect.get(Intl, 'DurationFormat');
    afterEach(() => {
      Reflect.set(Intl, 'DurationFormat', original);
    });

    it('uses it when the engine has it', () => {
      const calls: unknown[] = [];
      Reflect.set(
        Intl,
        'DurationFormat',
        class {
          constructor(readonly locale: string) {}
          format(duration: object): string {
            calls.push(duration);
            return `formatted for ${this.locale}`;
          }
        },
      );
      expect(formatDuration(27, 'fr-CA')).toBe('formatted for fr-CA');
      expect(calls).toEqual([{ years: 2, months: 3 }]);
    });
  });
});

describe('periods in words', () => {
  it('writes months and years in the locale, and the open end as present', () => {
    expect(formatMonth('2021-04', 'en-GB')).toBe('Apr 2021');
    expect(formatMonth('2021', 'en-GB')).toBe('2021');
    expect(formatPeriod({ start: '2021-04', end: null }, 'en-GB')).toBe('Apr 2021 – present');
    expect(formatPeriod({ start: '2019-09', end: '2021-03' }, 'en-US')).toBe('Sep 2019 – Mar 2021');
    expect(formatPeriod({ start: '2023-05', end: '2023-05' }, 'en-GB')).toBe('May 2023');
    expect(formatPeriod({ start: '2021-04', end: null }, 'de-DE', 'heute')).toBe('Apr. 2021 – heute');
  });
});

describe('overlapping periods', () => {
  it('finds entries that ran at the same time, in both directions', () => {
    const overlaps = findOverlaps([
      experience('role', '2021-04', null),
      experience('project', '2022-01', '2022-06'),
      experience('degree', '2015-09', '2018-06'),
    ]);
    expect(overlaps.get('role')).toEqual({ ids: ['project'], count: 1 });
    expect(overlaps.get('project')).toEqual({ ids: ['role'], count: 1 });
    expect(overlaps.has('degree')).toBe(false);
  });

  it('does not count a handover month, unless one period lies inside the other', () => {
    const handover = findOverlaps([experience('old', '2019-01', '2021-04'), experience('new', '2021-04', null)]);
    expect(handover.size).toBe(0);
    const inside = findOverlaps([experience('job', '2019-01', '2021-04'), experience('sprint', '2021-04', '2021-04')]);
    expect(inside.get('sprint')?.ids).toEqual(['job']);
    const sameStart = findOverlaps([experience('long', '2020-01', '2022-01'), experience('short', '2020-01', '2020-01')]);
    expect(sameStart.get('long')?.ids).toEqual(['short']);
  });

  it('lets two ongoing entries overlap, and handles many entries', () => {
    expect(findOverlaps([experience('a', '2020-01', null), experience('b', '2024-01', null)]).get('a')?.ids).toEqual(['b']);
    const many = Array.from({ length: 1_000 }, (_, index) =>
      experience(`e${index}`, `${1990 + (index % 30)}-01`, `${1990 + (index % 30)}-06`),
    );
    const overlaps = findOverlaps(many);
    // e0 shares its six months with e30, e60, … e990.
    expect(overlaps.get('e0')?.ids).toHaveLength(33);
    expect(overlaps.get('e0')?.count).toBe(33);
    // Asked for two, it lists two and still counts them all.
    expect(findOverlaps(many, 2).get('e0')).toEqual({ ids: ['e30', 'e60'], count: 33 });
  });
});

describe('search', () => {
  const entry = experience('x', '2021-04', null, {
    title: 'Data analyst',
    organisation: 'Northwind Freight',
    achievements: ['Cut weekly reporting from two days to two hours'],
    skillLinks: [{ skillId: 's1', relation: 'used' }],
  });
  const text = searchTextOf(entry, (id) => (id === 's1' ? 'Stakeholder interviews' : undefined));

  it('matches every word anywhere: title, organisation, achievements and linked skill names', () => {
    expect(matchesSearch(text, 'northwind')).toBe(true);
    expect(matchesSearch(text, 'ANALYST reporting')).toBe(true);
    expect(matchesSearch(text, 'stakeholder')).toBe(true);
    expect(matchesSearch(text, 'analyst berlin')).toBe(false);
    expect(matchesSearch(text, '   ')).toBe(true);
  });
});

describe('list edits', () => {
  it('moves, replaces and removes achievements without changing the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 5, 0)).toEqual(list);
    expect(replaceItem(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeItem(list, 0)).toEqual(['b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('links a skill once, changes how it relates, and unlinks it', () => {
    const links = linkSkill([], 'sql');
    expect(links).toEqual([{ skillId: 'sql', relation: 'used' }]);
    expect(linkSkill(links, 'sql', 'gained')).toEqual(links);
    expect(setSkillRelation(links, 'sql', 'gained')).toEqual([{ skillId: 'sql', relation: 'gained' }]);
    expect(unlinkSkill(links, 'sql')).toEqual([]);
  });

  it('finds a skill by name with the one name rule: case, accents, spacing and invisible characters aside', () => {
    const skills = [{ name: 'Stakeholder interviews' }, { name: 'SQL' }, { name: 'Résumé writing' }];
    expect(findByName(skills, 'sql')).toBe(skills[1]);
    expect(findByName(skills, 'resume writing')).toBe(skills[2]);
    expect(findByName(skills, 'S\u200BQL')).toBe(skills[1]);
    expect(findByName(skills, '\u200B')).toBeUndefined();
    expect(findByName(skills, 'stakeholder  interviews')).toBe(skills[0]);
    expect(findByName(skills, 'Python')).toBeUndefined();
    expect(findByName(skills, '  ')).toBeUndefined();
  });

  it('creates a valid new skill, not rated yet', () => {
    const skill = newSkillFromExperience('  Stakeholder   interviews ');
    expect(skill).toMatchObject({ name: 'Stakeholder interviews', category: 'transferable', proficiency: null, enjoyment: null, targetLevel: null });
    const valid = skillSchema.safeParse({ ...skill, id: 's1', order: 0, createdAt: stamp, updatedAt: stamp });
    expect(valid.success).toBe(true);
  });
});
