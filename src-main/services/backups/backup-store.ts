import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { automaticBackupInterval, type BackupEntry, type BackupListResult, type BackupReason, type SaveBackupResult } from '../../shared/backups';
import { repeatedIds, collections } from '../../shared/collections';
import { formatIssuePath, plainIssueMessage } from '../../shared/plain-issues';
import { workbookSnapshotSchema } from '../../shared/workbook';
import { maxWorkbookFileBytes, readWorkbookBytes, type WorkbookFileResult } from '../../shared/workbook-file-read';
import { writeWorkbookFile } from '../../shared/workbook-file-write';
import { writeFileAtomic, type AtomicWriteFileSystem } from '../atomic-write';
import { backupExtension, backupFileName, isSafeFolderName, parseBackupFileName, summaryFileName } from './backup-names';
import { countsOf, parseSummary, summaryText, type BackupSummary } from './backup-summary';
import { backupsToPrune } from './retention';

/*
 * The rolling backups of each workbook, in `<folder>/<workbookId>/<timestamp>-<reason>.waypoint`:
 * ordinary workbook files, so a backup opens anywhere a workbook file does. Plain Node; the file
 * system and the clock are injected so tests can fail writes and move time.
 */

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

export interface BackupStoreOptions {
  /** The folder that holds one folder per workbook: `<data folder>/backups`. */
  folder: string;
  now: () => Date;
  /** Written into each backup file, as in any exported workbook file. */
  app: { name: string; version: string };
  fileSystem?: BackupFileSystem;
}

export type BackupStore = ReturnType<typeof createBackupStore>;

const notSaved = 'The backup could not be saved';

function errorCode(error: unknown): string | undefined {
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

/** The first problems of a snapshot that does not validate, in plain words. */
function snapshotProblem(input: unknown): string | null {
  const parsed = workbookSnapshotSchema.safeParse(input, { error: plainIssueMessage });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return issue ? `${formatIssuePath(issue.path) || 'the workbook'} ${issue.message}` : 'the workbook is not valid';
  }
  const [repeat] = repeatedIds(parsed.data);
  return repeat ? `${repeat.collection}[${repeat.index}].id is used by another ${collections[repeat.collection].noun}` : null;
}

