/*
 * The host contract: every method the renderer may call on the host and every event the host
 * sends to the renderer, declared once. Main's handler table, the preload bridge and the
 * renderer's host.ts are all derived from these declarations.
 *
 * The preload bundles this file, so it holds plain data and types only (no zod, no Node, no DOM).
 */
import type { SectionId, WorkbookSnapshot } from './workbook';
import type { ThemePreference } from './settings';
import type { AutomaticBackupCheck, BackedUpWorkbooksResult, BackupListResult, BackupReason, SaveBackupResult, ShowBackupsFolderResult } from './backups';
import type { WorkbookFileResult } from './workbook-file-read';
import type { PdfExportOptions, PdfExportProgress, PdfExportResult, ShowExportedPdfResult } from './pdf-export';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Folder where the app keeps its data (the workbook database, window state). */
  dataFolder: string;
}

/** Menu items and shortcuts handled by the renderer. */
export type MenuCommand =
  | { kind: 'new-workbook' }
  | { kind: 'open-settings' }
  | { kind: 'toggle-sidebar' }
  | { kind: 'undo-delete' }
  | { kind: 'open-search' }
  | { kind: 'open-backups' }
  | { kind: 'go-to-section'; section: SectionId }
  | { kind: 'export-workbook' }
  | { kind: 'import-workbook' }
  // Other formats
  | { kind: 'export-markdown'; share: boolean }
  | { kind: 'export-calendar' }
  | { kind: 'import-json-resume' }
  | { kind: 'export-pdf' };

// Workbook files (.waypoint): export, import and files opened with the app.

/** Where an export went; a cancelled dialog is not a failure. */
export type WorkbookFileSaveResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A workbook file main has read (or refused), with the name of the file to show. */
export type WorkbookFileOpening = WorkbookFileResult & { fileName: string };

export type WorkbookFileOpenResult = WorkbookFileOpening | { status: 'cancelled' };

// Other formats: Markdown, iCalendar and JSON Resume (services/exports).

/** A calendar export also says how many events it wrote; a plan with no dates writes no file. */
export type CalendarFileSaveResult =
  | { status: 'saved'; path: string; events: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'no-dates'; message: string };

export interface JsonResumeCounts {
  work: number;
  education: number;
  volunteer: number;
  projects: number;
  skills: number;
  certificates: number;
}

/** A résumé main has read into a new workbook (nothing written yet), or why it cannot be. */
export type JsonResumeOpening =
  | {
      status: 'ok';
      snapshot: WorkbookSnapshot;
      preview: { owner: { name: string; headline: string }; counts: JsonResumeCounts; warnings: string[] };
      fileName: string;
    }
  | { status: 'refused'; message: string; fileName: string };

export type JsonResumeOpenResult = JsonResumeOpening | { status: 'cancelled' };

/** The open workbook with what a résumé adds (only what is not there by name), to store after a backup. */
export type JsonResumeAddResult =
  | {
      status: 'ok';
      snapshot: WorkbookSnapshot;
      added: { skills: number; experiences: number; learningActions: number };
      skipped: { skills: string[]; experiences: string[]; learningActions: string[] };
    }
  | { status: 'failed'; message: string };

/** Each method: its argument tuple and what its promise resolves to. */
export interface HostMethodTypes {
  getAppInfo: { args: []; result: AppInfo };
  /** Makes native UI (menus, title bar, dialogs) follow the theme chosen in Settings. */
  setThemeSource: { args: [theme: ThemePreference]; result: void };
  /** The renderer has flushed pending edits for this close request; the window may close now. */
  closeReady: { args: [requestId: string]; result: void };

  // Workbook files
  /** Asks where to save, then writes the snapshot as a .waypoint file. */
  exportWorkbookFile: { args: [snapshot: WorkbookSnapshot]; result: WorkbookFileSaveResult };
  /** Asks which file to open, then reads it: nothing is written until the renderer imports the snapshot. */
  importWorkbookFile: { args: []; result: WorkbookFileOpenResult };
  /** Reads the bytes of a file the renderer was given (dropped on the window); main opens no path for it. */
  readWorkbookFileBytes: { args: [bytes: Uint8Array]; result: WorkbookFileResult };
  /** The files given with the app (command line, a second launch, macOS open-file) since the last call, read. */
  takeOpenedWorkbookFiles: { args: []; result: WorkbookFileOpening[] };
  // Other formats
  /** Asks where to save, then writes the plan as Markdown; `share` leaves out every private field. */
  exportMarkdownFile: { args: [snapshot: WorkbookSnapshot, options: { share: boolean }]; result: WorkbookFileSaveResult };
  /** Asks where to save, then writes the plan's dates as an .ics calendar; without dates, asks nothing. */
  exportCalendarFile: { args: [snapshot: WorkbookSnapshot]; result: CalendarFileSaveResult };
  /** Asks which résumé to open, then reads it into a preview: nothing is written until the renderer stores it. */
  importJsonResumeFile: { args: []; result: JsonResumeOpenResult };
  /** Reads the bytes of a résumé dropped on the window. */
  readJsonResumeBytes: { args: [bytes: Uint8Array, fileName: string]; result: JsonResumeOpening };
  /** The open workbook's snapshot with what the résumé adds; nothing is stored here. */
  addJsonResume: { args: [existing: WorkbookSnapshot, resume: WorkbookSnapshot]; result: JsonResumeAddResult };
  // Backups (services/backups): main validates the snapshot, writes it atomically and prunes old ones.
  /** Keeps a backup of the workbook the snapshot holds; an automatic one within the hour is skipped. */
  saveBackup: { args: [snapshot: WorkbookSnapshot, reason: BackupReason]; result: SaveBackupResult };
  /** Whether an automatic backup of the workbook, last changed at `changedAt`, would be written now. */
  automaticBackupDue: { args: [workbookId: string, changedAt: string]; result: AutomaticBackupCheck };
  /** The workbook's backups, newest first; damaged files are listed as unreadable. */
  listBackups: { args: [workbookId: string]; result: BackupListResult };
  /** Every workbook that has backups, deleted ones included, with its newest backup. */
  listBackedUpWorkbooks: { args: []; result: BackedUpWorkbooksResult };
  /** One backup read back like any workbook file (migrated, validated), or why it cannot be. */
  readBackup: { args: [workbookId: string, fileName: string]; result: WorkbookFileResult };
  /** Opens the workbook's backups folder in the system's file manager. */
  showBackupsFolder: { args: [workbookId: string]; result: ShowBackupsFolderResult };
  // PDF (Export PDF…): main renders the plan (services/pdf), reporting pdfExportProgress, then writes it.
  /** Asks where to save, renders the plan with these options and writes it; one export at a time. */
  exportPlanPdf: { args: [snapshot: WorkbookSnapshot, options: PdfExportOptions]; result: PdfExportResult };
  /** Stops the export under way; it resolves as cancelled and writes nothing. */
  cancelPlanPdf: { args: []; result: void };
  /** Opens a PDF this session saved, or shows it in the file manager. */
  showExportedPdf: { args: [path: string, how: 'open' | 'folder']; result: ShowExportedPdfResult };
}

