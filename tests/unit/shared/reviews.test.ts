import { describe, expect, it } from 'vitest';
import { unratedLenses } from '../../../src-main/shared/job-or-career';
import {
  addMonths,
  compareFigures,
  figureLines,
  nextReviewDue,
  periodName,
  periodStart,
  reviewFigures,
  type ReviewInputs,
} from '../../../src-main/shared/reviews';
import { lensIds, type ReviewFigures, type RoleCheck } from '../../../src-main/shared/workbook';

const today = '2026-11-30';

describe('when the next review is due', () => {
  it('is now when no review was ever completed', () => {
    expect(nextReviewDue(null, 3, today)).toEqual({ state: 'first' });
  });

  it('is a cadence after the last completed review: later, soon (within two weeks), today, overdue', () => {
    expect(nextReviewDue('2026-10-01', 3, today)).toEqual({ state: 'later', date: '2027-01-01', days: 32 });
    expect(nextReviewDue('2026-09-10', 3, today)).toEqual({ state: 'soon', date: '2026-12-10', days: 10 });
    expect(nextReviewDue('2026-08-30', 3, today)).toEqual({ state: 'today', date: '2026-11-30', days: 0 });
    expect(nextReviewDue('2025-11-30', 6, today)).toEqual({ state: 'overdue', date: '2026-05-30', days: 184 });
    expect(nextReviewDue('2026-10-31', 1, today)).toEqual({ state: 'today', date: '2026-11-30', days: 0 });
  });

  it('adds calendar months, keeping the day or the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-10', -12)).toBe('2025-05-10');
  });
});

describe('the period a review closes', () => {
  it('is named after the cadence', () => {
    expect(periodName('2026-11-30', 1, 'en-GB')).toBe('November 2026');
    expect(periodName('2026-11-30', 3, 'en-GB')).toBe('2026 Q4');
    expect(periodName('2026-03-31', 3, 'en-GB')).toBe('2026 Q1');
    expect(periodName('2026-06-30', 6, 'en-GB')).toBe('2026 H1');
    expect(periodName('2026-07-01', 6, 'en-GB')).toBe('2026 H2');
    expect(periodName('2026-11-30', 12, 'en-GB')).toBe('2026');
    expect(periodName('2026-11-30', 1, 'de-DE')).toBe('November 2026');
    expect(periodName('2026-03-02', 1, 'fr-FR')).toBe('mars 2026');
  });

  it('starts at the previous completed review, or one cadence back', () => {
    expect(periodStart('2026-08-20', today, 3)).toBe('2026-08-20');
    expect(periodStart(null, today, 3)).toBe('2026-08-30');
    // A "previous" review dated after this one does not bound it.
    expect(periodStart('2026-12-05', today, 1)).toBe('2026-10-30');
  });
});

function inputs(overrides: Partial<ReviewInputs> = {}): ReviewInputs {
  return { skills: [], milestones: [], people: [], interactions: [], learningActions: [], roleChecks: [], ...overrides };
}

const period = { from: '2026-08-30', to: today };

