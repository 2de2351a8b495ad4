/*
 * Routes the page's `window.waypoint` to the REAL handler table (src-main/handlers.ts) running in
 * the test process. Only the transport is swapped: Electron's ipcRenderer/ipcMain pair becomes a
 * Playwright binding, and Electron's pieces (dialogs, paths, theme) become scripted test doubles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { createHandlers, type HandlerTable, type HostDependencies } from '../../../src-main/handlers';
import {
  eventChannels,
  methodChannels,
  type HostEvent,
  type HostEventTypes,
  type HostMethod,
} from '../../../src-main/shared/contract';
import { OpenedFilesInbox } from '../../../src-main/services/files/opened-files';
import { createBackupStore } from '../../../src-main/services/backups/backup-store';
import { writeFileAtomic } from '../../../src-main/services/atomic-write';
import { repositoryRoot } from './app-server';
import { TestHostClock } from './host-clock';

export { TestHostClock } from './host-clock';

/** Page globals the harness installs; the app itself only ever touches `window.waypoint`. */
export const invokeBindingName = '__waypointInvoke';
export const deliverEventFunctionName = '__waypointDeliverEvent';

/** What Playwright tells a binding about its caller (the library does not export this type). */
export interface BindingCaller {
  page: Page;
  frame: Frame;
}

// ---------------------------------------------------------------------------------------------
// Scripted file dialogs
// ---------------------------------------------------------------------------------------------

export type DialogKind = 'open' | 'save';

/**
 * The "user" in front of the native file dialogs. A test queues the answers it will give, in
 * order; `null` means the user cancels. A dialog nobody scripted is a test failure, and so is a
 * queued answer no dialog asked for (the flow under test did not go the way the test expected).
 */
export class ScriptedDialogs {
  readonly #queuedAnswers: Record<DialogKind, (string | null)[]> = { open: [], save: [] };
  readonly #unexpectedDialogs: string[] = [];

  /** The next open dialog will choose `path` (absolute), or be cancelled when `null`. */
  queueOpen(path: string | null): void {
    this.#queuedAnswers.open.push(path);
  }

  /** The next save dialog will choose `path` (absolute), or be cancelled when `null`. */
  queueSave(path: string | null): void {
    this.#queuedAnswers.save.push(path);
  }

  /** For host dependencies: the chosen path of the next open dialog (`null`: cancelled). */
  answerOpen(whatTheDialogIsFor: string): string | null {
    return this.#answer('open', whatTheDialogIsFor);
  }

  /** For host dependencies: the chosen path of the next save dialog (`null`: cancelled). */
  answerSave(whatTheDialogIsFor: string): string | null {
    return this.#answer('save', whatTheDialogIsFor);
  }

  /** Answers queued but never asked for. */
  get unusedAnswers(): { kind: DialogKind; answer: string | null }[] {
    return (['open', 'save'] as const).flatMap((kind) =>
      this.#queuedAnswers[kind].map((answer) => ({ kind, answer })),
    );
  }

  /** Everything that should fail the test, as readable sentences. */
  problems(): string[] {
    return [
      ...this.#unexpectedDialogs,
      ...this.unusedAnswers.map(
        ({ kind, answer }) =>
          `A ${kind} dialog answer was queued but no ${kind} dialog was shown: ${answer === null ? 'cancel' : answer}`,
      ),
    ];
  }

  #answer(kind: DialogKind, whatTheDialogIsFor: string): string | null {
    const queue = this.#queuedAnswers[kind];
    if (queue.length === 0) {
      const message =
        `The app showed a ${kind} dialog (${whatTheDialogIsFor}) but the test queued no answer: ` +
        `call dialogs.queue${kind === 'open' ? 'Open' : 'Save'}(path or null) before the action that shows it.`;
      // Recorded as well as thrown: the app may catch the error and show a message instead.
      this.#unexpectedDialogs.push(message);
      throw new Error(message);
    }
    // Non-null assertion is safe: the queue was just checked to be non-empty.
    return queue.shift()!;
  }
}

