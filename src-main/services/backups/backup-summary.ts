import { entityCollections } from '../../shared/collections';
import { backupReasons, type BackupCounts, type BackupEntry } from '../../shared/backups';
import type { WorkbookSnapshot } from '../../shared/workbook';
import { z } from '../../shared/zod';

/*
 * The small file beside each backup that the list reads instead of the backup itself: a 10 MB
 * workbook's backup takes a JSON parse of the whole file to count, its summary a few hundred bytes.
 * It records the backup's size, so a backup file changed or cut off since is noticed and read whole.
 */

const summarySchema = z.object({
  takenAt: z.string(),
  reason: z.enum(backupReasons),
  title: z.string(),
  bytes: z.number().int().min(0),
  counts: z.object(Object.fromEntries(entityCollections.map((name) => [name, z.number().int().min(0)]))),
});

export type BackupSummary = Extract<BackupEntry, { state: 'readable' }>;

export function countsOf(snapshot: WorkbookSnapshot): BackupCounts {
  return Object.fromEntries(entityCollections.map((name) => [name, snapshot[name].length])) as BackupCounts;
}

export function summaryText(summary: BackupSummary): string {
  const { takenAt, reason, title, bytes, counts } = summary;
  return `${JSON.stringify({ takenAt, reason, title, bytes, counts })}\n`;
}

/** The summary a sidecar holds, or null when it is missing, damaged or from another layout. */
export function parseSummary(text: string, fileName: string): BackupSummary | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = summarySchema.safeParse(data);
  if (!parsed.success) return null;
  return { state: 'readable', fileName, ...parsed.data, counts: parsed.data.counts as BackupCounts };
}
