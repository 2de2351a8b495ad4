import { collections, entityCollections } from '@shared/collections';
import type { BackupCounts, BackupReason } from '@shared/backups';

export const reasonLabels: Record<BackupReason, string> = {
  automatic: 'Automatic',
  'before-replace': 'Before replacing',
  'before-restore': 'Before restoring',
  'before-delete': 'Before deleting',
};

/** "12 skills, 1 person, 3 milestones": what a backup holds, leaving out what it has none of. */
export function describeCounts(counts: BackupCounts, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const parts = entityCollections
    .filter((name) => counts[name] > 0)
    .map((name) => `${number.format(counts[name])} ${counts[name] === 1 ? collections[name].noun : collections[name].plural}`);
  return parts.length === 0 ? 'No items in any section yet' : parts.join(', ');
}

export function describeSize(bytes: number, locale: string): string {
  const kilobytes = bytes / 1024;
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  return kilobytes < 1024 ? format(Math.max(kilobytes, 0.1), 'KB') : format(kilobytes / 1024, 'MB');
}

export function describeTakenAt(takenAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(takenAt));
}