// ---------------------------------------------------------------------------------------------
// Test doubles for Electron's pieces
// ---------------------------------------------------------------------------------------------

export interface TestHostEnvironment {
  /** Stands in for Electron's userData folder; a fresh folder per test. */
  dataFolder: string;
  dialogs: ScriptedDialogs;
  /** Workbook files "given with the app" (command line, second launch, open-file); see TestHost.openWithApp. */
  openedFiles?: OpenedFilesInbox;
  /** The host's clock for backups (real time unless a test moves it on); installHostRouting makes one when missing. */
  hostClock?: TestHostClock;
  /** Delivers main→renderer events to the app's pages; installHostRouting connects it to TestHost.emit. */
  sendToPages?: <E extends HostEvent>(event: E, payload: HostEventTypes[E]) => void;
}

function readAppVersion(): string {
  const packageJson: unknown = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
  if (typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson) {
    const { version } = packageJson;
    if (typeof version === 'string') return version;
  }
  throw new Error('package.json has no version string');
}

export const appVersion = readAppVersion();

const realTime = new TestHostClock();

/**
 * How each injected Electron piece behaves in the e2e tests. This is the ONE function to change
 * when HostDependencies grows (file dialogs, shell, …): calls are recorded generically by
 * recordCalls, so a new dependency only needs its behaviour here, e.g.
 *   showOpenDialog: async (options) => environment.dialogs.answerOpen(options.title),
 */
export function createTestHostDependencies(environment: TestHostEnvironment): HostDependencies {
  return {
    appInfo: () => ({
      name: 'Waypoint',
      version: appVersion,
      platform: process.platform,
      dataFolder: environment.dataFolder,
    }),
    // A browser has no native theme to switch; the call is recorded for tests to assert.
    setThemeSource: () => undefined,
    // There is no window to close; the recorded request id is what tests assert.
    closeReady: () => undefined,
    backups: createBackupStore({
      folder: join(environment.dataFolder, 'backups'),
      now: () => (environment.hostClock ?? realTime).now(),
      app: { name: 'Waypoint', version: appVersion },
    }),
    // A browser cannot open a file manager; the recorded folder is what tests assert.
    openPath: async () => '',

    // Workbook files
    chooseWorkbookSavePath: (defaultFileName) =>
      Promise.resolve(environment.dialogs.answerSave(`export the workbook, suggesting ${defaultFileName}`)),
    chooseWorkbookOpenPath: () => Promise.resolve(environment.dialogs.answerOpen('import a workbook')),
    takeOpenedFilePaths: () => environment.openedFiles?.take() ?? [],
    now: () => new Date(),

    // Other formats
    chooseFormatSavePath: (format, defaultFileName) =>
      Promise.resolve(environment.dialogs.answerSave(`export ${format}, suggesting ${defaultFileName}`)),
    chooseJsonResumeOpenPath: () => Promise.resolve(environment.dialogs.answerOpen('import a JSON Resume')),
    // PDF
    choosePdfSavePath: (defaultFileName) =>
      Promise.resolve(environment.dialogs.answerSave(`export the PDF, suggesting ${defaultFileName}`)),
    writePdfFile: (path, bytes) => writeFileAtomic(path, bytes),
    // A browser cannot open a file manager; the recorded path is what tests assert.
    showItemInFolder: () => undefined,
    sendToRenderer: (event, payload) => environment.sendToPages?.(event, payload),
  };
}

type DependencyFunction = (...args: never[]) => unknown;
type FunctionDependencyName = {
  [Name in keyof HostDependencies]: HostDependencies[Name] extends DependencyFunction ? Name : never;
}[keyof HostDependencies];

/** Every call the handler table made to each dependency function: one argument list per call, in order. */
export type HostCalls = {
  [Name in FunctionDependencyName]: Parameters<Extract<HostDependencies[Name], DependencyFunction>>[];
};

