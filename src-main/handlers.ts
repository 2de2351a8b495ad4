import { z } from './shared/zod';
import { themePreferences, type ThemePreference } from './shared/settings';
import type { AppInfo, HostArgs, HostEvent, HostEventTypes, HostMethod, HostResult } from './shared/contract';
import type { WorkbookSnapshot } from './shared/workbook';
import { readWorkbookBytes } from './shared/workbook-file-read';
import {
  exportWorkbook,
  importWorkbookWithDialog,
  nodeWorkbookFileAccess,
  readWorkbookFileAt,
} from './services/files/workbook-files';
import { randomUUID } from 'node:crypto';
import { backupReasons } from './shared/backups';
import { todayIso } from './shared/learning-plan';
import {
  addResume,
  exportCalendar,
  exportMarkdown,
  importResumeWithDialog,
  readResumeBytes,
  type OtherFormat,
} from './services/exports/format-files';
import type { BackupStore } from './services/backups/backup-store';
import { pdfArgumentSchemas, pdfImplementations, type PdfMethod } from './pdf-handlers';

/** Electron's pieces, injected so this table runs in plain Node tests and in the e2e harness. */
export interface HostDependencies {
  appInfo: () => AppInfo;
  setThemeSource: (theme: ThemePreference) => void;
  /** Tells the window that the renderer has flushed pending edits for a close request. */
  closeReady: (requestId: string) => void;

  // Workbook files
  /** The native save dialog for a workbook file: the chosen path, or null when cancelled. */
  chooseWorkbookSavePath: (defaultFileName: string) => Promise<string | null>;
  /** The native open dialog for a workbook file: the chosen path, or null when cancelled. */
  chooseWorkbookOpenPath: () => Promise<string | null>;
  /** Paths of the workbook files given with the app since the last call (see services/files/opened-files.ts). */
  takeOpenedFilePaths: () => string[];
  /** When the file was written, for its `exportedAt`. */
  now: () => Date;
  // Other formats
  /** The native save dialog for a Markdown or calendar export: the chosen path, or null when cancelled. */
  chooseFormatSavePath: (format: OtherFormat, defaultFileName: string) => Promise<string | null>;
  /** The native open dialog for a JSON Resume file: the chosen path, or null when cancelled. */
  chooseJsonResumeOpenPath: () => Promise<string | null>;
  /** Backups: the store of backup files (services/backups) and opening a folder in the file manager. */
  backups: BackupStore;
  /** Electron's shell.openPath: resolves to '' when opened, else an error message. */
  openPath: (path: string) => Promise<string>;

  // PDF
  /** The native save dialog for the printed plan: the chosen path, or null when cancelled. */
  choosePdfSavePath: (defaultFileName: string) => Promise<string | null>;
  /** Writes the finished PDF atomically (services/atomic-write.ts); tests inject failures here. */
  writePdfFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Electron's shell.showItemInFolder. */
  showItemInFolder: (path: string) => void;
  /** Sends an event to the window's renderer (webContents.send). */
  sendToRenderer: <E extends HostEvent>(event: E, payload: HostEventTypes[E]) => void;
}

const workbookIdArgument = z.string().min(1).max(64);

/** Arguments arrive as `unknown` from another process: each method declares how to check them. */
type ArgumentSchemas = { [M in HostMethod]: z.ZodType<HostArgs<M>> };

const argumentSchemas: ArgumentSchemas = {
  getAppInfo: z.tuple([]),
  setThemeSource: z.tuple([z.enum(themePreferences)]),
  closeReady: z.tuple([z.string().min(1).max(100)]),
  // The snapshot is validated whole by the export, which answers with a plain message instead of throwing.
  exportWorkbookFile: z.tuple([z.custom<WorkbookSnapshot>()]),
  importWorkbookFile: z.tuple([]),
  readWorkbookFileBytes: z.tuple([z.instanceof(Uint8Array)]),
  takeOpenedWorkbookFiles: z.tuple([]),
  // Other formats: snapshots are validated whole by the service, which answers with a plain message.
  exportMarkdownFile: z.tuple([z.custom<WorkbookSnapshot>(), z.strictObject({ share: z.boolean() })]),
  exportCalendarFile: z.tuple([z.custom<WorkbookSnapshot>()]),
  importJsonResumeFile: z.tuple([]),
  readJsonResumeBytes: z.tuple([z.instanceof(Uint8Array), z.string().min(1).max(300)]),
  addJsonResume: z.tuple([z.custom<WorkbookSnapshot>(), z.custom<WorkbookSnapshot>()]),
  // The snapshot is validated whole by the backup store, which answers with a plain message instead of throwing.
  saveBackup: z.tuple([z.custom<WorkbookSnapshot>(), z.enum(backupReasons)]),
  automaticBackupDue: z.tuple([workbookIdArgument, z.iso.datetime({ offset: true })]),
  listBackups: z.tuple([workbookIdArgument]),
  listBackedUpWorkbooks: z.tuple([]),
  readBackup: z.tuple([workbookIdArgument, z.string().min(1).max(200)]),
  showBackupsFolder: z.tuple([workbookIdArgument]),
  ...pdfArgumentSchemas,
};

export type HandlerTable = {
  [M in HostMethod]: (args: readonly unknown[]) => Promise<HostResult<M>>;
};

