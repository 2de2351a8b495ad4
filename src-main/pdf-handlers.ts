import { z } from './shared/zod';
import type { HostArgs, HostResult } from './shared/contract';
import { pdfPapers, type PdfExportOptions } from './shared/pdf-export';
import { settingsSchema } from './shared/settings';
import { sectionIds, type WorkbookSnapshot } from './shared/workbook';
import { PdfExports } from './services/files/pdf-export';
import { bundledFontPaths, renderPlanPdf } from './services/pdf';
import type { HostDependencies } from './handlers';

/*
 * Export PDF… (host methods exportPlanPdf, cancelPlanPdf, showExportedPdf): their argument checks
 * and implementations, kept together so handlers.ts only spreads them in.
 */

export type PdfMethod = 'exportPlanPdf' | 'cancelPlanPdf' | 'showExportedPdf';

const pdfExportOptionsSchema: z.ZodType<PdfExportOptions> = z.strictObject({
  paper: z.enum(pdfPapers),
  sections: z
    .array(z.enum(sectionIds))
    .min(1)
    .max(sectionIds.length)
    .refine((sections) => new Set(sections).size === sections.length, 'must not repeat a section'),
  share: z.boolean(),
  locale: settingsSchema.shape.locale,
  currency: settingsSchema.shape.currency,
});

export const pdfArgumentSchemas: { [M in PdfMethod]: z.ZodType<HostArgs<M>> } = {
  // The snapshot is validated whole by the export, which answers with a plain message instead of throwing.
  exportPlanPdf: z.tuple([z.custom<WorkbookSnapshot>(), pdfExportOptionsSchema]),
  cancelPlanPdf: z.tuple([]),
  showExportedPdf: z.tuple([z.string().min(1).max(4096), z.enum(['open', 'folder'])]),
};

type Implementations = { [M in PdfMethod]: (...args: HostArgs<M>) => Promise<HostResult<M>> };

export function pdfImplementations(deps: HostDependencies): Implementations {
  const exports = new PdfExports({
    chooseSavePath: deps.choosePdfSavePath,
    render: (snapshot, options) => renderPlanPdf(snapshot, { ...options, fonts: bundledFontPaths() }),
    writeFileAtomic: deps.writePdfFile,
    now: deps.now,
    onProgress: (progress) => deps.sendToRenderer('pdfExportProgress', progress),
  });
  return {
    exportPlanPdf: (snapshot, options) => exports.export(snapshot, options),
    cancelPlanPdf: async () => exports.cancel(),
    showExportedPdf: async (path, how) => {
      // The renderer may only name a file this session wrote, never an arbitrary path.
      if (!exports.wrote(path)) return { status: 'error', message: 'Waypoint can only open the PDFs it saved since it started.' };
      if (how === 'folder') {
        deps.showItemInFolder(path);
        return { status: 'shown' };
      }
      const failure = await deps.openPath(path);
      return failure === '' ? { status: 'shown' } : { status: 'error', message: `The PDF could not be opened: ${failure}` };
    },
  };
}
