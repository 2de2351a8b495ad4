import type { BackupReason } from '@shared/backups';
import type { WaypointHost } from '@shared/contract';
import type { Repositories } from '../db';
import { describeStorageError } from '../db';

/** The host methods backups need; the app passes host.ts, tests a stand-in. */
export type BackupHost = Pick<WaypointHost, 'saveBackup' | 'automaticBackupDue'>;

export type BackupTaken = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * Keeps a backup of what the workbook holds right now, before a step that overwrites or removes it.
 * Never throws: a snapshot that cannot be read or a host that cannot write comes back as a message.
 */
export async function backUpBefore(
  repositories: Repositories,
  backupHost: BackupHost,
  workbookId: string,
  reason: Exclude<BackupReason, 'automatic'>,
): Promise<BackupTaken> {
  let snapshot;
  try {
    snapshot = await repositories.workbooks.snapshot(workbookId);
  } catch (error) {
    return { ok: false, message: `The backup could not be saved: ${describeStorageError(error, 'read')}` };
  }
  try {
    const result = await backupHost.saveBackup(snapshot, reason);
    if (result.status === 'saved') return { ok: true, fileName: result.backup.fileName };
    return { ok: false, message: result.status === 'error' ? result.message : 'The backup could not be saved.' };
  } catch {
    return { ok: false, message: 'The backup could not be saved: Waypoint could not reach its backups folder.' };
  }
}