export class InvalidArgumentsError extends Error {
  constructor(method: HostMethod, issues: string) {
    super(`Invalid arguments for ${method}: ${issues}`);
    this.name = 'InvalidArgumentsError';
  }
}

function checked<M extends HostMethod>(
  method: M,
  implementation: (...args: HostArgs<M>) => HostResult<M> | Promise<HostResult<M>>,
): (args: readonly unknown[]) => Promise<HostResult<M>> {
  const schema: ArgumentSchemas[M] = argumentSchemas[method];
  return async (args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new InvalidArgumentsError(method, z.prettifyError(parsed.error));
    return implementation(...parsed.data);
  };
}

export function createHandlers(deps: HostDependencies): HandlerTable {
  return {
    getAppInfo: checked('getAppInfo', () => deps.appInfo()),
    setThemeSource: checked('setThemeSource', (theme) => deps.setThemeSource(theme)),
    closeReady: checked('closeReady', (requestId) => deps.closeReady(requestId)),
    saveBackup: checked('saveBackup', (snapshot, reason) => deps.backups.save(snapshot, reason)),
    automaticBackupDue: checked('automaticBackupDue', (workbookId, changedAt) =>
      deps.backups.automaticDue(workbookId, changedAt),
    ),
    listBackups: checked('listBackups', (workbookId) => deps.backups.list(workbookId)),
    listBackedUpWorkbooks: checked('listBackedUpWorkbooks', () => deps.backups.listWorkbooks()),
    readBackup: checked('readBackup', (workbookId, fileName) => deps.backups.read(workbookId, fileName)),
    showBackupsFolder: checked('showBackupsFolder', (workbookId) => showBackupsFolder(deps, workbookId)),
    ...workbookFileHandlers(deps),
    ...otherFormatHandlers(deps),
    ...pdfHandlers(deps),
  };
}

type WorkbookFileMethod = 'exportWorkbookFile' | 'importWorkbookFile' | 'readWorkbookFileBytes' | 'takeOpenedWorkbookFiles';

function workbookFileHandlers(deps: HostDependencies): Pick<HandlerTable, WorkbookFileMethod> {
  const files = nodeWorkbookFileAccess;
  return {
    exportWorkbookFile: checked('exportWorkbookFile', (snapshot) =>
      exportWorkbook(snapshot, {
        chooseSavePath: deps.chooseWorkbookSavePath,
        files,
        stamp: () => {
          const { name, version } = deps.appInfo();
          return { exportedAt: deps.now().toISOString(), app: { name, version } };
        },
      }),
    ),
    importWorkbookFile: checked('importWorkbookFile', () => importWorkbookWithDialog(deps.chooseWorkbookOpenPath, files)),
    readWorkbookFileBytes: checked('readWorkbookFileBytes', (bytes) => readWorkbookBytes(bytes)),
    takeOpenedWorkbookFiles: checked('takeOpenedWorkbookFiles', () =>
      Promise.all(deps.takeOpenedFilePaths().map((path) => readWorkbookFileAt(path, files))),
    ),
  };
}

type OtherFormatMethod = 'exportMarkdownFile' | 'exportCalendarFile' | 'importJsonResumeFile' | 'readJsonResumeBytes' | 'addJsonResume';

function otherFormatHandlers(deps: HostDependencies): Pick<HandlerTable, OtherFormatMethod> {
  const files = nodeWorkbookFileAccess;
  const exporting = {
    chooseSavePath: deps.chooseFormatSavePath,
    files,
    today: () => todayIso(deps.now()),
    appVersion: () => deps.appInfo().version,
  };
  const reading = { files, newId: () => randomUUID(), now: deps.now };
  return {
    exportMarkdownFile: checked('exportMarkdownFile', (snapshot, options) => exportMarkdown(snapshot, options, exporting)),
    exportCalendarFile: checked('exportCalendarFile', (snapshot) => exportCalendar(snapshot, exporting)),
    importJsonResumeFile: checked('importJsonResumeFile', () => importResumeWithDialog(deps.chooseJsonResumeOpenPath, reading)),
    readJsonResumeBytes: checked('readJsonResumeBytes', (bytes, fileName) => readResumeBytes(bytes, fileName, reading)),
    addJsonResume: checked('addJsonResume', (existing, resume) => addResume(existing, resume, () => randomUUID())),
    };
  }

function pdfHandlers(deps: HostDependencies): Pick<HandlerTable, PdfMethod> {
  const pdf = pdfImplementations(deps);
  return {
    exportPlanPdf: checked('exportPlanPdf', pdf.exportPlanPdf),
    cancelPlanPdf: checked('cancelPlanPdf', pdf.cancelPlanPdf),
    showExportedPdf: checked('showExportedPdf', pdf.showExportedPdf),
  };
}

async function showBackupsFolder(deps: HostDependencies, workbookId: string): Promise<HostResult<'showBackupsFolder'>> {
  const problem = 'The backups folder could not be opened';
  try {
    const folder = await deps.backups.ensureFolder(workbookId);
    const failure = await deps.openPath(folder);
    return failure === '' ? { status: 'shown' } : { status: 'error', message: `${problem}: ${failure}` };
  } catch {
    return { status: 'error', message: `${problem}.` };
  }
}
