import { backupReasons, type BackupReason } from '../../shared/backups';

/*
 * Backup file names: `<timestamp>-<reason>.waypoint`, the timestamp in UTC with the colons of ISO
 * replaced (Windows forbids them in file names). Names sort in the order the backups were taken.
 * Each has a small summary beside it (`<same name>.summary.json`) so the list never reads whole files.
 */

export const backupExtension = '.waypoint';
export const summarySuffix = '.summary.json';

const namePattern = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z-(${backupReasons.join('|')})\\${backupExtension}$`,
);

export function backupFileName(takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/:/g, '-');
  return `${stamp}-${reason}${backupExtension}`;
}

export function summaryFileName(backupName: string): string {
  return `${backupName}${summarySuffix}`;
}

export type ParsedBackupName = { takenAt: Date; reason: BackupReason };

/** The time and reason a backup file's name records, or null for any other name. */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  const match = namePattern.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, milliseconds, named] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${milliseconds}Z`);
  const reason = backupReasons.find((known) => known === named);
  if (Number.isNaN(takenAt.getTime()) || reason === undefined) return null;
  return { takenAt, reason };
}

/**
 * The folder name for a workbook's backups. Workbook ids are letters, digits, - and _ (entityId), so
 * they are safe as a folder name; anything else is refused rather than escaped, as it cannot be an id.
 */
export function isSafeFolderName(workbookId: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(workbookId);
}
