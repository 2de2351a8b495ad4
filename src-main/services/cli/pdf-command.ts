import type { SectionId, WorkbookSnapshot } from '../../shared/workbook';
import { bundledFontPaths, renderPlanPdf } from '../pdf';

/*
 * `waypoint pdf`: the printed plan from a terminal, with the fonts that come with Waypoint. A
 * refusal (a section that does not exist) is a message; a terminal has nothing to cancel with.
 */

export type PlanPdfOutcome = { status: 'ok'; bytes: Uint8Array; pages: number } | { status: 'refused'; message: string };

export async function planPdf(
  snapshot: WorkbookSnapshot,
  options: { now: Date; letter: boolean; share: boolean; sections: readonly SectionId[] | null },
): Promise<PlanPdfOutcome> {
  const result = await renderPlanPdf(snapshot, {
    paper: options.letter ? 'letter' : 'a4',
    share: options.share,
    now: options.now,
    fonts: bundledFontPaths(),
    ...(options.sections === null ? {} : { sections: options.sections }),
  });
  if (result.status === 'cancelled') return { status: 'refused', message: 'The PDF was cancelled before it was finished.' };
  return result;
}
