import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { WorkbookFileOpenResult, WorkbookFileOpening, WorkbookFileSaveResult } from '../../shared/contract';
import { workbookFileExtension } from '../../shared/workbook-file';
import { maxWorkbookFileBytes, readWorkbookBytes, tooLargeMessage } from '../../shared/workbook-file-read';
import { writeWorkbookFile, type WorkbookFileStamp } from '../../shared/workbook-file-write';
import { writeFileAtomic } from '../atomic-write';
import { validSnapshot } from '../valid-snapshot';
import { describeReadProblem, describeWriteProblem } from './file-problems';

/*
 * Exporting and importing `.waypoint` files on disk. The dialogs and the file system come in as
 * arguments, so this runs in plain Node tests and the e2e harness; every outcome is a value.
 */

/** The parts of the file system workbook files need; tests inject failures through it. */
export interface WorkbookFileAccess {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFileAtomic(path: string, text: string): Promise<void>;
}

export const nodeWorkbookFileAccess: WorkbookFileAccess = {
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
  writeFileAtomic: (path, text) => writeFileAtomic(path, text),
};

export interface WorkbookExportContext {
  /** The save dialog: the chosen path, or null when cancelled. */
  chooseSavePath(defaultFileName: string): Promise<string | null>;
  files: WorkbookFileAccess;
  stamp(): WorkbookFileStamp;
}

const longestFileTitle = 100;

/** A file name for the workbook's title that every common file system accepts. */
export function workbookFileName(title: string): string {
  const safe = title
    // Characters Windows, macOS or Linux refuse in names, and control characters.
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, longestFileTitle)
    .trim();
  return `${safe || 'Workbook'}${workbookFileExtension}`;
}

/** A dialog on Linux may return the name as typed: a name without an extension gets `.waypoint`. */
export function withWorkbookExtension(path: string): string {
  return extname(path) === '' ? `${path}${workbookFileExtension}` : path;
}

/** Writes the snapshot where the save dialog says; a snapshot that is not valid is refused before the dialog. */
export async function exportWorkbook(input: unknown, context: WorkbookExportContext): Promise<WorkbookFileSaveResult> {
  const valid = validSnapshot(input);
  if (!valid.ok) {
    return { status: 'failed', message: `The workbook was not exported: it holds something a workbook file cannot (${valid.problem}).` };
  }
  const { snapshot } = valid;
  const chosen = await context.chooseSavePath(workbookFileName(snapshot.workbook.title));
  if (chosen === null) return { status: 'cancelled' };
  const path = withWorkbookExtension(chosen);
  const text = writeWorkbookFile(snapshot, context.stamp());
  try {
    await context.files.writeFileAtomic(path, text);
  } catch (error) {
    return { status: 'failed', message: `The workbook was not exported. ${describeWriteProblem(error)}` };
  }
  return { status: 'saved', path };
}

/** Reads a workbook file from a path main chose (a dialog, the command line): too large is refused unread. */
export async function readWorkbookFileAt(path: string, files: WorkbookFileAccess): Promise<WorkbookFileOpening> {
  const fileName = basename(path);
  const refused = (message: string): WorkbookFileOpening => ({ status: 'refused', message, fileName });
  try {
    const info = await files.stat(path);
    if (!info.isFile()) return refused('That is a folder, not a workbook file.');
    if (info.size > maxWorkbookFileBytes) return refused(tooLargeMessage(info.size));
    const bytes = await files.readFile(path);
    return { ...readWorkbookBytes(bytes), fileName };
  } catch (error) {
    return refused(describeReadProblem(error));
  }
}

/** The open dialog, then the file it chose, read. */
export async function importWorkbookWithDialog(
  chooseOpenPath: () => Promise<string | null>,
  files: WorkbookFileAccess,
): Promise<WorkbookFileOpenResult> {
  const path = await chooseOpenPath();
  if (path === null) return { status: 'cancelled' };
  return readWorkbookFileAt(path, files);
}
