import type { LearningAction } from './workbook';

/*
 * Rules of the learning plan: what counts as overdue, expired or expiring soon, and the order of the
 * combined list. `today` is always passed in (an ISO day in the person's own time zone), so the rules
 * are the same in tests, in the app and in exports.
 */

export type LearningFlag = 'overdue' | 'expired' | 'expiring';

/** A certification this close to its expiry or renewal date is flagged. */
export const expiryWarningDays = 90;

type Dated = Pick<LearningAction, 'dueDate' | 'status'>;
type Expiring = Pick<LearningAction, 'kind' | 'expiresOn' | 'status'>;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: string): { year: number; month?: number; day?: number } {
  const [year = 0, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** The first day a partial date (`2027`, `2027-03`, `2027-03-15`) covers, as an ISO day. */
export function periodStart(date: string): string {
  if (date.length === 10) return date;
  const { year, month = 1, day = 1 } = parts(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day a partial date covers: `2027-03` ends on 2027-03-31, `2027` on 2027-12-31. */
export function periodEnd(date: string): string {
  // Full days are most dates and need no work; this runs for every action on every change.
  if (date.length === 10) return date;
  const { year, month, day } = parts(date);
  if (month === undefined) return `${pad(year, 4)}-12-31`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;
}

/** An ISO day moved by a whole number of days. */
export function addDays(day: string, days: number): string {
  const { year, month = 1, day: dayOfMonth = 1 } = parts(day);
  const moved = new Date(Date.UTC(year, month - 1, dayOfMonth + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** The calendar day of `now` where the person is (local time), as an ISO day. */
export function todayIso(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Planned or in progress: still something to do. */
export function isOpen(status: LearningAction['status']): boolean {
  return status === 'planned' || status === 'in-progress';
}

/** Overdue once the whole due period has passed: a month-precision date is overdue after that month ends. */
export function isOverdue(action: Dated, today: string): boolean {
  return action.dueDate !== null && isOpen(action.status) && periodEnd(action.dueDate) < today;
}

/**
 * For certifications with an expiry or renewal date: 'expired' once the expiry period has passed,
 * 'expiring' when it begins within the warning window, otherwise null. Dropped ones are not flagged.
 */
export function expiryStatus(action: Expiring, today: string, warningDays = expiryWarningDays): 'expired' | 'expiring' | null {
  if (action.kind !== 'certification' || action.expiresOn === null || action.status === 'dropped') return null;
  if (periodEnd(action.expiresOn) < today) return 'expired';
  return periodStart(action.expiresOn) <= addDays(today, warningDays) ? 'expiring' : null;
}

/** Every flag of one action, most urgent first. */
export function learningFlags(action: Dated & Expiring, today: string): LearningFlag[] {
  const flags: LearningFlag[] = [];
  if (isOverdue(action, today)) flags.push('overdue');
  const expiry = expiryStatus(action, today);
  if (expiry) flags.push(expiry);
  return flags;
}

export type FlagCounts = Record<LearningFlag, number>;

export function countFlags(actions: ReadonlyArray<Dated & Expiring>, today: string): FlagCounts {
  const counts: FlagCounts = { overdue: 0, expired: 0, expiring: 0 };
  for (const action of actions) for (const flag of learningFlags(action, today)) counts[flag] += 1;
  return counts;
}

/**
 * Soonest first by the day each due period starts (so `2027-03` comes before `2027-03-20`);
 * undated actions last; ties by title, so the list never jitters.
 */
export function compareByDueDate(
  a: Pick<LearningAction, 'dueDate' | 'title'>,
  b: Pick<LearningAction, 'dueDate' | 'title'>,
): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    const byStart = periodStart(a.dueDate).localeCompare(periodStart(b.dueDate));
    if (byStart !== 0) return byStart;
    return periodEnd(a.dueDate).localeCompare(periodEnd(b.dueDate));
  }
  return a.title.localeCompare(b.title);
}

export function sortByDueDate<T extends Pick<LearningAction, 'dueDate' | 'title'>>(actions: readonly T[]): T[] {
  return [...actions].sort(compareByDueDate);
}

export type LearningTotals = { cost: number; hours: number; open: number };

/** What the open (planned or in-progress) actions still ask for, in money and hours. */
export function openTotals(actions: ReadonlyArray<Pick<LearningAction, 'status' | 'cost' | 'hours'>>): LearningTotals {
  const totals: LearningTotals = { cost: 0, hours: 0, open: 0 };
  for (const action of actions) {
    if (!isOpen(action.status)) continue;
    totals.open += 1;
    totals.cost += action.cost ?? 0;
    totals.hours += action.hours ?? 0;
  }
  return totals;
}
