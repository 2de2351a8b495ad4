/*
 * A recording stand-in for the parts of Electron the main process uses, so the BUILT main process
 * can run one life cycle in plain Node. It behaves like Electron where the glue depends on it
 * (window 'close' can be prevented, whenReady waits for `becomeReady`, frames have tokens) and
 * records every call a test needs to see.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent(extra: Record<string, unknown> = {}): PreventableEvent & Record<string, unknown> {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type ProtocolHandler = (request: Request) => Promise<Response>;
type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
/** A listener of any signature, as Electron's event methods take them. */
type Listener = Parameters<EventEmitter['on']>[1];

let nextFrameToken = 1;

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame = { frameToken: `frame-${nextFrameToken++}` };
  windowOpenHandler: ((details: unknown) => unknown) | undefined;
  readonly session = {
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    setPermissionRequestHandler: (handler: Listener) => void (this.session.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => void (this.session.permissionCheckHandler = handler),
    webRequest: {
      onBeforeRequest: (handler: Listener) => void (this.session.beforeRequest = handler),
      onHeadersReceived: () => undefined,
    },
  };

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
  isCrashed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

/** Builds one fake Electron; each life cycle gets its own, so nothing leaks between loads. */
export function createFakeElectron(options: { userData: string; singleInstanceLock?: boolean }) {
  const calls: string[] = [];
  let ready = false;
  let announceReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (announceReady = resolve));
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const ipcHandlers = new Map<string, IpcHandler>();
  const privilegedSchemes: Array<{ schemes: unknown; whileReady: boolean }> = [];
  const menus: Array<{ template: MenuItem[] }> = [];
  const windows: FakeBrowserWindow[] = [];

  const appEvents = new EventEmitter();
  let appName = 'electron';
  const app = {
    isPackaged: false,
    on: (event: string, listener: Listener) => {
      appEvents.on(event, listener);
      return app;
    },
    emit: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args),
    listenerCount: (event: string) => appEvents.listenerCount(event),
    setName: (name: string) => {
      calls.push(`app.setName(${name})`);
      appName = name;
    },
    getName: () => appName,
    getVersion: () => '0.1.0',
    getPath: (name: string) => {
      if (name === 'documents') return join(options.userData, 'Documents');
      if (name !== 'userData') throw new Error(`The fake app has no path for ${name}`);
      return options.userData;
    },
    enableSandbox: () => void calls.push(ready ? 'app.enableSandbox after ready' : 'app.enableSandbox'),
    requestSingleInstanceLock: () => {
      calls.push('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    isReady: () => ready,
    whenReady: () => readyPromise,
    quit: () => void calls.push('app.quit'),
    exit: (code: number) => void calls.push(`app.exit(${code})`),
  };

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadedUrls: string[] = [];
    destroyed = false;
    minimized = false;
    shown = false;
    focusCount = 0;
    restoreCount = 0;

    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', preventableEvent(), this.webContents);
    }

    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((window) => window.webContents === contents && !window.destroyed) ?? null;
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return null;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.destroyed);
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    /** Like Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
    close(): void {
      if (this.destroyed) return;
      const event = preventableEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {
      this.focusCount += 1;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.restoreCount += 1;
      this.minimized = false;
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
  }

  /** Answers for the native file dialogs, in order (null cancels); each dialog's options are recorded. */
  const dialogAnswers: Array<string | null> = [];
  const dialogsShown: Array<{ kind: 'save' | 'open'; options: Record<string, unknown> }> = [];
  const nextDialogAnswer = (kind: 'save' | 'open', options: Record<string, unknown>): string | null => {
    dialogsShown.push({ kind, options });
    if (dialogAnswers.length === 0) throw new Error(`A ${kind} dialog was shown but no answer was queued`);
    return dialogAnswers.shift()!;
  };
  /** Like Electron: the window argument is optional and comes first. */
  const dialogOptions = (args: unknown[]) => (args.at(-1) ?? {}) as Record<string, unknown>;

  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => void privilegedSchemes.push({ schemes, whileReady: ready }),
      handle: (scheme: string, handler: ProtocolHandler) => void protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItem[] }) => void menus.push(menu),
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    dialog: {
      showSaveDialog: (...args: unknown[]) => {
        const answer = nextDialogAnswer('save', dialogOptions(args));
        return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer });
      },
      showOpenDialog: (...args: unknown[]) => {
        const answer = nextDialogAnswer('open', dialogOptions(args));
        return Promise.resolve(answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] });
      },
    },
    // Backups: "Show backups folder" opens the folder with the system's file manager.
    shell: {
      openPath: async (path: string) => {
        calls.push(`shell.openPath ${path}`);
        return '';
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea }),
      getAllDisplays: () => [{ id: 1, workArea }],
    },
  };

  return {
    module,
    calls,
    protocolHandlers,
    ipcHandlers,
    privilegedSchemes,
    menus,
    windows,
    dialogAnswers,
    dialogsShown,
    becomeReady: () => {
      ready = true;
      appEvents.emit('ready');
      announceReady();
    },
  };
}

export interface MenuItem {
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeWindow = FakeElectron['windows'][number];
