import type { BackupReason } from '../../shared/backups';

/*
 * Which backups of one workbook to keep, as a pure function of the backups and the time now.
 *
 * - Everything taken in the last 24 hours is kept (the hourly automatic backups of today).
 * - For 30 days: the newest backup of each day.
 * - For a year: the newest backup of each month.
 * - A backup taken before a destructive step (replace, restore, delete) is kept for the whole year,
 *   so it always outlives the automatic backups taken after it.
 * - Anything older than a year is deleted, except that the newest backup of a workbook is never
 *   deleted: a rolling backup never removes the last copy.
 * Days and months are calendar days and months in UTC, so the answer does not depend on where the
 * computer is. "The newest of a day" counts every reason: a backup before a destructive step holds
 * the latest state of its day as well as an automatic one would.
 */

export interface RetainedBackup {
  name: string;
  takenAt: Date;
  reason: BackupReason;
}

const hour = 60 * 60 * 1000;
const day = 24 * hour;
export const keepEverythingFor = day;
export const keepDailyFor = 30 * day;
export const keepMonthlyFor = 365 * day;

const dayKey = (date: Date) => date.toISOString().slice(0, 10);
const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** Names of the backups to delete, oldest first. */
export function backupsToPrune(backups: readonly RetainedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  const monthsSeen = new Set<string>();
  for (const [index, backup] of newestFirst.entries()) {
    const age = now.getTime() - backup.takenAt.getTime();
    const newestOfDay = !daysSeen.has(dayKey(backup.takenAt));
    const newestOfMonth = !monthsSeen.has(monthKey(backup.takenAt));
    daysSeen.add(dayKey(backup.takenAt));
    monthsSeen.add(monthKey(backup.takenAt));
    const kept =
      index === 0 ||
      // A clock set back makes backups look as if taken in the future: keep them until it catches up.
      age < keepEverythingFor ||
      (age < keepDailyFor && newestOfDay) ||
      (age < keepMonthlyFor && (newestOfMonth || backup.reason !== 'automatic'));
    if (kept) keep.add(backup.name);
  }
  return newestFirst
    .filter((backup) => !keep.has(backup.name))
    .reverse()
    .map((backup) => backup.name);
}
