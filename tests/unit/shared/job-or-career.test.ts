import { describe, expect, it } from 'vitest';
import {
  checkAge,
  currentRole,
  lensChange,
  lensGuides,
  lensLeaning,
  lensTrends,
  overallReading,
  roleLabel,
  unratedLenses,
  type LensScores,
} from '../../../src-main/shared/job-or-career';
import { lensIds, type LensId } from '../../../src-main/shared/planning';

function scores(values: Partial<Record<LensId, number | null>>, fill: number | null = null): LensScores {
  return Object.fromEntries(lensIds.map((lens) => [lens, { score: lens in values ? (values[lens] ?? null) : fill, note: '' }])) as LensScores;
}

describe('overallReading', () => {
  it('reads each band from its lower threshold, inclusive', () => {
    expect(overallReading(scores({}, 1)).label).toBe('mostly a job');
    expect(overallReading(scores({ timeHorizon: 3 }, 2)).average).toBe(2.1);
    expect(overallReading(scores({}, 2)).label).toBe('a job with career elements');
    expect(overallReading(scores({ timeHorizon: 1, skillGrowth: 1 }, 3)).label).toBe('a job with career elements');
    expect(overallReading(scores({}, 3)).label).toBe('a career step');
    expect(overallReading(scores({ identity: 3 }, 4)).label).toBe('a career step');
    expect(overallReading(scores({}, 4)).label).toBe('a career');
    expect(overallReading(scores({}, 5))).toEqual({ rated: 7, average: 5, label: 'a career' });
  });

  it('gives no reading until all seven lenses are rated, but counts and averages what is there', () => {
    expect(overallReading(scores({}))).toEqual({ rated: 0, average: null, label: null });
    expect(overallReading(scores({ motivation: 5, identity: 4 }))).toEqual({ rated: 2, average: 4.5, label: null });
  });

  it('rounds the average to one decimal', () => {
    expect(overallReading(scores({ timeHorizon: 5, skillGrowth: 3 }, 1)).average).toBe(1.9);
  });
});

describe('lensLeaning', () => {
  it('leans to a job at 1–2, is in between at 3 and leans to a career at 4–5', () => {
    expect([1, 2, 3, 4, 5, null].map(lensLeaning)).toEqual([
      'leans to a job',
      'leans to a job',
      'in between',
      'leans to a career',
      'leans to a career',
      null,
    ]);
  });
});

describe('currentRole', () => {
  const role = (title: string, start: string, end: string | null, kind: 'role' | 'education' = 'role') => ({
    kind,
    title,
    organisation: '',
    start,
    end,
  });

  it('is the role still going on that started last, ignoring ended roles and other kinds', () => {
    const found = currentRole([
      role('Old', '2015-01', '2018-02'),
      role('Side role', '2020-03', null),
      role('Course', '2024-01', null, 'education'),
      role('Lead', '2022-09', null),
    ]);
    expect(found?.title).toBe('Lead');
  });

  it('counts a year alone from its January, and is null without a current role', () => {
    expect(currentRole([role('Year', '2021', null), role('April', '2021-04', null)])?.title).toBe('April');
    expect(currentRole([role('Done', '2020-01', '2021-01')])).toBeNull();
  });

  it('labels a role with its organisation when there is one', () => {
    expect(roleLabel({ title: 'Analyst', organisation: ' Acme ' })).toBe('Analyst at Acme');
    expect(roleLabel({ title: 'Analyst', organisation: '' })).toBe('Analyst');
  });
});

describe('lensTrends and lensChange', () => {
  const check = (id: string, date: string, values: Partial<Record<LensId, number | null>>) => ({ id, date, lenses: scores(values) });

  it('puts each lens in date order, oldest first, leaving out unrated scores', () => {
    const trends = lensTrends([
      check('c', '2026-03-01', { identity: 4, motivation: 3 }),
      check('a', '2026-01-01', { identity: 2 }),
      check('b', '2026-02-01', { identity: null, motivation: 1 }),
    ]);
    expect(trends.identity).toEqual([
      { checkId: 'a', date: '2026-01-01', score: 2 },
      { checkId: 'c', date: '2026-03-01', score: 4 },
    ]);
    expect(trends.motivation.map((point) => point.score)).toEqual([1, 3]);
    expect(trends.relationships).toEqual([]);
  });

  it('gives the change between the last two rated scores', () => {
    const trends = lensTrends([check('a', '2026-01-01', { identity: 4 }), check('b', '2026-02-01', { identity: 2 })]);
    expect(lensChange(trends.identity)).toBe(-2);
    expect(lensChange(trends.identity.slice(0, 1))).toBeNull();
  });
});

describe('checkAge', () => {
  const now = new Date(2026, 4, 20, 9, 30);

  it('counts days since the latest check and says when another is due', () => {
    expect(checkAge('2026-05-20', now)).toEqual({ days: 0, due: false });
    expect(checkAge('2026-02-19', now)).toEqual({ days: 90, due: false });
    expect(checkAge('2026-02-18', now)).toEqual({ days: 91, due: true });
    expect(checkAge(null, now)).toBeNull();
  });
});

describe('lens guides', () => {
  it('explain every lens in one line, and a new check starts with none rated', () => {
    for (const lens of lensIds) expect(lensGuides[lens].explanation).toMatch(/^[^\n]{20,120}$/);
    expect(overallReading(unratedLenses()).rated).toBe(0);
  });
});
