/*
 * Exporting the printed plan from the app: the options the renderer chooses, the progress main
 * reports while it renders and how an export ended. Plain data only (the preload bundles the contract).
 */
import type { SectionId } from './workbook';

export const pdfPapers = ['a4', 'letter'] as const;
export type PdfPaper = (typeof pdfPapers)[number];

export interface PdfExportOptions {
  paper: PdfPaper;
  /** At least one; they print in the app's order whatever order they come in. */
  sections: SectionId[];
  /** Leaves out every field the model marks private. */
  share: boolean;
  /** Settings: the language of dates and the document, and the currency of costs. */
  locale: string;
  currency: string;
}

/** How far the render is: parts (the cover, then each section) done of total, and pages so far. */
export interface PdfExportProgress {
  done: number;
  total: number;
  part: 'cover' | SectionId;
  pages: number;
}

/** A cancelled dialog or render is not a failure; `busy` means another export is still running. */
export type PdfExportResult =
  | { status: 'saved'; path: string; pages: number }
  | { status: 'cancelled' }
  | { status: 'busy'; message: string }
  | { status: 'failed'; message: string };

export type ShowExportedPdfResult = { status: 'shown' } | { status: 'error'; message: string };

/** Letter paper where it is the custom (the United States and Canada), A4 everywhere else. */
export function defaultPaperFor(locale: string): PdfPaper {
  const region = locale.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  return region !== undefined && ['US', 'CA'].includes(region.toUpperCase()) ? 'letter' : 'a4';
}