/**
 * Wraps every dependency function so its calls land in `calls`; works for any future dependency
 * unchanged. Values that are not functions (a path, a nested object) are passed through as they are.
 */
export function recordCalls(dependencies: HostDependencies): { recorded: HostDependencies; calls: HostCalls } {
  const calls: Record<string, unknown[][]> = {};
  const recorded: Record<string, unknown> = {};
  for (const [name, dependency] of Object.entries(dependencies)) {
    if (typeof dependency !== 'function') {
      recorded[name] = dependency;
      continue;
    }
    const log: unknown[][] = [];
    calls[name] = log;
    recorded[name] = (...args: unknown[]): unknown => {
      log.push(args);
      return Reflect.apply(dependency, dependencies, args) as unknown;
    };
  }
  // Same names and signatures as `dependencies`; TypeScript cannot follow that through Object.entries.
  return { recorded: recorded as unknown as HostDependencies, calls: calls as unknown as HostCalls };
}

// ---------------------------------------------------------------------------------------------
// The bridge inside the page
// ---------------------------------------------------------------------------------------------

interface PageBridgeConfiguration {
  methodChannels: Record<string, string>;
  eventChannels: Record<string, string>;
  invokeBindingName: string;
  deliverEventFunctionName: string;
}

/**
 * Runs inside the page before any of the app's scripts (Playwright serializes this function's
 * source and its JSON argument into an init script), so it may not use anything from this module.
 * It builds the same object createHostBridge builds in the preload, over the test binding.
 */