export interface HostEventTypes {
  menuCommand: MenuCommand;
  /** The window is about to close: flush pending edits, then call closeReady(requestId). */
  flushRequest: { requestId: string };
  /** Files were given with the app: call takeOpenedWorkbookFiles. Files given before the renderer listened wait there. */
  workbookFilesOpened: Record<string, never>;
  /** PDF: how far the export under way is. */
  pdfExportProgress: PdfExportProgress;
}

export type HostMethod = keyof HostMethodTypes;
export type HostEvent = keyof HostEventTypes;
export type HostArgs<M extends HostMethod> = HostMethodTypes[M]['args'];
export type HostResult<M extends HostMethod> = HostMethodTypes[M]['result'];

export const methodChannels = {
  getAppInfo: 'waypoint:app:get-info',
  setThemeSource: 'waypoint:app:set-theme-source',
  closeReady: 'waypoint:window:close-ready',
  exportWorkbookFile: 'waypoint:files:export-workbook',
  importWorkbookFile: 'waypoint:files:import-workbook',
  readWorkbookFileBytes: 'waypoint:files:read-workbook-bytes',
  takeOpenedWorkbookFiles: 'waypoint:files:take-opened-workbooks',
  exportMarkdownFile: 'waypoint:formats:export-markdown',
  exportCalendarFile: 'waypoint:formats:export-calendar',
  importJsonResumeFile: 'waypoint:formats:import-json-resume',
  readJsonResumeBytes: 'waypoint:formats:read-json-resume-bytes',
  addJsonResume: 'waypoint:formats:add-json-resume',
  saveBackup: 'waypoint:backups:save',
  automaticBackupDue: 'waypoint:backups:automatic-due',
  listBackups: 'waypoint:backups:list',
  listBackedUpWorkbooks: 'waypoint:backups:list-workbooks',
  readBackup: 'waypoint:backups:read',
  showBackupsFolder: 'waypoint:backups:show-folder',
  exportPlanPdf: 'waypoint:pdf:export',
  cancelPlanPdf: 'waypoint:pdf:cancel',
  showExportedPdf: 'waypoint:pdf:show-exported',
} as const satisfies Record<HostMethod, string>;

export const eventChannels = {
  menuCommand: 'waypoint:event:menu-command',
  flushRequest: 'waypoint:event:flush-request',
  workbookFilesOpened: 'waypoint:event:workbook-files-opened',
  pdfExportProgress: 'waypoint:event:pdf-export-progress',
} as const satisfies Record<HostEvent, string>;

export type Unsubscribe = () => void;

/** What the renderer sees as `window.waypoint`. */
export type WaypointHost = {
  readonly [M in HostMethod]: (...args: HostArgs<M>) => Promise<HostResult<M>>;
} & {
  on<E extends HostEvent>(event: E, listener: (payload: HostEventTypes[E]) => void): Unsubscribe;
};

/** How a bridge reaches the host; the preload passes ipcRenderer, the e2e harness a test binding. */
export interface HostTransport {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): Unsubscribe;
}

/**
 * Builds the host object from the channel maps. The transport is untyped by nature, so this is
 * the one place where results are asserted to match the contract; main validates every argument.
 */
export function createHostBridge(transport: HostTransport): WaypointHost {
  const methods = Object.fromEntries(
    Object.entries(methodChannels).map(([method, channel]) => [
      method,
      (...args: unknown[]) => transport.invoke(channel, args),
    ]),
  );
  const on = (event: HostEvent, listener: (payload: never) => void): Unsubscribe =>
    transport.subscribe(eventChannels[event], listener as (payload: unknown) => void);
  return Object.freeze({ ...methods, on }) as unknown as WaypointHost;
}
