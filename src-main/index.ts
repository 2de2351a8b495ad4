/*
 * App lifecycle only: name, single instance, the app protocol, IPC, menu and window, quitting.
 */
import { app, BrowserWindow, dialog, nativeTheme, protocol, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installApplicationMenu } from './menu';
import { registerIpcHandlers } from './ipc';
import { resolveAppRequest, responseHeaders } from './protocol';
import { appScheme } from './app-origin';
import { createBackupStore } from './services/backups/backup-store';
import { createMainWindow, guardWebContents, windowStateWritesSettled, type MainWindow } from './window';
import { eventChannels } from './shared/contract';
import type { OtherFormat } from './services/exports/format-files';
import { OpenedFilesInbox, workbookFilePathsFromArgv } from './services/files/opened-files';
import { writeFileAtomic } from './services/atomic-write';

// Before anything asks for userData: the folder (and so the workbook database) is named after the app.
app.setName('Waypoint');
app.enableSandbox();

// Standard + secure gives waypoint://app a real origin, so IndexedDB and fetch work as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const preloadPath = join(import.meta.dirname, '../preload/preload.cjs');
const rendererRoot = join(import.meta.dirname, '../renderer');

let mainWindow: MainWindow | undefined;
let mainWindowOpening: Promise<void> | undefined;
let quitRequested = false;
let windowStateFlushed = false;

// Workbook files given with the app wait here until the renderer takes them (it may not listen yet).
const openedFiles = new OpenedFilesInbox(() =>
  mainWindow?.window.webContents.send(eventChannels.workbookFilesOpened, {}),
);
const workbookFileFilters = [{ name: 'Waypoint workbook', extensions: ['waypoint'] }];

async function chooseWorkbookSavePath(defaultFileName: string): Promise<string | null> {
  const options = {
    title: 'Export workbook',
    defaultPath: join(app.getPath('documents'), defaultFileName),
    filters: workbookFileFilters,
  };
  const parent = mainWindow?.window;
  const chosen = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

async function chooseWorkbookOpenPath(): Promise<string | null> {
  const options = { title: 'Import a workbook', filters: workbookFileFilters, properties: ['openFile' as const] };
  const parent = mainWindow?.window;
  const chosen = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

const otherFormatDialogs: Record<OtherFormat, { title: string; filters: Electron.FileFilter[] }> = {
  markdown: { title: 'Export Markdown', filters: [{ name: 'Markdown', extensions: ['md'] }] },
  calendar: { title: 'Export calendar', filters: [{ name: 'iCalendar', extensions: ['ics'] }] },
};

async function chooseFormatSavePath(format: OtherFormat, defaultFileName: string): Promise<string | null> {
  const { title, filters } = otherFormatDialogs[format];
  const options = { title, defaultPath: join(app.getPath('documents'), defaultFileName), filters };
  const parent = mainWindow?.window;
  const chosen = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

async function choosePdfSavePath(defaultFileName: string): Promise<string | null> {
  const options = {
    title: 'Export PDF',
    defaultPath: join(app.getPath('documents'), defaultFileName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const parent = mainWindow?.window;
  const chosen = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

async function chooseJsonResumeOpenPath(): Promise<string | null> {
  const options = {
    title: 'Import a JSON Resume',
    filters: [{ name: 'JSON Resume', extensions: ['json'] }],
    properties: ['openFile' as const],
  };
  const parent = mainWindow?.window;
  const chosen = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

async function serveAppRequest(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
  const resolved = resolveAppRequest(request.url, rendererRoot);
  if (resolved.status === 'forbidden') return plainResponse(403, 'Forbidden');
  if (resolved.status === 'not-found') return plainResponse(404, 'Not found');
  try {
    const body = await readFile(resolved.filePath);
    return new Response(new Uint8Array(body), { status: 200, headers: responseHeaders(resolved.mimeType) });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'EISDIR') return plainResponse(404, 'Not found');
    console.error('Could not serve', request.url, error);
    return plainResponse(500, 'Could not read the file');
  }
}

/** Opens the window unless it is open or opening (macOS may send 'activate' during startup). */
function openMainWindow(): Promise<void> {
  if (mainWindow !== undefined) return Promise.resolve();
  mainWindowOpening ??= openNewMainWindow().finally(() => {
    mainWindowOpening = undefined;
  });
  return mainWindowOpening;
}

async function openNewMainWindow(): Promise<void> {
  const opened = await createMainWindow({
    preloadPath,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    devServerUrl,
  });
  mainWindow = opened;
  opened.window.on('closed', () => {
    if (mainWindow === opened) mainWindow = undefined;
    // A quit held back while the renderer flushed edits carries on once the window has closed.
    if (quitRequested) app.quit();
  });
}

function focusMainWindow(): void {
  const browserWindow = mainWindow?.window;
  if (browserWindow === undefined) return;
  if (browserWindow.isMinimized()) browserWindow.restore();
  browserWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(appScheme, serveAppRequest);
  registerIpcHandlers(
    {
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        dataFolder: app.getPath('userData'),
      }),
      setThemeSource: (theme) => {
        nativeTheme.themeSource = theme;
      },
      closeReady: (requestId) => mainWindow?.closeCoordinator.closeReady(requestId),
      chooseWorkbookSavePath,
      chooseWorkbookOpenPath,
      takeOpenedFilePaths: () => openedFiles.take(),
      chooseFormatSavePath,
      chooseJsonResumeOpenPath,
      now: () => new Date(),
      backups: createBackupStore({
        folder: join(app.getPath('userData'), 'backups'),
        now: () => new Date(),
        app: { name: app.getName(), version: app.getVersion() },
      }),
      openPath: (path) => shell.openPath(path),
      choosePdfSavePath,
      writePdfFile: (path, bytes) => writeFileAtomic(path, bytes),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      sendToRenderer: (event, payload) => mainWindow?.window.webContents.send(eventChannels[event], payload),
    },
    devServerUrl,
  );
  installApplicationMenu(() => mainWindow?.window);
  await openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  openedFiles.add(workbookFilePathsFromArgv(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    openedFiles.add(workbookFilePathsFromArgv(argv.slice(1), workingDirectory));
  });
  // macOS: a file opened with the app from the Finder, before or after launch.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.add([path]);
    if (app.isReady()) openMainWindow().then(focusMainWindow, (error: unknown) => console.error('Could not open the window:', error));
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('will-quit', (event) => {
    // Hold the quit until the last window-state write has landed, then quit again.
    if (windowStateFlushed) return;
    event.preventDefault();
    void windowStateWritesSettled().finally(() => {
      windowStateFlushed = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      openMainWindow().catch((error: unknown) => console.error('Could not open the window:', error));
    }
  });
  start().catch((error: unknown) => {
    console.error('Waypoint could not start:', error);
    app.exit(1);
  });
}
