import type { PdfExportProgress } from '@shared/pdf-export';
import { sectionTitles, type SectionId } from '@shared/workbook';

/** How each section is named in the options dialog; the overview prints as the plan on one page. */
export function pdfSectionLabel(section: SectionId): string {
  return section === 'overview' ? 'Summary (the plan on one page)' : sectionTitles[section];
}

/** What the progress bar says: the part being written and the page reached. */
export function describePdfProgress(progress: PdfExportProgress | null): string {
  if (progress === null) return 'Choose where to save the PDF…';
  if (progress.done === progress.total) return `Saving the PDF (${progress.pages} pages)…`;
  const part = progress.part === 'cover' ? 'the cover' : pdfSectionLabel(progress.part);
  return `Writing ${part}, page ${progress.pages}…`;
}
