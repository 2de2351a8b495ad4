import type { z } from '@shared/zod';
import { formatIssuePath, plainIssueMessage } from '@shared/plain-issues';

/*
 * Expected outcomes of a write are values, not exceptions: the UI shows `issues` next to the
 * fields and `message` in a toast. Messages are written for the person using Waypoint, never a stack trace.
 */

/** `path` reads like `proficiency` or `evidence[2].result`; `message` is plain words ("must be between 1 and 5"). */
export type FieldIssue = { path: string; message: string };

export type WriteResult<T> =
  | { status: 'saved'; value: T }
  | { status: 'invalid'; issues: FieldIssue[] }
  | { status: 'failed'; message: string };

export type WriteRejection = Exclude<WriteResult<never>, { status: 'saved' }>;

export const saved = <T>(value: T): WriteResult<T> => ({ status: 'saved', value });
export const invalid = (issues: FieldIssue[]): WriteRejection => ({ status: 'invalid', issues });
export const failed = (message: string): WriteRejection => ({ status: 'failed', message });

// ---------------------------------------------------------------------------------------------
// Validation

export { formatIssuePath };

type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parses with plain-language messages; the value is zod's output (trimmed, unknown keys dropped). */
export function validate<T>(schema: z.ZodType<T>, input: unknown, pathPrefix: PropertyKey[] = []): Validation<T> {
  const result = schema.safeParse(input, { error: plainIssueMessage });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatIssuePath([...pathPrefix, ...issue.path]),
      message: issue.message,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Storage errors

type StorageOperation = 'save' | 'open' | 'read';

type Reason = 'quota' | 'newer' | 'closed' | 'unavailable' | 'duplicate' | 'unstorable' | 'interrupted' | 'missing';

/** Most specific first: a wrapper (AbortError, OpenFailedError) names the symptom, its inner error the cause. */
const reasonByErrorName: ReadonlyArray<[string, Reason]> = [
  ['QuotaExceededError', 'quota'],
  ['VersionError', 'newer'],
  ['DatabaseClosedError', 'closed'],
  ['InvalidStateError', 'unavailable'],
  ['UnknownError', 'unavailable'],
  ['MissingAPIError', 'unavailable'],
  ['ConstraintError', 'duplicate'],
  ['DataCloneError', 'unstorable'],
  ['DataError', 'unstorable'],
  ['TimeoutError', 'interrupted'],
  ['TransactionInactiveError', 'interrupted'],
  ['AbortError', 'interrupted'],
  ['MissingWorkbookError', 'missing'],
];

const messages: Record<Reason, Record<StorageOperation, string>> = {
  quota: {
    save: 'Waypoint could not save because the disk is full. Free some space; your last change was not stored.',
    open: 'Waypoint could not open your workbooks because the disk is full. Free some space, then restart Waypoint.',
    read: 'Waypoint could not read your workbooks because the disk is full. Free some space, then try again.',
  },
  newer: {
    save: 'Your workbooks were saved by a newer version of Waypoint. Update Waypoint to keep working; your last change was not stored.',
    open: 'Your workbooks were saved by a newer version of Waypoint, so this version cannot open them. Update Waypoint; your data has not been changed.',
    read: 'Your workbooks were saved by a newer version of Waypoint. Update Waypoint to read them; your data has not been changed.',
  },
  closed: {
    save: 'This window has stopped saving, possibly because Waypoint was updated in another window. Close this window and open Waypoint again; your last change was not stored.',
    open: 'Waypoint could not open your workbooks in this window, possibly because Waypoint was updated in another window. Close this window and open Waypoint again.',
    read: 'This window has stopped reading your workbooks, possibly because Waypoint was updated in another window. Close this window and open Waypoint again.',
  },
  unavailable: {
    save: 'Waypoint cannot reach its storage right now, so your last change was not stored. Restart Waypoint and try again.',
    open: 'Waypoint cannot reach its storage right now. Restart Waypoint; if that does not help, check that the disk is available and has free space.',
    read: 'Waypoint cannot reach its storage right now. Restart Waypoint and try again.',
  },
  duplicate: {
    save: 'Waypoint could not save because an item with the same id already exists. Your last change was not stored.',
    open: 'Waypoint could not open your workbooks because some stored items clash. Restart Waypoint and try again.',
    read: 'Waypoint could not read your workbooks because some stored items clash. Try again.',
  },
  unstorable: {
    save: 'Waypoint could not save because part of the change is in a form it cannot store. Your last change was not stored.',
    open: 'Waypoint could not open your workbooks because some stored data is damaged. Restart Waypoint and try again.',
    read: 'Waypoint could not read part of your workbooks because some stored data is damaged.',
  },
  missing: {
    save: 'This workbook no longer exists; it may have been deleted in another window. Nothing was saved.',
    open: 'This workbook no longer exists; it may have been deleted in another window.',
    read: 'This workbook no longer exists; it may have been deleted in another window.',
  },
  interrupted: {
    save: 'Saving was interrupted before it finished, so your last change was not stored. Please try again.',
    open: 'Opening your workbooks was interrupted. Restart Waypoint and try again.',
    read: 'Reading your workbooks was interrupted. Please try again.',
  },
};

const genericMessages: Record<StorageOperation, string> = {
  save: 'Something went wrong while saving, so your last change was not stored. Please try again; if it keeps happening, restart Waypoint.',
  open: 'Waypoint could not open your workbooks. Restart Waypoint; if it keeps happening, restore a backup.',
  read: 'Something went wrong while reading your workbooks. Please try again; if it keeps happening, restart Waypoint.',
};

/** Every error in a Dexie error chain: Dexie wraps DOM errors (`inner`), bulk failures (`failures`) and causes. */
function errorNames(error: unknown, seen = new Set<unknown>()): string[] {
  if (typeof error !== 'object' || error === null || seen.has(error)) return [];
  seen.add(error);
  const names: string[] = [];
  const name: unknown = Reflect.get(error, 'name');
  if (typeof name === 'string') names.push(name);
  for (const key of ['inner', 'cause']) names.push(...errorNames(Reflect.get(error, key), seen));
  const failures: unknown = Reflect.get(error, 'failures');
  if (Array.isArray(failures)) for (const failure of failures) names.push(...errorNames(failure, seen));
  return names;
}

/** A message a user understands for any Dexie/DOM error; unknown errors get an honest generic one. */
export function describeStorageError(error: unknown, operation: StorageOperation = 'save'): string {
  const names = new Set(errorNames(error));
  const match = reasonByErrorName.find(([name]) => names.has(name));
  return match ? messages[match[1]][operation] : genericMessages[operation];
}
