/*
 * Electron glue for the main window: wires the options of window-options.ts, the rules of
 * window-policy.ts, the remembered state of services/window-state.ts and the close coordinator into a
 * BrowserWindow. No decisions live here.
 */
import { BrowserWindow, nativeTheme, screen, type Session, type WebContents } from 'electron';
import { CloseCoordinator } from './close-coordinator';
import {
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  type Rectangle,
  type WindowState,
} from './services/window-state';
import { eventChannels } from './shared/contract';
import { appEntryUrl } from './app-origin';
import { createWindowOptions } from './window-options';
import {
  devContentSecurityPolicy,
  isAllowedNavigation,
  isAllowedRequestUrl,
  permissionDecision,
  windowOpenDecision,
} from './window-policy';

export interface MainWindowInput {
  preloadPath: string;
  /** Where the window's size and position are remembered (userData/window-state.json). */
  stateFile: string;
  /** The Vite dev server under `npm run dev`; undefined in every build a user runs. */
  devServerUrl?: string;
}

export interface MainWindow {
  window: BrowserWindow;
  closeCoordinator: CloseCoordinator;
}

const stateSaveDelayMs = 500;
const pendingStateWrites = new Set<Promise<void>>();
const guardedContents = new WeakSet<WebContents>();

/** Resolves once every window-state write has landed; index.ts waits for it before quitting. */
export async function windowStateWritesSettled(): Promise<void> {
  await Promise.allSettled([...pendingStateWrites]);
}

/** Applies the navigation rules to any webContents; safe to call more than once for the same one. */
export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  if (guardedContents.has(contents)) return;
  guardedContents.add(contents);
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
}

/** Session-wide rules; each registration replaces the previous one, so repeating it is harmless. */
function hardenSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) });
  });
  if (devServerUrl !== undefined) {
    const policy = devContentSecurityPolicy(devServerUrl);
    session.webRequest.onHeadersReceived((details, callback) => {
      if (!isAllowedNavigation(details.url, devServerUrl)) {
        callback({});
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
      );
      callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
    });
  }
}

function currentDisplayWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary.workArea, ...others.map((display) => display.workArea)];
}

function trackStateWrite(stateFile: string, state: WindowState): void {
  const write = saveWindowState(stateFile, state)
    .catch((error: unknown) => console.warn('Could not remember the window position:', error))
    .finally(() => pendingStateWrites.delete(write));
  pendingStateWrites.add(write);
}

export async function createMainWindow({ preloadPath, stateFile, devServerUrl }: MainWindowInput): Promise<MainWindow> {
  const remembered = fitToDisplays(await loadWindowState(stateFile), currentDisplayWorkAreas());
  const { maximized, ...bounds } = remembered;
  const browserWindow = new BrowserWindow(
    createWindowOptions({ preloadPath, bounds, prefersDarkBackground: nativeTheme.shouldUseDarkColors }),
  );
  const contents = browserWindow.webContents;
  guardWebContents(contents, devServerUrl);
  hardenSession(contents.session, devServerUrl);

  // Normal bounds, so un-maximizing next time returns to the size the user chose.
  const currentState = (): WindowState => ({
    ...browserWindow.getNormalBounds(),
    maximized: browserWindow.isMaximized(),
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => trackStateWrite(stateFile, currentState()), stateSaveDelayMs);
  };
  browserWindow.on('move', scheduleSave);
  browserWindow.on('resize', scheduleSave);
  browserWindow.on('maximize', scheduleSave);
  browserWindow.on('unmaximize', scheduleSave);

  const closeCoordinator = new CloseCoordinator({
    send: (request) => {
      // Tells the coordinator there is nothing to flush, so the window closes without waiting.
      if (contents.isDestroyed() || contents.isCrashed()) throw new Error('The renderer is gone');
      contents.send(eventChannels.flushRequest, request);
    },
    // close(), not destroy(): the 'close' handler below runs again, is allowed, and saves the state.
    forceClose: () => browserWindow.close(),
  });
  browserWindow.on('close', (event) => {
    if (!closeCoordinator.requestClose()) {
      event.preventDefault();
      return;
    }
    clearTimeout(saveTimer);
    trackStateWrite(stateFile, currentState());
  });
  browserWindow.on('closed', () => {
    clearTimeout(saveTimer);
    closeCoordinator.dispose();
  });

  browserWindow.once('ready-to-show', () => {
    if (maximized) browserWindow.maximize();
    browserWindow.show();
  });
  browserWindow.loadURL(devServerUrl ?? appEntryUrl).catch((error: unknown) => {
    console.error('Could not load the app:', error);
  });
  return { window: browserWindow, closeCoordinator };
}
