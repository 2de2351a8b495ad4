import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../../src-main/shared/workbook';
import { TimelineBuilder, TimelineRows } from '../../../../src-renderer/sections/experience/timeline-entries';

const today = new Date(2025, 5, 15);

function row(id: string, start: string, end: string | null, extra: Partial<Experience> = {}) {
  return {
    workbookId: 'wb',
    id,
    kind: 'role' as const,
    title: id,
    organisation: '',
    start,
    end,
    description: '',
    achievements: [],
    skillLinks: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('timeline entries', () => {
  const skills = new Map([['sql', 'SQL']]);

  it('shows each entry in words: kind, period, duration, first achievements, skills and what ran alongside', () => {
    const [role, project] = new TimelineBuilder().build(
      [
        row('Data analyst', '2021-04', null, {
          achievements: ['First', ' ', 'Second', 'Third'],
          skillLinks: [
            { skillId: 'sql', relation: 'gained' },
            { skillId: 'gone', relation: 'used' },
          ],
        }),
        row('Dashboard', '2022-01', '2022-06', { kind: 'project' }),
      ],
      skills,
      'en-GB',
      today,
    );
    expect(role).toMatchObject({
      kindWord: 'Role',
      period: 'Apr 2021 – present',
      duration: '4 yrs, 3 mths',
      ongoing: true,
      year: 'present',
      achievements: ['First', 'Second'],
      moreAchievements: 1,
      skills: [{ id: 'sql', name: 'SQL', relation: 'gained' }],
      alongside: 'Dashboard',
    });
    expect(project).toMatchObject({ kindWord: 'Project', year: 2022, alongside: 'Data analyst' });
    expect(role?.searchText).toContain('sql');
  });

  it('keeps the entry objects that did not change, so only changed rows re-render', () => {
    const builder = new TimelineBuilder();
    const first = builder.build([row('a', '2020-01', '2020-06'), row('b', '2010-01', '2011-01')], skills, 'en-GB', today);
    const edited = row('a', '2020-01', '2020-06', { title: 'A, renamed', updatedAt: '2025-02-01T00:00:00.000Z' });
    const second = builder.build([edited, row('b', '2010-01', '2011-01')], skills, 'en-GB', today);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]?.title).toBe('A, renamed');
    expect(second[1]).toBe(first[1]);
    expect(builder.build([edited, row('b', '2010-01', '2011-01')], skills, 'de-DE', today)[1]).not.toBe(first[1]);
  });

  it('rebuilds an entry when something it shows from elsewhere changes: a skill name or an overlapping title', () => {
    const builder = new TimelineBuilder();
    const linked = row('a', '2020-01', '2020-06', { skillLinks: [{ skillId: 'sql', relation: 'used' }] });
    const other = row('b', '2020-02', '2020-05');
    const [before] = builder.build([linked, other], skills, 'en-GB', today);
    const [renamedSkill] = builder.build([linked, other], new Map([['sql', 'Structured Query Language']]), 'en-GB', today);
    expect(renamedSkill).not.toBe(before);
    expect(renamedSkill?.skills[0]?.name).toBe('Structured Query Language');
    const renamedOther = { ...other, title: 'Pricing model', updatedAt: '2025-03-01T00:00:00.000Z' };
    const [withNewTitle] = builder.build([linked, renamedOther], skills, 'en-GB', today);
    expect(withNewTitle?.alongside).toBe('Pricing model');
  });

  it('names two entries that ran alongside, and counts the rest', () => {
    const parallel = ['b', 'c', 'd', 'e'].map((id) => row(id, '2020-03', '2020-09'));
    const [first] = new TimelineBuilder().build([row('a', '2020-01', '2020-12'), ...parallel], skills, 'en-GB', today);
    expect(first?.alongside).toBe('b, c and 2 more');
    const [pair] = new TimelineBuilder().build([row('a', '2020-01', '2020-12'), ...parallel.slice(0, 2)], skills, 'en-GB', today);
    expect(pair?.alongside).toBe('b and c');
  });

  it('marks the first entry of each year, and keeps row objects while nothing about them changed', () => {
    const entries = new TimelineBuilder().build(
      [row('now', '2021-04', null), row('a', '2022-01', '2022-06'), row('b', '2021-01', '2022-03'), row('c', '2015', '2015')],
      skills,
      'en-GB',
      today,
    );
    const rows = new TimelineRows();
    const all = rows.for(entries);
    expect(all.map((item) => [item.entry.id, item.opensYear])).toEqual([
      ['now', true],
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
    expect(rows.for(entries)).toEqual(all);
    expect(rows.for(entries).every((item, index) => item === all[index])).toBe(true);
    // Filtered to one entry of 2022, "b" now opens its year: a new row object for it alone.
    const [onlyB] = rows.for(entries.filter((entry) => entry.id === 'b'));
    expect(onlyB).toMatchObject({ opensYear: true });
    expect(onlyB).not.toBe(all[2]);
  });
});
