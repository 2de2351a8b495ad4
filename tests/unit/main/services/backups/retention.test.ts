import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../../../src-main/shared/backups';
import { backupsToPrune, type RetainedBackup } from '../../../../../src-main/services/backups/retention';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

function backup(at: Date | string, reason: BackupReason = 'automatic'): RetainedBackup {
  const takenAt = new Date(at);
  return { name: `${takenAt.toISOString()}-${reason}`, takenAt, reason };
}

/**
 * Simulates a person who changes the workbook every day from 09:00 to 17:00 for `days` days, with an
 * automatic backup each hour; returns what is left. The store prunes after every backup; pruning after
 * the first and the last backup of each day leaves the same, and keeps the simulation quick.
 */
function simulate(start: Date, days: number, extra: (moment: Date) => RetainedBackup[] = () => []): RetainedBackup[] {
  let kept: RetainedBackup[] = [];
  for (let index = 0; index < days; index += 1) {
    for (let hourOfDay = 9; hourOfDay <= 17; hourOfDay += 1) {
      const moment = new Date(start.getTime() + index * day + hourOfDay * hour);
      kept = [...kept, ...extra(moment), backup(moment)];
      if (hourOfDay !== 9 && hourOfDay !== 17) continue;
      const pruned = new Set(backupsToPrune(kept, moment));
      kept = kept.filter((candidate) => !pruned.has(candidate.name));
    }
  }
  return kept;
}

describe('backupsToPrune', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');

  it('keeps every backup of the last 24 hours', () => {
    const lastDay = Array.from({ length: 24 }, (_, index) => backup(new Date(now.getTime() - index * hour)));
    expect(backupsToPrune(lastDay, now)).toEqual([]);
  });

  it('keeps only the newest backup of each earlier day within 30 days', () => {
    const morning = backup('2026-11-20T08:00:00.000Z');
    const evening = backup('2026-11-20T19:00:00.000Z');
    expect(backupsToPrune([morning, evening], now)).toEqual([morning.name]);
  });

  it('keeps the newest backup of each month for a year, then deletes older ones', () => {
    const newest = backup(now);
    const earlyMarch = backup('2026-03-02T10:00:00.000Z');
    const lateMarch = backup('2026-03-28T10:00:00.000Z');
    const lastYear = backup('2025-11-20T10:00:00.000Z');
    expect(backupsToPrune([newest, earlyMarch, lateMarch, lastYear], now)).toEqual([lastYear.name, earlyMarch.name]);
  });

  it('keeps a backup taken before a destructive step for a year, even when a newer one shares its day or month', () => {
    const beforeDelete = backup('2026-06-03T10:00:00.000Z', 'before-delete');
    const laterThatMonth = backup('2026-06-20T10:00:00.000Z');
    const sameDayOlder = backup('2026-11-20T08:00:00.000Z', 'before-restore');
    const sameDayNewer = backup('2026-11-20T18:00:00.000Z');
    expect(backupsToPrune([beforeDelete, laterThatMonth, sameDayOlder, sameDayNewer, backup(now)], now)).toEqual([]);
    expect(backupsToPrune([backup('2025-11-01T10:00:00.000Z', 'before-replace'), backup(now)], now)).toHaveLength(1);
  });

  it('counts a backup before a destructive step as the newest of its day', () => {
    const automatic = backup('2026-11-20T08:00:00.000Z');
    const beforeRestore = backup('2026-11-20T18:00:00.000Z', 'before-restore');
    expect(backupsToPrune([automatic, beforeRestore, backup(now)], now)).toEqual([automatic.name]);
  });

  it('never deletes the newest backup, however old', () => {
    const onlyOne = backup('2023-01-01T00:00:00.000Z', 'before-delete');
    expect(backupsToPrune([onlyOne], now)).toEqual([]);
  });

  it('keeps backups stamped in the future (a clock set back) until the clock catches up', () => {
    const future = backup(new Date(now.getTime() + 3 * day));
    expect(backupsToPrune([future, backup(now)], now)).toEqual([]);
  });

  it('over three years of hourly backups keeps a day of hours, 30 days and 12 months', () => {
    const start = new Date('2024-01-01T00:00:00.000Z');
    const kept = simulate(start, 3 * 365);
    const newest = kept.reduce((a, b) => (a.takenAt > b.takenAt ? a : b)).takenAt;
    const ages = kept.map((entry) => newest.getTime() - entry.takenAt.getTime());
    // 9 hourly backups today (the last 24 hours), one a day for the 29 days before, and about a year of months.
    expect(ages.filter((age) => age < day)).toHaveLength(9);
    expect(ages.filter((age) => age >= day && age < 30 * day)).toHaveLength(29);
    const monthly = kept.filter((_, index) => (ages[index] ?? 0) >= 30 * day);
    expect(monthly.length).toBeGreaterThanOrEqual(10);
    expect(monthly.length).toBeLessThanOrEqual(12);
    expect(Math.max(...ages)).toBeLessThan(365 * day);
    expect(new Set(monthly.map((entry) => entry.takenAt.toISOString().slice(0, 7))).size).toBe(monthly.length);
    expect(kept.length).toBeLessThan(60);
  });

  it('over two years, keeps every backup taken before a destructive step within the last year', () => {
    const start = new Date('2025-01-01T00:00:00.000Z');
    // A restore at 12:00 on the 1st and 15th of each month.
    const kept = simulate(start, 2 * 365, (moment) =>
      moment.getUTCHours() === 12 && [1, 15].includes(moment.getUTCDate()) ? [backup(new Date(moment.getTime() - 1000), 'before-restore')] : [],
    );
    const newest = new Date(Math.max(...kept.map((entry) => entry.takenAt.getTime())));
    const destructive = kept.filter((entry) => entry.reason === 'before-restore');
    expect(destructive.length).toBeGreaterThanOrEqual(23);
    for (const entry of destructive) expect(newest.getTime() - entry.takenAt.getTime()).toBeLessThan(365 * day);
  });
});
