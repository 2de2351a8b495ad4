import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareByDueDate,
  countFlags,
  expiryStatus,
  isOverdue,
  learningFlags,
  openTotals,
  periodEnd,
  periodStart,
  sortByDueDate,
  todayIso,
} from '@shared/learning-plan';
import type { LearningAction } from '@shared/workbook';

function action(overrides: Partial<LearningAction> = {}): LearningAction {
  return {
    id: 'a',
    skillId: 's',
    kind: 'course',
    title: 'Course',
    provider: '',
    status: 'planned',
    dueDate: null,
    cost: null,
    hours: null,
    expiresOn: null,
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('periods of partial dates', () => {
  it('covers a whole year, a whole month or one day', () => {
    expect(periodStart('2027')).toBe('2027-01-01');
    expect(periodEnd('2027')).toBe('2027-12-31');
    expect(periodStart('2027-02')).toBe('2027-02-01');
    expect(periodEnd('2027-02')).toBe('2027-02-28');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodStart('2027-03-15')).toBe('2027-03-15');
    expect(periodEnd('2027-03-15')).toBe('2027-03-15');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-20', 90)).toBe('2027-03-20');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('reads today in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('overdue', () => {
  it('is overdue the day after the due day, not on it', () => {
    const due = action({ dueDate: '2026-05-10' });
    expect(isOverdue(due, '2026-05-10')).toBe(false);
    expect(isOverdue(due, '2026-05-11')).toBe(true);
  });

  it('treats a month-precision due date as due until that month ends', () => {
    const due = action({ dueDate: '2026-05' });
    expect(isOverdue(due, '2026-05-31')).toBe(false);
    expect(isOverdue(due, '2026-06-01')).toBe(true);
  });

  it('treats a year-precision due date as due until the year ends', () => {
    expect(isOverdue(action({ dueDate: '2026' }), '2026-12-31')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026' }), '2027-01-01')).toBe(true);
  });

  it('never flags done, dropped or undated actions', () => {
    expect(isOverdue(action({ dueDate: '2020-01-01', status: 'done' }), '2026-01-01')).toBe(false);
    expect(isOverdue(action({ dueDate: '2020-01-01', status: 'dropped' }), '2026-01-01')).toBe(false);
    expect(isOverdue(action({ dueDate: null }), '2026-01-01')).toBe(false);
    expect(isOverdue(action({ dueDate: '2020-01-01', status: 'in-progress' }), '2026-01-01')).toBe(true);
  });
});

describe('certification expiry', () => {
  const certification = (expiresOn: string | null, status: LearningAction['status'] = 'done') =>
    action({ kind: 'certification', expiresOn, status });

  it('flags a certification expiring within 90 days, not one further away', () => {
    expect(expiryStatus(certification('2026-04-01'), '2026-01-01')).toBe('expiring');
    expect(expiryStatus(certification('2026-04-01'), '2026-01-02')).toBe('expiring');
    expect(expiryStatus(certification('2026-04-02'), '2026-01-01')).toBe(null);
  });

  it('flags an expiry on today as expiring, and the day after as expired', () => {
    expect(expiryStatus(certification('2026-03-01'), '2026-03-01')).toBe('expiring');
    expect(expiryStatus(certification('2026-03-01'), '2026-03-02')).toBe('expired');
  });

  it('reads a month-precision expiry as the whole month', () => {
    expect(expiryStatus(certification('2026-06'), '2026-03-03')).toBe('expiring');
    expect(expiryStatus(certification('2026-06'), '2026-06-30')).toBe('expiring');
    expect(expiryStatus(certification('2026-06'), '2026-07-01')).toBe('expired');
  });

  it('ignores other kinds, missing dates and dropped certifications', () => {
    expect(expiryStatus(action({ kind: 'course', expiresOn: '2026-01-10' }), '2026-01-01')).toBe(null);
    expect(expiryStatus(certification(null), '2026-01-01')).toBe(null);
    expect(expiryStatus(certification('2025-01-01', 'dropped'), '2026-01-01')).toBe(null);
  });

  it('accepts another warning window', () => {
    expect(expiryStatus(certification('2026-02-01'), '2026-01-01', 30)).toBe(null);
    expect(expiryStatus(certification('2026-01-31'), '2026-01-01', 30)).toBe('expiring');
  });
});

describe('flags together', () => {
  it('lists overdue before expiry, and counts them', () => {
    const both = action({ kind: 'certification', dueDate: '2026-01-01', expiresOn: '2026-02-01', status: 'in-progress' });
    expect(learningFlags(both, '2026-01-15')).toEqual(['overdue', 'expiring']);
    const expired = action({ kind: 'certification', expiresOn: '2025-12', status: 'done' });
    expect(countFlags([both, expired, action()], '2026-01-15')).toEqual({ overdue: 1, expired: 1, expiring: 1 });
  });
});

describe('order by due date', () => {
  it('puts the soonest first, a month before days within it, undated last, ties by title', () => {
    const list = [
      action({ id: '1', title: 'Later', dueDate: '2027-01-10' }),
      action({ id: '2', title: 'Undated', dueDate: null }),
      action({ id: '3', title: 'Day in March', dueDate: '2026-03-20' }),
      action({ id: '4', title: 'March', dueDate: '2026-03' }),
      action({ id: '5', title: 'B same day', dueDate: '2026-02-01' }),
      action({ id: '6', title: 'A same day', dueDate: '2026-02-01' }),
    ];
    expect(sortByDueDate(list).map((item) => item.id)).toEqual(['6', '5', '4', '3', '1', '2']);
    expect(compareByDueDate(list[1]!, list[1]!)).toBe(0);
  });

  it('does not change the list it was given', () => {
    const list = [action({ id: 'x', dueDate: '2027' }), action({ id: 'y', dueDate: '2026' })];
    sortByDueDate(list);
    expect(list.map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('open totals', () => {
  it('adds cost and hours of planned and in-progress actions only', () => {
    const totals = openTotals([
      action({ status: 'planned', cost: 300, hours: 10 }),
      action({ status: 'in-progress', cost: null, hours: 4.5 }),
      action({ status: 'done', cost: 999, hours: 99 }),
      action({ status: 'dropped', cost: 50, hours: 1 }),
    ]);
    expect(totals).toEqual({ cost: 300, hours: 14.5, open: 2 });
  });
});
