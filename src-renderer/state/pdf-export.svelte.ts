import type { PdfExportProgress, PdfExportResult, PdfPaper } from '@shared/pdf-export';
import { defaultPaperFor } from '@shared/pdf-export';
import { sectionIds, type SectionId } from '@shared/workbook';
import type { Repositories } from '../db';
import { host } from '../host';
import type { PendingEdits } from './pending-edits.svelte';
import type { SettingsState } from './settings.svelte';
import type { WorkbookState } from './workbooks.svelte';

/** The last export's outcome, until dismissed: a saved file can be opened or shown in its folder. */
export type PdfNotice = { tone: 'done'; text: string; path: string } | { tone: 'problem'; text: string };

export interface PdfChoices {
  paper: PdfPaper;
  sections: SectionId[];
  share: boolean;
}

function unexpected(action: string): string {
  return `Waypoint could not ${action}: something went wrong inside the app. Try again; if it keeps happening, restart Waypoint.`;
}

/**
 * Export PDF… in the app: the options dialog, then main's save dialog and render (with progress
 * events), then a notice. One export at a time; the choices are kept for the next export this session.
 */
export class PdfExport {
  /** closed; choosing options; or exporting (main's save dialog, then the render). */
  stage = $state<'closed' | 'options' | 'exporting'>('closed');
  /** How far the render is; null before it starts (while the save dialog is open). */
  progress = $state.raw<PdfExportProgress | null>(null);
  notice = $state.raw<PdfNotice | null>(null);
  /** Set when Cancel was pressed and main has not answered yet. */
  cancelling = $state(false);
  #choices: PdfChoices | null = null;

  constructor(
    private readonly workbooks: WorkbookState,
    private readonly repositories: Repositories,
    private readonly pendingEdits: PendingEdits,
    private readonly settings: SettingsState,
  ) {}

  /** The choices the options dialog starts with: the last ones, or every section on the locale's paper. */
  get choices(): PdfChoices {
    return this.#choices ?? { paper: defaultPaperFor(this.settings.value.locale), sections: [...sectionIds], share: false };
  }

  /** Opens the options dialog; while an export runs, its progress stays in view instead. */
  open(): void {
    if (this.stage !== 'closed') return;
    if (!this.workbooks.current) {
      this.notice = { tone: 'problem', text: 'There is no workbook open to export. Open or create one first.' };
      return;
    }
    this.stage = 'options';
  }

  close(): void {
    if (this.stage === 'options') this.stage = 'closed';
  }

  async export(choices: PdfChoices): Promise<PdfExportResult | null> {
    const current = this.workbooks.current;
    if (this.stage !== 'options' || !current) return null;
    this.#choices = choices;
    this.stage = 'exporting';
    this.progress = null;
    this.cancelling = false;
    this.notice = null;
    const stopProgress = host.on('pdfExportProgress', (progress) => {
      if (this.stage === 'exporting') this.progress = progress;
    });
    try {
      await this.pendingEdits.flushAll();
      const snapshot = await this.repositories.workbooks.snapshot(current.id);
      const { locale, currency } = this.settings.value;
      const result = await host.exportPlanPdf(snapshot, { ...choices, locale, currency });
      if (result.status === 'saved') {
        const pages = result.pages === 1 ? '1 page' : `${result.pages} pages`;
        this.notice = { tone: 'done', text: `Saved the PDF of “${current.title}” (${pages}) to ${result.path}`, path: result.path };
      } else if (result.status !== 'cancelled') {
        this.notice = { tone: 'problem', text: result.message };
      }
      return result;
    } catch {
      this.notice = { tone: 'problem', text: unexpected('make the PDF') };
      return null;
    } finally {
      stopProgress();
      this.stage = 'closed';
      this.progress = null;
      this.cancelling = false;
    }
  }

  /** Asks main to stop the render; the export then ends as cancelled and no file is written. */
  async cancel(): Promise<void> {
    if (this.stage !== 'exporting' || this.cancelling) return;
    this.cancelling = true;
    try {
      await host.cancelPlanPdf();
    } catch {
      this.cancelling = false;
    }
  }

  async show(how: 'open' | 'folder'): Promise<void> {
    const notice = this.notice;
    if (notice?.tone !== 'done') return;
    try {
      const result = await host.showExportedPdf(notice.path, how);
      if (result.status === 'error') this.notice = { tone: 'problem', text: result.message };
    } catch {
      this.notice = { tone: 'problem', text: unexpected(how === 'open' ? 'open the PDF' : 'show the PDF in its folder') };
    }
  }

  dismissNotice(): void {
    this.notice = null;
  }
}