export function createBackupStore(options: BackupStoreOptions) {
  const fileSystem = options.fileSystem ?? nodeBackupFileSystem;

  function workbookFolder(workbookId: string): string | null {
    return isSafeFolderName(workbookId) ? join(options.folder, workbookId) : null;
  }

  /** The backup files in a workbook's folder (by name, oldest first); none when the folder does not exist. */
  async function backupNames(folder: string): Promise<string[]> {
    try {
      const names = await fileSystem.readdir(folder);
      return names.filter((name) => name.endsWith(backupExtension) && !name.startsWith('.')).sort();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  async function newestAutomaticAt(folder: string): Promise<Date | null> {
    const taken = (await backupNames(folder)).flatMap((name) => {
      const parsed = parseBackupFileName(name);
      return parsed?.reason === 'automatic' ? [parsed.takenAt.getTime()] : [];
    });
    return taken.length === 0 ? null : new Date(Math.max(...taken));
  }

  function isWithinInterval(newest: Date | null, now: Date): boolean {
    if (newest === null) return false;
    const since = now.getTime() - newest.getTime();
    // A clock set back (since < 0) must not stop backups until it catches up with the newest one.
    return since >= 0 && since < automaticBackupInterval;
  }

  /** A name not taken yet in the folder: two backups within one millisecond get successive stamps. */
  async function freeName(folder: string, takenAt: Date, reason: BackupReason): Promise<{ name: string; takenAt: Date }> {
    const taken = new Set(await backupNames(folder));
    let stamp = takenAt;
    while (taken.has(backupFileName(stamp, reason))) stamp = new Date(stamp.getTime() + 1);
    return { name: backupFileName(stamp, reason), takenAt: stamp };
  }

  async function prune(folder: string, now: Date): Promise<void> {
    const backups = (await backupNames(folder)).flatMap((name) => {
      const parsed = parseBackupFileName(name);
      return parsed ? [{ name, ...parsed }] : [];
    });
    for (const name of backupsToPrune(backups, now)) {
      // The summary goes first: a backup without one is still listed (read whole), a summary alone is not.
      await fileSystem.rm(join(folder, summaryFileName(name)), { force: true });
      await fileSystem.rm(join(folder, name), { force: true });
    }
  }

  async function save(input: unknown, reason: BackupReason): Promise<SaveBackupResult> {
    const problem = snapshotProblem(input);
    if (problem !== null) return { status: 'error', message: `${notSaved}: ${problem}.` };
    const snapshot = workbookSnapshotSchema.parse(input);
    const folder = workbookFolder(snapshot.workbook.id);
    if (folder === null) return { status: 'error', message: `${notSaved}: the workbook's id cannot name a folder.` };
    const now = options.now();
    try {
      if (reason === 'automatic') {
        const newest = await newestAutomaticAt(folder);
        if (newest !== null && isWithinInterval(newest, now)) {
          return { status: 'skipped', newestAutomaticAt: newest.toISOString() };
        }
      }
      await fileSystem.mkdir(folder, { recursive: true });
      const { name, takenAt } = await freeName(folder, now, reason);
      const text = writeWorkbookFile(snapshot, { exportedAt: takenAt.toISOString(), app: options.app });
      const bytes = new TextEncoder().encode(text);
      const summary: BackupSummary = {
        state: 'readable',
        fileName: name,
        takenAt: takenAt.toISOString(),
        reason,
        title: snapshot.workbook.title,
        counts: countsOf(snapshot),
        bytes: bytes.length,
      };
      await writeFileAtomic(join(folder, name), bytes, fileSystem);
      await writeFileAtomic(join(folder, summaryFileName(name)), summaryText(summary), fileSystem);
      // Pruning is tidying: the backup is safe on disk even when an old file cannot be removed.
      await prune(folder, now).catch(() => undefined);
      return { status: 'saved', backup: summary };
    } catch (error) {
      return { status: 'error', message: `${notSaved}: ${describeFileError(error)}.` };
    }
  }

  /** Whether an automatic backup would be written now (none yet, or the newest is an hour old). */
  async function automaticDue(workbookId: string): Promise<boolean> {
    const folder = workbookFolder(workbookId);
    if (folder === null) return false;
    try {
      return !isWithinInterval(await newestAutomaticAt(folder), options.now());
    } catch {
      // An unreadable folder: let the save try, and report why it fails.
      return true;
    }
  }

  async function entryOf(folder: string, fileName: string): Promise<BackupEntry> {
    const path = join(folder, fileName);
    const named = parseBackupFileName(fileName);
    let bytes = 0;
    try {
      bytes = (await fileSystem.stat(path)).size;
      const sidecar = await fileSystem.readFile(join(folder, summaryFileName(fileName))).catch(() => null);
      const summary = sidecar ? parseSummary(new TextDecoder().decode(sidecar), fileName) : null;
      if (summary && summary.bytes === bytes) return summary;
      // No summary, or the file changed since: read it whole to know what it holds.
      const reading = bytes > maxWorkbookFileBytes ? null : readWorkbookBytes(await fileSystem.readFile(path));
      if (reading?.status === 'ok') {
        const takenAt = named?.takenAt.toISOString() ?? reading.snapshot.workbook.updatedAt;
        const reason = named?.reason ?? 'automatic';
        return { state: 'readable', fileName, takenAt, reason, title: reading.snapshot.workbook.title, counts: countsOf(reading.snapshot), bytes };
      }
      const problem = reading ? reading.message : 'This backup is too large to be a Waypoint workbook.';
      return { state: 'unreadable', fileName, takenAt: named?.takenAt.toISOString() ?? null, reason: named?.reason ?? null, bytes, problem };
    } catch {
      return {
        state: 'unreadable',
        fileName,
        takenAt: named?.takenAt.toISOString() ?? null,
        reason: named?.reason ?? null,
        bytes,
        problem: 'This backup file could not be read.',
      };
    }
  }

  /** The workbook's backups, newest first; a file that cannot be read is listed as unreadable. */
  async function list(workbookId: string): Promise<BackupListResult> {
    const folder = workbookFolder(workbookId);
    if (folder === null) return { status: 'ok', backups: [] };
    let names: string[];
    try {
      names = await backupNames(folder);
    } catch {
      return { status: 'error', message: 'The backups folder could not be read.' };
    }
    const entries = await Promise.all(names.map((name) => entryOf(folder, name)));
    return { status: 'ok', backups: entries.sort((a, b) => b.fileName.localeCompare(a.fileName)) };
  }

  /** One backup read back like any workbook file: migrated, validated and repaired, or refused in plain words. */
  async function read(workbookId: string, fileName: string): Promise<WorkbookFileResult> {
    const folder = workbookFolder(workbookId);
    if (folder === null || !isListableName(fileName)) return { status: 'refused', message: 'There is no such backup.' };
    try {
      return readWorkbookBytes(await fileSystem.readFile(join(folder, fileName)));
    } catch (error) {
      return errorCode(error) === 'ENOENT'
        ? { status: 'refused', message: 'This backup is no longer there; it may have been removed.' }
        : { status: 'refused', message: 'This backup file could not be read.' };
    }
  }

  /** The workbook's backup folder, created when it does not exist yet, to show it in the file manager. */
  async function ensureFolder(workbookId: string): Promise<string> {
    const folder = workbookFolder(workbookId) ?? options.folder;
    await fileSystem.mkdir(folder, { recursive: true });
    return folder;
  }

  return { save, automaticDue, list, read, ensureFolder };
}

/** A plain file name of a backup: no folder parts, so a read never leaves the workbook's folder. */
export function isListableName(fileName: string): boolean {
  return fileName.endsWith(backupExtension) && !fileName.startsWith('.') && !/[/\\]/.test(fileName) && fileName.length <= 200;
}
