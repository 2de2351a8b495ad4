import * as fsPromises from 'node:fs/promises';
import { collections, repeatedIds } from '../../shared/collections';
import { formatIssuePath, plainIssueMessage } from '../../shared/plain-issues';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../shared/workbook';
import type { AtomicWriteFileSystem } from '../atomic-write';

/* What the backup store needs from the file system, and how its failures read in plain words. */

export interface BackupFileSystem extends AtomicWriteFileSystem {
  mkdir: typeof fsPromises.mkdir;
  readdir: (path: string) => Promise<string[]>;
  readFile: (path: string) => Promise<Uint8Array>;
  stat: (path: string) => Promise<{ size: number }>;
}

export const nodeBackupFileSystem: BackupFileSystem = {
  open: fsPromises.open,
  rename: fsPromises.rename,
  rm: fsPromises.rm,
  mkdir: fsPromises.mkdir,
  readdir: (path) => fsPromises.readdir(path),
  readFile: (path) => fsPromises.readFile(path),
  stat: (path) => fsPromises.stat(path),
};

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Why a file-system step failed, in plain words. */
export function describeFileError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'Waypoint is not allowed to write to its backups folder';
    case 'EROFS':
      return 'the backups folder is on a disk that cannot be written to';
    default:
      return 'the backups folder could not be written to';
  }
}

/** The snapshot, validated as a workbook file's is when read back, or its first problem in plain words. */
export function validSnapshot(input: unknown): { ok: true; snapshot: WorkbookSnapshot } | { ok: false; problem: string } {
  const parsed = workbookSnapshotSchema.safeParse(input, { error: plainIssueMessage });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, problem: issue ? `${formatIssuePath(issue.path) || 'the workbook'} ${issue.message}` : 'the workbook is not valid' };
  }
  const [repeat] = repeatedIds(parsed.data);
  if (repeat) {
    return { ok: false, problem: `${repeat.collection}[${repeat.index}].id is used by another ${collections[repeat.collection].noun}` };
  }
  return { ok: true, snapshot: parsed.data };
}
