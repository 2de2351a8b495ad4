import { basename, extname } from 'node:path';
import type {
  CalendarFileSaveResult,
  JsonResumeAddResult,
  JsonResumeOpenResult,
  JsonResumeOpening,
  WorkbookFileSaveResult,
} from '../../shared/contract';
import { megabytes } from '../../shared/file-text';
import { validSnapshot } from '../valid-snapshot';
import { describeReadProblem, describeWriteProblem } from '../files/file-problems';
import { workbookFileName, type WorkbookFileAccess } from '../files/workbook-files';
import { planDates, workbookToCalendar } from './calendar';
import { maxResumeBytes, readJsonResume } from './json-resume';
import { addResumeToSnapshot } from './json-resume-merge';
import { workbookToMarkdown } from './markdown';

/*
 * The other formats in the app: Markdown and calendar exports written where the save dialog says, and
 * JSON Resume files read into a preview. Like workbook files, the dialogs and the file system come in as
 * arguments and every outcome is a value; nothing here stores a workbook.
 */

export type OtherFormat = 'markdown' | 'calendar';

export interface FormatExportContext {
  /** The save dialog for the format: the chosen path, or null when cancelled. */
  chooseSavePath(format: OtherFormat, defaultFileName: string): Promise<string | null>;
  files: WorkbookFileAccess;
  /** The person's today, as an ISO day. */
  today(): string;
  appVersion(): string;
}

export interface ResumeReadContext {
  files: WorkbookFileAccess;
  newId(): string;
  now(): Date;
}

/** The workbook's title as a file name with this extension (and a note when it is the shared version). */
export function exportFileName(title: string, extension: string, note?: string): string {
  const base = workbookFileName(note ? `${title} (${note})` : title).replace(/\.waypoint$/, '');
  return `${base}${extension}`;
}

/** A dialog on Linux may return the name as typed: a name without an extension gets the format's. */
function withExtension(path: string, extension: string): string {
  return extname(path) === '' ? `${path}${extension}` : path;
}

function notExported(what: string, problem: string) {
  return { status: 'failed' as const, message: `The ${what} was not exported: it holds something Waypoint cannot read (${problem}).` };
}

async function writeChosen(path: string, text: string, files: WorkbookFileAccess, what: string): Promise<string | null> {
  try {
    await files.writeFileAtomic(path, text);
    return null;
  } catch (error) {
    return `The ${what} was not exported. ${describeWriteProblem(error)}`;
  }
}

export async function exportMarkdown(input: unknown, options: { share: boolean }, context: FormatExportContext): Promise<WorkbookFileSaveResult> {
  const valid = validSnapshot(input);
  if (!valid.ok) return notExported('plan', valid.problem);
  const { snapshot } = valid;
  const chosen = await context.chooseSavePath('markdown', exportFileName(snapshot.workbook.title, '.md', options.share ? 'to share' : undefined));
  if (chosen === null) return { status: 'cancelled' };
  const path = withExtension(chosen, '.md');
  const text = workbookToMarkdown(snapshot, { share: options.share, today: context.today() });
  const problem = await writeChosen(path, text, context.files, 'plan');
  return problem === null ? { status: 'saved', path } : { status: 'failed', message: problem };
}

/**
 * A plan without dates writes no file: an empty calendar imported into a calendar app shows nothing and
 * looks like a failure, so the person is told what to date instead, before any dialog.
 */
export async function exportCalendar(input: unknown, context: FormatExportContext): Promise<CalendarFileSaveResult> {
  const valid = validSnapshot(input);
  if (!valid.ok) return notExported('calendar', valid.problem);
  const { snapshot } = valid;
  const today = context.today();
  const events = planDates(snapshot, today).length;
  if (events === 0) {
    return {
      status: 'no-dates',
      message: `“${snapshot.workbook.title}” has no dates for a calendar yet. Give a milestone a target date, a learning action a due date or a person a follow-up, then export the calendar again.`,
    };
  }
  const chosen = await context.chooseSavePath('calendar', exportFileName(snapshot.workbook.title, '.ics'));
  if (chosen === null) return { status: 'cancelled' };
  const path = withExtension(chosen, '.ics');
  const text = workbookToCalendar(snapshot, { today, appVersion: context.appVersion() });
  const problem = await writeChosen(path, text, context.files, 'calendar');
  return problem === null ? { status: 'saved', path, events } : { status: 'failed', message: problem };
}

/** Reads the bytes of a résumé into a preview and the workbook it would become. */
export function readResumeBytes(bytes: Uint8Array, fileName: string, context: Omit<ResumeReadContext, 'files'>): JsonResumeOpening {
  const result = readJsonResume(bytes, { newId: context.newId, now: context.now().toISOString() });
  return { ...result, fileName };
}

/** Reads a résumé from a path main chose: too large is refused unread. */
export async function readResumeAt(path: string, context: ResumeReadContext): Promise<JsonResumeOpening> {
  const fileName = basename(path);
  const refused = (message: string): JsonResumeOpening => ({ status: 'refused', message, fileName });
  try {
    const info = await context.files.stat(path);
    if (!info.isFile()) return refused('That is a folder, not a résumé file.');
    if (info.size > maxResumeBytes) {
      return refused(`This file is too large to be a résumé (${megabytes(info.size)}; the largest Waypoint reads is ${megabytes(maxResumeBytes)}).`);
    }
    return readResumeBytes(await context.files.readFile(path), fileName, context);
  } catch (error) {
    return refused(describeReadProblem(error).replace('a workbook file', 'a résumé file'));
  }
}

export async function importResumeWithDialog(chooseOpenPath: () => Promise<string | null>, context: ResumeReadContext): Promise<JsonResumeOpenResult> {
  const path = await chooseOpenPath();
  if (path === null) return { status: 'cancelled' };
  return readResumeAt(path, context);
}

/** The open workbook with what the résumé adds; both arrive from the renderer, so both are checked. */
export function addResume(existingInput: unknown, resumeInput: unknown, newId: () => string): JsonResumeAddResult {
  const existing = validSnapshot(existingInput);
  if (!existing.ok) return { status: 'failed', message: `Nothing was added: the open workbook holds something Waypoint cannot read (${existing.problem}).` };
  const resume = validSnapshot(resumeInput);
  if (!resume.ok) return { status: 'failed', message: `Nothing was added: the résumé’s workbook is not valid (${resume.problem}).` };
  const merged = addResumeToSnapshot(existing.snapshot, resume.snapshot, newId);
  const checked = validSnapshot(merged.snapshot);
  if (!checked.ok) return { status: 'failed', message: `Nothing was added: the result would not be a valid workbook (${checked.problem}).` };
  return { status: 'ok', snapshot: checked.snapshot, added: merged.added, skipped: merged.skipped };
}
