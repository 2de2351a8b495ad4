import { getContext, setContext } from 'svelte';
import { type WaypointDatabase, type Repositories, describeStorageError } from '../db';
import { host } from '../host';
import { DraftRecovery } from './draft-recovery';
import { Navigation } from './navigation.svelte';
import { PendingEdits } from './pending-edits.svelte';
import { SaveStatus } from './save-status.svelte';
import { SettingsState } from './settings.svelte';
import { UndoStack } from './undo.svelte';
import { WorkbookState } from './workbooks.svelte';
import { WorkbookFiles } from './workbook-files.svelte';
import { OtherFormats } from './other-formats.svelte';
import { Writer } from './writer.svelte';
import { AutomaticBackups } from './automatic-backups.svelte';
import { PdfExport } from './pdf-export.svelte';
import { focusWhenShown } from './focus';

/** Everything the shell and the sections share; created once by App.svelte and read through context. */
export class AppState {
  readonly saveStatus = new SaveStatus();
  readonly pendingEdits = new PendingEdits();
  readonly undo = new UndoStack();
  /** Text typed but not stored when the page goes away, taken back after a reload. */
  readonly draftRecovery = new DraftRecovery(typeof sessionStorage === 'undefined' ? null : sessionStorage);
  /** The one write path: every section state writes through it. */
  readonly writer = new Writer(this.saveStatus, this.pendingEdits, this.undo);
  readonly navigation = new Navigation();
  readonly settings: SettingsState;
  readonly workbooks: WorkbookState;
  /** Export and import of workbook files. */
  readonly files: WorkbookFiles;
  /** Markdown and calendar exports, JSON Resume import; their notices show with the files'. */
  readonly formats: OtherFormats;
  /** Export PDF…: the options dialog, progress and the saved file's notice. */
  readonly pdf: PdfExport;
  /** Sends a backup of each workbook to the host a while after it changes (App.svelte feeds it the list). */
  readonly automaticBackups: AutomaticBackups;
  sidebarCollapsed = $state(false);
  /** Set when the database cannot be opened at all; the app shows only this message. */
  openFailure = $state<string | null>(null);
  /** Set while another window holds or has replaced the database; edits cannot be saved meanwhile. */
  connectionProblem = $state<string | null>(null);

  constructor(
    readonly db: WaypointDatabase,
    readonly repositories: Repositories,
  ) {
    this.settings = new SettingsState(repositories, this.writer);
    this.workbooks = new WorkbookState(repositories, this.writer, this.pendingEdits, host);
    this.files = new WorkbookFiles(this.workbooks, repositories, this.pendingEdits);
    this.formats = new OtherFormats(this.workbooks, repositories, this.pendingEdits, (notice) => (this.files.notice = notice));
    this.pdf = new PdfExport(this.workbooks, repositories, this.pendingEdits, this.settings);
    this.automaticBackups = new AutomaticBackups(repositories, host);
    this.undo.connect({
      openWorkbook: (workbookId) => this.workbooks.open(workbookId),
      focusAfterUndo: (selector) => focusWhenShown(selector),
    });
    db.onConnectionProblem((problem) => (this.connectionProblem = problem));
  }

  async start(): Promise<void> {
    const opened = await this.db.openSafely();
    if (opened.status === 'failed') {
      this.openFailure = opened.message;
      return;
    }
    try {
      await this.workbooks.restoreLastOpened();
    } catch (error) {
      this.openFailure = describeStorageError(error, 'read');
    }
  }

  /**
   * A reload or a hidden window may be the last chance to write what was just typed: pending edits are
   * written then too, not only when the host asks before closing. A reload may end the page before
   * those writes are stored, so unsaved text is also kept in the window's session storage.
   */
  flushWhenLeaving(target: Window): () => void {
    const flush = () => void this.pendingEdits.flushAll();
    const leave = () => {
      flush();
      this.draftRecovery.keep();
    };
    const onVisibility = () => {
      if (target.document.visibilityState === 'hidden') flush();
    };
    target.addEventListener('pagehide', leave);
    target.addEventListener('beforeunload', leave);
    target.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      target.removeEventListener('pagehide', leave);
      target.removeEventListener('beforeunload', leave);
      target.document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  /** Answers the host's "about to close" request once every pending edit is written. */
  async flushForClose(requestId: string): Promise<void> {
    await this.pendingEdits.flushAll();
    await host.closeReady(requestId);
  }
}

const key = Symbol('waypoint-app');

export function provideApp(app: AppState): void {
  setContext(key, app);
}

export function useApp(): AppState {
  const app = getContext<AppState | undefined>(key);
  if (!app) throw new Error('useApp() called outside the app shell');
  return app;
}
