/*
 * The PDF service: renderPlanPdf turns a workbook snapshot into the printed plan; the fonts it needs
 * come with the app (bundledFontPaths) or are handed in by the caller.
 */
export { renderPlanPdf, type Paper, type PdfProgress, type PlanPdfOptions, type PlanPdfResult } from './render';
export { bundledFontPaths, loadBundledFonts, type FontSource, type PdfFonts } from './fonts';
