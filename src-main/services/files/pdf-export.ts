import { extname } from 'node:path';
import type { PdfExportOptions, PdfExportProgress, PdfExportResult } from '../../shared/pdf-export';
import { workbookFileExtension } from '../../shared/workbook-file';
import { validSnapshot } from '../valid-snapshot';
import type { PlanPdfOptions, PlanPdfResult } from '../pdf';
import { describeWriteProblem } from './file-problems';
import { workbookFileName } from './workbook-files';

/*
 * Export PDF… in the app: the save dialog, the render (cancellable, reporting progress) and the
 * write, one export at a time. The dialog, the renderer and the file system come in as arguments,
 * so this runs in plain Node tests and the e2e harness; every outcome is a value.
 */

export interface PdfExportContext {
  /** The save dialog: the chosen path, or null when cancelled. */
  chooseSavePath(defaultFileName: string): Promise<string | null>;
  render(snapshot: unknown, options: Omit<PlanPdfOptions, 'fonts'>): Promise<PlanPdfResult>;
  /** Writes the finished file so that the path never holds half of it. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  now(): Date;
  onProgress(progress: PdfExportProgress): void;
}

export const pdfExtension = '.pdf';

/** The workbook's title as a file name every common file system accepts, ending in .pdf. */
export function pdfFileName(title: string): string {
  return `${workbookFileName(title).slice(0, -workbookFileExtension.length)}${pdfExtension}`;
}

/** A dialog on Linux may return the name as typed: a name without an extension gets `.pdf`. */
export function withPdfExtension(path: string): string {
  return extname(path) === '' ? `${path}${pdfExtension}` : path;
}

export const busyMessage = 'A PDF is being made already. Wait for it to finish, or cancel it, then export again.';

/** Holds the export under way (so it can be cancelled and a second one refused) and the files it wrote. */
export class PdfExports {
  #running: AbortController | null = null;
  readonly #written = new Set<string>();

  constructor(private readonly context: PdfExportContext) {}

  get running(): boolean {
    return this.#running !== null;
  }

  /** Whether this session wrote `path`: only those may be opened or shown on the renderer's word. */
  wrote(path: string): boolean {
    return this.#written.has(path);
  }

  /** Stops the render under way, if any; nothing is written for it. */
  cancel(): void {
    this.#running?.abort();
  }

  async export(input: unknown, options: PdfExportOptions): Promise<PdfExportResult> {
    if (this.#running) return { status: 'busy', message: busyMessage };
    const controller = new AbortController();
    this.#running = controller;
    try {
      return await this.#export(input, options, controller.signal);
    } finally {
      this.#running = null;
    }
  }

  async #export(input: unknown, options: PdfExportOptions, signal: AbortSignal): Promise<PdfExportResult> {
    const valid = validSnapshot(input);
    if (!valid.ok) {
      return { status: 'failed', message: `The PDF was not made: the workbook holds something it cannot (${valid.problem}).` };
    }
    const chosen = await this.context.chooseSavePath(pdfFileName(valid.snapshot.workbook.title));
    if (chosen === null || signal.aborted) return { status: 'cancelled' };
    const path = withPdfExtension(chosen);
    let rendered: PlanPdfResult;
    try {
      rendered = await this.context.render(valid.snapshot, {
        paper: options.paper,
        sections: options.sections,
        share: options.share,
        locale: options.locale,
        currency: options.currency,
        now: this.context.now(),
        onProgress: (progress) => this.context.onProgress(progress),
        signal,
      });
    } catch {
      return { status: 'failed', message: 'The PDF could not be made: something went wrong inside Waypoint. Try again; if it keeps happening, restart Waypoint.' };
    }
    if (rendered.status === 'cancelled') return { status: 'cancelled' };
    if (rendered.status === 'refused') return { status: 'failed', message: rendered.message };
    // A cancel that arrives after the last page is still honoured: nothing has been written yet.
    if (signal.aborted) return { status: 'cancelled' };
    try {
      await this.context.writeFileAtomic(path, rendered.bytes);
    } catch (error) {
      return { status: 'failed', message: `The PDF was not saved. ${describeWriteProblem(error)}` };
    }
    this.#written.add(path);
    return { status: 'saved', path, pages: rendered.pages };
  }
}
