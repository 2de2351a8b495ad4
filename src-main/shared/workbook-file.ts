import { z } from './zod';
import { isoTimestamp, shortText } from './model-primitives';

/*
 * The envelope of a `.waypoint` workbook file (DESIGN.md §4): what it is, which version of the file
 * format, when and by what it was written, and the workbook snapshot itself. The snapshot inside is
 * validated where it is restored, so its problems are reported by path like any other write.
 */

export const workbookFileFormat = 'waypoint-workbook';
/** What workbook files are named with, dot included. */
export const workbookFileExtension = '.waypoint';
/** The file format version this Waypoint writes and reads. */
export const workbookFileVersion = 1;

export const workbookFileEnvelopeSchema = z.object({
  format: z.literal(workbookFileFormat),
  version: z.number().int().min(1),
  exportedAt: isoTimestamp,
  app: z.object({ name: shortText(120), version: shortText(60) }),
  workbook: z.unknown(),
});
export type WorkbookFileEnvelope = z.infer<typeof workbookFileEnvelopeSchema>;

export type WorkbookFileReading = { ok: true; envelope: WorkbookFileEnvelope } | { ok: false; problem: string };

/**
 * Reads a workbook file's text up to its snapshot, which is left for the restore to validate: enough for
 * the bundled sample. Files from elsewhere go through readWorkbookBytes (workbook-file-read.ts), which
 * also migrates, validates whole and repairs; writeWorkbookFile (workbook-file-write.ts) writes them.
 */
export function readWorkbookFile(text: string): WorkbookFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not a Waypoint workbook file (it is not valid JSON)' };
  }
  const format = typeof data === 'object' && data !== null ? Reflect.get(data, 'format') : undefined;
  if (format !== workbookFileFormat) return { ok: false, problem: 'it is not a Waypoint workbook file' };
  const parsed = workbookFileEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, problem: `its ${issue?.path.join('.') || 'envelope'} is not valid` };
  }
  if (parsed.data.version > workbookFileVersion) {
    return {
      ok: false,
      problem: `it was written by a newer Waypoint (file version ${parsed.data.version}; this one reads version ${workbookFileVersion})`,
    };
  }
  return { ok: true, envelope: parsed.data };
}
