import { collections, repeatedIds } from './collections';
import { formatIssuePath, plainIssueMessage } from './plain-issues';
import { workbookSnapshotSchema, type WorkbookSnapshot } from './workbook';
import { workbookFileEnvelopeSchema, workbookFileFormat, workbookFileVersion } from './workbook-file';
import { migrate, workbookMigrations, type WorkbookMigrations } from './workbook-file-migrations';
import { repairDanglingReferences } from './workbook-file-references';
import { decodeText, endsPartWay, megabytes } from './file-text';

export { endsPartWay };

/*
 * Reading a `.waypoint` file from its bytes: every way a file can be wrong gets its own message in plain
 * words, and a file that reads is migrated to the current version, validated whole, and its dangling
 * links repaired. Pure: nothing is written here, so a refused file changes nothing.
 */

export type WorkbookFileResult =
  | { status: 'ok'; snapshot: WorkbookSnapshot; warnings: string[] }
  | { status: 'refused'; message: string };

export const maxWorkbookFileBytes = 50 * 1024 * 1024;
/** How many structural problems a refusal lists before it only says how many more there are. */
export const listedProblems = 10;

const refused = (message: string): WorkbookFileResult => ({ status: 'refused', message });

const notAWorkbook = 'This file is not a Waypoint workbook';

/** The text of the file, or why it is not text. */
function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: `${notAWorkbook}: it holds binary data (like an image or an archive), not text.` };
  return { ok: true, text };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    if (endsPartWay(text)) {
      return {
        ok: false,
        message: 'This workbook file ends part-way through: it was probably cut off while it was saved or copied. Nothing was imported.',
      };
    }
    return { ok: false, message: `${notAWorkbook}: its text is not JSON, the format workbook files are written in.` };
  }
}

function quoted(text: string): string {
  return text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`;
}

/** Why JSON that is not marked as a Waypoint workbook is refused. */
function otherFormatMessage(data: unknown): string {
  const format = typeof data === 'object' && data !== null && !Array.isArray(data) ? Reflect.get(data, 'format') : undefined;
  if (typeof format === 'string' && format.trim() !== '') {
    return `${notAWorkbook}: it says it is a ${quoted(format)} file, probably from another app.`;
  }
  return `${notAWorkbook}: it is JSON, but not marked as a Waypoint workbook (it may belong to another app).`;
}

/** Plain-words problems, one per path, in the order the file holds them. */
function problemsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, whole: string): string[] {
  const byPath = new Map<string, string>();
  for (const issue of issues) {
    const path = formatIssuePath(issue.path);
    if (!byPath.has(path)) byPath.set(path, `${path || whole} ${issue.message}`);
  }
  return [...byPath.values()];
}

/** Ids repeat only in a broken file: the database keys rows by id, so one would overwrite the other. */
function duplicateIdProblems(snapshot: WorkbookSnapshot): string[] {
  return repeatedIds(snapshot).map(
    ({ collection, index }) => `${collection}[${index}].id is used by another ${collections[collection].noun} in this file`,
  );
}

function structuralRefusal(problems: readonly string[]): WorkbookFileResult {
  const listed = problems.slice(0, listedProblems);
  const more = problems.length - listed.length;
  const lines = [...listed, ...(more > 0 ? [`and ${more.toLocaleString('en')} more`] : [])];
  const lead = problems.length === 1 ? 'This workbook file has a problem' : 'This workbook file has problems';
  return refused(`${lead}, so nothing was imported:\n${lines.join('\n')}`);
}

/** Reads, migrates, validates and repairs a workbook file; never throws, never writes. */
export function readWorkbookBytes(bytes: Uint8Array, migrations: WorkbookMigrations = workbookMigrations): WorkbookFileResult {
  if (bytes.length === 0) return refused('This file is empty: it holds no workbook.');
  if (bytes.length > maxWorkbookFileBytes) {
    return refused(
      `This file is too large to be a Waypoint workbook (${megabytes(bytes.length)}; the largest Waypoint opens is ${megabytes(maxWorkbookFileBytes)}).`,
    );
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return refused(decoded.message);
  if (decoded.text.trim() === '') return refused('This file is empty: it holds only blank space, no workbook.');
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return refused(parsed.message);
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'format') !== workbookFileFormat) {
    return refused(otherFormatMessage(data));
  }

  const version: unknown = Reflect.get(data, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return refused('This workbook file does not say which version of the file format it is written in, so Waypoint cannot read it.');
  }
  if (version > workbookFileVersion) {
    return refused(`This file was made by a newer version of Waypoint (file version ${version}). Update Waypoint to open it.`);
  }
  const migrated = migrate({ version, workbook: Reflect.get(data, 'workbook') }, migrations);
  if (!migrated.ok) return refused(migrated.message);

  const envelope = workbookFileEnvelopeSchema.safeParse({ ...data, version: migrated.version }, { error: plainIssueMessage });
  const snapshot = workbookSnapshotSchema.safeParse(migrated.workbook, { error: plainIssueMessage });
  const problems = [
    ...(envelope.success ? [] : problemsOf(envelope.error.issues, 'the file')),
    ...(snapshot.success ? duplicateIdProblems(snapshot.data) : problemsOf(snapshot.error.issues, 'the workbook in the file')),
  ];
  if (problems.length > 0 || !snapshot.success) return structuralRefusal(problems);

  const repaired = repairDanglingReferences(snapshot.data);
  return { status: 'ok', snapshot: repaired.snapshot, warnings: repaired.warnings };
}
