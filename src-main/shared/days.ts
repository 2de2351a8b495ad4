/*
 * Calendar days as whole numbers, for due dates and follow-ups: ISO days (`2027-03-15`) counted in
 * UTC, so a date means the same day wherever the person is.
 */

const dayMs = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`2027-03-15`). */
export function dayNumber(isoDay: string): number {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / dayMs);
}

export function isoFromDayNumber(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
