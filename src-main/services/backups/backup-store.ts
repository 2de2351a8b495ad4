import { join } from 'node:path';
import { automaticBackupInterval, type AutomaticBackupCheck, type BackedUpWorkbooksResult, type BackupEntry, type BackupListResult, type BackupReason, type SaveBackupResult } from '../../shared/backups';
import { maxWorkbookFileBytes, readWorkbookBytes, type WorkbookFileResult } from '../../shared/workbook-file-read';
import { writeWorkbookFile } from '../../shared/workbook-file-write';
import { writeFileAtomic } from '../atomic-write';
import { describeFileError, nodeBackupFileSystem, type BackupFileSystem } from './backup-files';
import { errorCode } from '../error-code';
import { validSnapshot } from '../valid-snapshot';
import { backupExtension, backupFileName, isSafeFolderName, parseBackupFileName, summaryFileName } from './backup-names';
import { countsOf, parseSummary, summaryText, type BackupSummary } from './backup-summary';
import { backupsToPrune } from './retention';

export { nodeBackupFileSystem, type BackupFileSystem } from './backup-files';

/*
 * The rolling backups of each workbook, in `<folder>/<workbookId>/<timestamp>-<reason>.waypoint`:
 * ordinary workbook files, so a backup opens anywhere a workbook file does. Plain Node; the file
 * system and the clock are injected so tests can fail writes and move time.
 */

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

  /** The newest backup of any reason and the newest automatic one, from their file names. */
  async function newestTaken(folder: string): Promise<{ any: number | null; automatic: number | null }> {
    let any: number | null = null;
    let automatic: number | null = null;
    for (const name of await backupNames(folder)) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const taken = parsed.takenAt.getTime();
      any = Math.max(any ?? taken, taken);
      if (parsed.reason === 'automatic') automatic = Math.max(automatic ?? taken, taken);
    }
    return { any, automatic };
  }

  /**
   * Not due when a backup taken since the last change holds it already, nor within the hour after the
   * newest automatic backup. A clock set back (newest in the future) does not hold backups back.
   */
  async function check(folder: string, changedAt: Date): Promise<AutomaticBackupCheck> {
    const newest = await newestTaken(folder);
    const now = options.now().getTime();
    if (newest.any !== null && newest.any >= changedAt.getTime() && newest.any <= now) return { due: false, retryAt: null };
    if (newest.automatic === null) return { due: true };
    const since = now - newest.automatic;
    if (since >= 0 && since < automaticBackupInterval) {
      return { due: false, retryAt: new Date(newest.automatic + automaticBackupInterval).toISOString() };
    }
    return { due: true };
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
    const valid = validSnapshot(input);
    if (!valid.ok) return { status: 'error', message: `${notSaved}: ${valid.problem}.` };
    const { snapshot } = valid;
    const folder = workbookFolder(snapshot.workbook.id);
    if (folder === null) return { status: 'error', message: `${notSaved}: the workbook's id cannot name a folder.` };
    const now = options.now();
    try {
      if (reason === 'automatic') {
        const due = await check(folder, new Date(snapshot.workbook.updatedAt));
        if (!due.due) return { status: 'skipped', retryAt: due.retryAt };
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

  /** Whether an automatic backup of a workbook last changed at `changedAt` would be written now. */
  async function automaticDue(workbookId: string, changedAt: string): Promise<AutomaticBackupCheck> {
    const folder = workbookFolder(workbookId);
    if (folder === null) return { due: false, retryAt: null };
    try {
      return await check(folder, new Date(changedAt));
    } catch {
      // An unreadable folder: let the save try, and report why it fails.
      return { due: true };
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
      // The reader speaks of importing; listing a backup imports nothing, so that last sentence goes.
      const problem = reading ? reading.message.replace(/\s*Nothing was imported\.$/, '') : 'This backup is too large to be a Waypoint workbook.';
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

  /**
   * Every workbook with a readable backup, newest backup first: how a workbook deleted from the app (its
   * last backup taken just before) can still be found and restored.
   */
  async function listWorkbooks(): Promise<BackedUpWorkbooksResult> {
    let folders: string[];
    try {
      folders = (await fileSystem.readdir(options.folder)).filter(isSafeFolderName);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { status: 'ok', workbooks: [] };
      return { status: 'error', message: 'The backups folder could not be read.' };
    }
    const listed = await Promise.all(
      folders.map(async (workbookId) => {
        const listing = await list(workbookId).catch(() => null);
        if (listing?.status !== 'ok') return [];
        const newest = listing.backups.find((entry) => entry.state === 'readable');
        return newest?.state === 'readable' ? [{ workbookId, title: newest.title, newest, backups: listing.backups.length }] : [];
      }),
    );
    return { status: 'ok', workbooks: listed.flat().sort((a, b) => b.newest.takenAt.localeCompare(a.newest.takenAt)) };
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

  return { save, automaticDue, list, listWorkbooks, read, ensureFolder };
}

/** A plain file name of a backup: no folder parts, so a read never leaves the workbook's folder. */
export function isListableName(fileName: string): boolean {
  return fileName.endsWith(backupExtension) && !fileName.startsWith('.') && !/[/\\]/.test(fileName) && fileName.length <= 200;
}