function installBridgeInPage(configuration: PageBridgeConfiguration): void {
  type Listener = (payload: unknown) => void;
  type InvokeBinding = (channel: string, args: unknown[]) => Promise<unknown>;
  const pageGlobals = window as unknown as Record<string, unknown>;
  const listenersByChannel = new Map<string, Set<Listener>>();

  const invoke = (channel: string, args: unknown[]): Promise<unknown> => {
    // Looked up per call: Playwright installs the binding itself with its own init script.
    const binding = pageGlobals[configuration.invokeBindingName];
    if (typeof binding !== 'function') {
      return Promise.reject(new Error('The e2e harness binding is missing: host calls cannot be routed'));
    }
    return (binding as InvokeBinding)(channel, args);
  };

  const host: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(configuration.methodChannels)) {
    host[method] = (...args: unknown[]) => invoke(channel, args);
  }
  host.on = (event: string, listener: Listener): (() => void) => {
    const channel = configuration.eventChannels[event];
    if (channel === undefined) throw new TypeError(`Unknown host event: ${event}`);
    const listeners = listenersByChannel.get(channel) ?? new Set<Listener>();
    listenersByChannel.set(channel, listeners);
    // Wrapped so subscribing the same function twice gives two independent subscriptions, as with ipcRenderer.on.
    const subscription: Listener = (payload) => listener(payload);
    listeners.add(subscription);
    return () => {
      listeners.delete(subscription);
    };
  };

  Object.defineProperty(window, 'waypoint', {
    value: Object.freeze(host),
    writable: false,
    configurable: false,
    enumerable: true,
  });
  Object.defineProperty(window, configuration.deliverEventFunctionName, {
    value: (channel: string, payload: unknown): number => {
      const listeners = [...(listenersByChannel.get(channel) ?? [])];
      for (const listener of listeners) {
        try {
          listener(payload);
        } catch (error) {
          // Rethrown outside the delivery so it surfaces as an uncaught page error, as it would in Electron.
          setTimeout(() => {
            throw error;
          });
        }
      }
      return listeners.length;
    },
    enumerable: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Wiring it together
// ---------------------------------------------------------------------------------------------

export interface TestHost {
  /** The real handler table, built over the recorded test dependencies. */
  readonly handlers: HandlerTable;
  /** Every dependency call the handlers made, e.g. `expect(host.calls.setThemeSource).toEqual([['dark']])`. */
  readonly calls: HostCalls;
  /** The stand-in for Electron's userData folder. */
  readonly dataFolder: string;
  /** The host's clock for backups. */
  readonly clock: TestHostClock;
  /**
   * Sends a main→renderer event to every open app page, like webContents.send.
   * Resolves to the number of listeners it reached (0 when the app has not subscribed).
   */
  emit<Event extends HostEvent>(event: Event, payload: HostEventTypes[Event]): Promise<number>;
  /**
   * Gives workbook files to the app as the command line, a second launch or macOS open-file would:
   * they wait until the app takes them, and the app is told. Resolves to the listeners reached.
   */
  openWithApp(...paths: string[]): Promise<number>;
}

const methodsByChannel: ReadonlyMap<string, HostMethod> = new Map(
  (Object.entries(methodChannels) as [HostMethod, string][]).map(([method, channel]) => [channel, method]),
);

/** The error message Electron's ipcRenderer.invoke rejects with, so the app sees the same text. */
function remoteMethodError(channel: string, error: unknown): Error {
  return new Error(`Error invoking remote method '${channel}': ${String(error)}`);
}

/**
 * Installs host routing on every page of `context` (call before the first navigation).
 * Calls are accepted only from the main frame of a page on `appOrigin`, as ipc.ts checks the sender frame.
 */
export async function installHostRouting(
  context: BrowserContext,
  options: { appOrigin: string; environment: TestHostEnvironment },
): Promise<TestHost> {
  const environment = {
    ...options.environment,
    hostClock: options.environment.hostClock ?? new TestHostClock(),
    openedFiles: options.environment.openedFiles ?? new OpenedFilesInbox(),
  };
  const { openedFiles } = environment;
  // Events the handlers send while a call is under way (PDF progress) reach the pages like webContents.send.
  environment.sendToPages ??= (event, payload) => void host.emit(event, payload).catch(() => undefined);
  const { recorded, calls } = recordCalls(createTestHostDependencies(environment));
  const handlers = createHandlers(recorded);

  await context.exposeBinding(invokeBindingName, async (source: BindingCaller, channel: unknown, args: unknown) => {
    const senderUrl = source.frame.url();
    if (source.frame !== source.page.mainFrame() || new URL(senderUrl).origin !== options.appOrigin) {
      throw new Error(`Host call refused: the sender ${senderUrl} is not the app's main frame`);
    }
    const method = typeof channel === 'string' ? methodsByChannel.get(channel) : undefined;
    if (method === undefined) throw remoteMethodError(String(channel), `No handler registered for '${String(channel)}'`);
    if (!Array.isArray(args)) throw remoteMethodError(String(channel), 'arguments must be an array');
    try {
      return await handlers[method](args);
    } catch (error) {
      throw remoteMethodError(String(channel), error);
    }
  });

  const configuration: PageBridgeConfiguration = {
    methodChannels,
    eventChannels,
    invokeBindingName,
    deliverEventFunctionName,
  };
  await context.addInitScript(installBridgeInPage, configuration);

  const host: TestHost = {
    handlers,
    calls,
    dataFolder: options.environment.dataFolder,
    clock: environment.hostClock,
    openWithApp(...paths) {
      openedFiles.add(paths);
      return host.emit('workbookFilesOpened', {});
    },
    async emit(event, payload) {
      const channel = eventChannels[event];
      let reached = 0;
      for (const page of context.pages()) {
        if (new URL(page.url()).origin !== options.appOrigin) continue;
        reached += await page.evaluate(
          ({ functionName, channel, payload }) => {
            const deliver: unknown = (window as unknown as Record<string, unknown>)[functionName];
            return typeof deliver === 'function' ? (deliver as (c: string, p: unknown) => number)(channel, payload) : 0;
          },
          { functionName: deliverEventFunctionName, channel, payload },
        );
      }
      return reached;
    },
  };
  return host;
}
