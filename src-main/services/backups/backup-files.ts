import * as fsPromises from 'node:fs/promises';
import type { AtomicWriteFileSystem } from '../atomic-write';
import { errorCode } from '../error-code';

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
