import { collections, repeatedIds } from '../shared/collections';
import { formatIssuePath, plainIssueMessage } from '../shared/plain-issues';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../shared/workbook';

/* A snapshot the renderer sent, checked in main before anything is written from it (backups, exports, the PDF). */

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
