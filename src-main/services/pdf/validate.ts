import { plainIssueMessage } from '../../shared/plain-issues';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../shared/workbook';
import { z } from '../../shared/zod';

/*
 * Validating a snapshot a slice at a time: a large workbook has tens of thousands of rows, and one
 * parse of all of them would hold the main process for most of a second. Each list is checked row
 * by row with a checkpoint between slices; the result is what one parse of the whole would give (the
 * snapshot's lists have no checks of their own beyond their rows').
 */

export type Issue = { path: PropertyKey[]; message: string };
export type Validation = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; issues: Issue[] };

const rowsPerSlice = 500;

export async function validateSnapshot(input: unknown, checkpoint: () => Promise<void>): Promise<Validation> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const whole = workbookSnapshotSchema.safeParse(input, { error: plainIssueMessage });
    return whole.success ? { ok: true, snapshot: whole.data } : { ok: false, issues: whole.error.issues };
  }
  const issues: Issue[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(workbookSnapshotSchema.shape) as Array<[string, z.ZodType]>) {
    const value: unknown = Reflect.get(input, key);
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      const rows: unknown[] = [];
      for (let start = 0; start < value.length; start += rowsPerSlice) {
        value.slice(start, start + rowsPerSlice).forEach((row: unknown, offset) => {
          const result = (schema.element as z.ZodType).safeParse(row, { error: plainIssueMessage });
          if (result.success) rows.push(result.data);
          else issues.push(...result.error.issues.map((issue) => ({ path: [key, start + offset, ...issue.path], message: issue.message })));
        });
        await checkpoint();
      }
      parsed[key] = rows;
    } else {
      const result = schema.safeParse(value, { error: plainIssueMessage });
      if (result.success) parsed[key] = result.data;
      else issues.push(...result.error.issues.map((issue) => ({ path: [key, ...issue.path], message: issue.message })));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, snapshot: parsed as WorkbookSnapshot };
}