describe('the figures a completed review keeps', () => {
  it('are all zero, with no career reading, for an empty workbook', () => {
    expect(reviewFigures(inputs(), period)).toEqual({
      skillsAtTarget: 0,
      skillsWithTarget: 0,
      milestones: { '90d': { done: 0, total: 0 }, '1y': { done: 0, total: 0 }, '3y': { done: 0, total: 0 }, '5y': { done: 0, total: 0 }, '10y': { done: 0, total: 0 } },
      peopleContacted: 0,
      followUpsOverdue: 0,
      openLearningActions: 0,
      careerScore: null,
      careerReading: '',
    });
  });

  it('count skills at or above target among those with a target and a rated proficiency', () => {
    const figures = reviewFigures(
      inputs({
        skills: [
          { proficiency: 4, targetLevel: 4 },
          { proficiency: 5, targetLevel: 3 },
          { proficiency: 2, targetLevel: 4 },
          { proficiency: null, targetLevel: 4 },
          { proficiency: 3, targetLevel: null },
        ],
      }),
      period,
    );
    expect([figures.skillsAtTarget, figures.skillsWithTarget]).toEqual([2, 3]);
  });

  it('count milestones done per horizon, leaving dropped ones out of the total', () => {
    const figures = reviewFigures(
      inputs({
        milestones: [
          { horizon: '1y', status: 'done' },
          { horizon: '1y', status: 'in-progress' },
          { horizon: '1y', status: 'dropped' },
          { horizon: '5y', status: 'not-started' },
        ],
      }),
      period,
    );
    expect(figures.milestones['1y']).toEqual({ done: 1, total: 2 });
    expect(figures.milestones['5y']).toEqual({ done: 0, total: 1 });
    expect(figures.milestones['90d']).toEqual({ done: 0, total: 0 });
  });

  it('count each person contacted in the period once, from the log or the last contact; the period start is excluded', () => {
    const figures = reviewFigures(
      inputs({
        people: [
          { id: 'amira', cadenceDays: 28, lastContact: '2026-10-01' },
          { id: 'ben', cadenceDays: null, lastContact: '2026-09-15' },
          { id: 'chen', cadenceDays: 14, lastContact: '2026-08-30' },
          { id: 'dana', cadenceDays: 56, lastContact: null },
        ],
        interactions: [
          { personId: 'amira', date: '2026-10-01', followUp: null },
          { personId: 'amira', date: '2026-09-01', followUp: { what: 'Send the article', due: '2026-09-15', done: true } },
          { personId: 'dana', date: '2026-12-01', followUp: null },
          { personId: 'chen', date: '2026-08-30', followUp: null },
          { personId: 'ben', date: '2026-09-15', followUp: { what: 'Introduce me to Lee', due: '2026-11-01', done: false } },
        ],
      }),
      period,
    );
    expect(figures.peopleContacted).toBe(2);
    // Amira (due 29 Oct) and Chen (due 13 Sep) are overdue on the 30th of November, and so is what was
    // agreed with Ben (no cadence) for 1 November; the follow-up done with Amira is not.
    expect(figures.followUpsOverdue).toBe(3);
  });

  it('count open learning actions and take the newest check reading', () => {
    const rated = (score: number): RoleCheck['lenses'] =>
      Object.fromEntries(lensIds.map((lens) => [lens, { score, note: '' }])) as RoleCheck['lenses'];
    const figures = reviewFigures(
      inputs({
        learningActions: [{ status: 'planned' }, { status: 'in-progress' }, { status: 'done' }, { status: 'dropped' }],
        roleChecks: [
          { date: '2026-05-01', lenses: rated(2) },
          { date: '2026-11-01', lenses: rated(4) },
          { date: '2025-01-01', lenses: rated(1) },
        ],
      }),
      period,
    );
    expect(figures.openLearningActions).toBe(2);
    expect([figures.careerScore, figures.careerReading]).toEqual([4, 'a career']);
  });

  it('keep a partly scored check as its average without a reading', () => {
    const lenses = { ...unratedLenses(), skillGrowth: { score: 3, note: '' } };
    const figures = reviewFigures(inputs({ roleChecks: [{ date: '2026-11-01', lenses }] }), period);
    expect([figures.careerScore, figures.careerReading]).toEqual([3, '']);
  });
});

describe('two reviews side by side', () => {
  const base: ReviewFigures = reviewFigures(inputs(), period);
  const earlier: ReviewFigures = { ...base, skillsAtTarget: 3, skillsWithTarget: 10, followUpsOverdue: 4, openLearningActions: 2, careerScore: 2.5, careerReading: 'a job with career elements' };
  const later: ReviewFigures = {
    ...base,
    skillsAtTarget: 5,
    skillsWithTarget: 11,
    followUpsOverdue: 6,
    openLearningActions: 5,
    careerScore: 3.1,
    careerReading: 'a career step',
    milestones: { ...base.milestones, '1y': { done: 2, total: 4 } },
  };

  it('give each figure in words, the change, and whether it reads better or worse', () => {
    const rows = Object.fromEntries(compareFigures(earlier, later).map((row) => [row.line.key, row]));
    expect(rows['skills-at-target']).toMatchObject({ earlier: '3 of 10', later: '5 of 11', change: 2, reading: 'better' });
    expect(rows['follow-ups-overdue']).toMatchObject({ earlier: '4', later: '6', change: 2, reading: 'worse' });
    expect(rows['open-learning-actions']).toMatchObject({ change: 3, reading: 'changed' });
    expect(rows['milestones-1y']).toMatchObject({ earlier: '0 of 0', later: '2 of 4', change: 2, reading: 'better' });
    expect(rows['milestones-5y']).toMatchObject({ change: 0, reading: 'same' });
    expect(rows['career-score']).toMatchObject({ earlier: '2.5, a job with career elements', later: '3.1, a career step', change: 0.6, reading: 'better' });
  });

  it('cannot tell a change when one review had no career check', () => {
    const rows = compareFigures({ ...earlier, careerScore: null, careerReading: '' }, later);
    expect(rows.find((row) => row.line.key === 'career-score')).toMatchObject({ earlier: 'No check yet', change: null, reading: 'unknown' });
  });

  it('show every figure once, in a fixed order', () => {
    expect(figureLines.map((line) => line.key)).toEqual([
      'skills-at-target',
      'milestones-90d',
      'milestones-1y',
      'milestones-3y',
      'milestones-5y',
      'milestones-10y',
      'people-contacted',
      'follow-ups-overdue',
      'open-learning-actions',
      'career-score',
    ]);
  });
});
