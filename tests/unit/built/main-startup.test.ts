/*
 * Runs the BUILT main process (out/main/index.js, as electron-vite emits it) through one life cycle
 * against a recording fake of Electron: start, ready, the window, the app protocol, IPC, the menu,
 * a second instance, closing and quitting. The glue files (index, window, menu, ipc, protocol) are
 * only type-checked elsewhere; here a wrong preload path, a scheme registered too late or a missing
 * handler fails a test instead of showing a blank window on a user's machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventChannels, methodChannels, type HostMethod } from '../../../src-main/shared/contract';
import { appEntryUrl, contentSecurityPolicy } from '../../../src-main/app-origin';
import { preventableEvent, type FakeElectron, type FakeWindow, type MenuItem } from './fake-electron';
import { builtApp, invoke, ipcEvent, onlyWindow, removeUserDataFolders, serve, startLifeCycle } from './life-cycle';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';

const repositoryRootFolder = join(import.meta.dirname, '../../..');

const rendererFolder = join(builtApp, 'renderer');

function clickableItems(items: readonly MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [...(item.click ? [item] : []), ...clickableItems(item.submenu ?? [])]);
}

function withPlatform<T>(platform: NodeJS.Platform, run: () => T): T {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform });
  try {
    return run();
  } finally {
    if (original) Object.defineProperty(process, 'platform', original);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

afterAll(removeUserDataFolders);

describe('the built main process, first instance', () => {
  let electron: FakeElectron;
  let window: FakeWindow;

  beforeAll(async () => {
    electron = await startLifeCycle();
  });

  it('asks for the single-instance lock and registers the waypoint scheme as privileged before ready', () => {
    expect(electron.calls).toEqual(['app.setName(Waypoint)', 'app.enableSandbox', 'app.requestSingleInstanceLock']);
    expect(electron.privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'waypoint', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
        whileReady: false,
      },
    ]);
    expect(electron.protocolHandlers.size, 'nothing served before ready').toBe(0);
    expect(electron.windows, 'no window before ready').toHaveLength(0);
  });

  it('on ready, opens one window with the secure options and a preload file that exists', async () => {
    electron.becomeReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    window = onlyWindow(electron);
    const webPreferences = window.options['webPreferences'] as Record<string, unknown>;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = String(webPreferences['preload']);
    expect(existsSync(preload), `the preload at ${preload} exists`).toBe(true);
    expect(relative(builtApp, preload)).toBe(join('preload', 'preload.cjs'));
    expect(window.options['show'], 'hidden until ready-to-show').toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('loads the app URL', () => {
    expect(window.loadedUrls).toEqual([appEntryUrl]);
  });

  it('refuses navigation away, new windows and permissions, and blocks requests off the app origin', () => {
    const navigation = preventableEvent({ url: 'https://example.com/' });
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const permission = vi.fn();
    window.webContents.session.permissionRequestHandler?.(window.webContents as never, 'media' as never, permission as never);
    expect(permission).toHaveBeenCalledWith(false);
    const decide = (url: string) => {
      const callback = vi.fn();
      window.webContents.session.beforeRequest?.({ url } as never, callback as never);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://example.com/track')).toEqual({ cancel: true });
    expect(decide(`${appEntryUrl}`)).toEqual({ cancel: false });
  });

  it('serves the built index.html over the app protocol with the Content-Security-Policy', async () => {
    const response = await serve(electron, appEntryUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe(readFileSync(join(rendererFolder, 'index.html'), 'utf8'));
  });

  it('serves the scripts and styles index.html names, with their MIME types', async () => {
    const html = readFileSync(join(rendererFolder, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((asset) => asset.endsWith('.js')) && assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await serve(electron, `waypoint://app/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type'), asset).toBe(
        asset.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expect(response.headers.get('content-security-policy'), asset).toBe(contentSecurityPolicy);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(rendererFolder, asset))), asset).toBe(true);
    }
  });

  it('serves nothing outside the renderer folder, nothing missing and nothing but GET', async () => {
    // URL parsing folds a plain or %2e-encoded "..", so those reach the handler already inside the root.
    const refused = {
      'waypoint://app/..%2fmain%2findex.js': 403,
      'waypoint://app/assets/..%5c..%5cmain%5cindex.js': 403,
      'waypoint://other-host/index.html': 403,
      'waypoint://app/%2e%2e/preload/preload.cjs': 404,
      'waypoint://app/../../main/index.js': 404,
    };
    for (const [url, status] of Object.entries(refused)) {
      const response = await serve(electron, url);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
    }
    expect((await serve(electron, 'waypoint://app/assets/no-such-file.js')).status).toBe(404);
    expect((await serve(electron, appEntryUrl, 'POST')).status).toBe(405);
  });

  it('has an ipcMain handler for every method of the contract, each refusing a foreign sender', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.values(methodChannels).sort());
    const strangers = {
      'no window of ours': ipcEvent(new (window.webContents.constructor as new () => FakeWindow['webContents'])(), appEntryUrl),
      'a sub-frame': ipcEvent(window.webContents, appEntryUrl, 'sub'),
      'another origin': ipcEvent(window.webContents, 'https://example.com/'),
    };
    for (const method of Object.keys(methodChannels) as HostMethod[]) {
      for (const [who, event] of Object.entries(strangers)) {
        await expect(invoke(electron, method, event), `${method} from ${who}`).rejects.toThrow(/Refused waypoint:/);
      }
    }
  });

  it('keeps backups in the backups folder inside the user-data folder and opens it with the shell', async () => {
    const page = ipcEvent(window.webContents, appEntryUrl);
    const info = (await invoke(electron, 'getAppInfo', page)) as { dataFolder: string };
    const reading = readWorkbookBytes(new Uint8Array(readFileSync(join(repositoryRootFolder, 'resources/samples/maya-okafor.waypoint'))));
    if (reading.status !== 'ok') throw new Error(reading.message);
    const saved = await invoke(electron, 'saveBackup', page, reading.snapshot, 'before-delete');
    expect(saved).toMatchObject({ status: 'saved', backup: { reason: 'before-delete', title: reading.snapshot.workbook.title } });
    const folder = join(info.dataFolder, 'backups', reading.snapshot.workbook.id);
    expect(readdirSync(folder).filter((name) => name.endsWith('-before-delete.waypoint'))).toHaveLength(1);
    await expect(invoke(electron, 'showBackupsFolder', page, reading.snapshot.workbook.id)).resolves.toEqual({ status: 'shown' });
    expect(electron.calls).toContain(`shell.openPath ${folder}`);
  });

  it('answers the app page itself', async () => {
    await expect(invoke(electron, 'getAppInfo', ipcEvent(window.webContents, appEntryUrl))).resolves.toMatchObject({
      name: 'Waypoint',
      version: '0.1.0',
      dataFolder: expect.stringContaining('waypoint-user-data-'),
    });
  });

  it('sets the menu, and its commands reach the renderer as menu-command events', () => {
    expect(electron.menus).toHaveLength(1);
    const items = clickableItems(electron.menus[0]!.template);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const sentBefore = window.webContents.sent.length;
      item.click?.();
      expect(window.webContents.sent.slice(sentBefore), String(item.label)).toEqual([
        { channel: eventChannels.menuCommand, payload: expect.objectContaining({ kind: expect.any(String) }) },
      ]);
    }
    const settings = items.find((item) => item.label === 'Settings…');
    settings?.click?.();
    expect(window.webContents.sent.at(-1)).toEqual({ channel: eventChannels.menuCommand, payload: { kind: 'open-settings' } });
  });

  it('brings its window back when a second instance starts', () => {
    window.minimized = true;
    electron.module.app.emit('second-instance', preventableEvent(), [], '/');
    expect(window.restoreCount).toBe(1);
    expect(window.focusCount).toBe(1);
  });

  it('asks the renderer to flush before closing, and closes once it answers closeReady', async () => {
    window.close();
    expect(window.destroyed, 'the first close is held').toBe(false);
    const flush = window.webContents.sent.filter((message) => message.channel === eventChannels.flushRequest);
    expect(flush).toEqual([{ channel: eventChannels.flushRequest, payload: { requestId: expect.any(String) } }]);
    const { requestId } = flush[0]!.payload as { requestId: string };
    await invoke(electron, 'closeReady', ipcEvent(window.webContents, appEntryUrl), requestId);
    expect(window.destroyed).toBe(true);
  });

  it('closes anyway when the renderer never answers', async () => {
    electron.module.app.emit('activate');
    await vi.waitFor(() => expect(electron.windows.filter((open) => !open.destroyed)).toHaveLength(1));
    const second = onlyWindow(electron);
    vi.useFakeTimers();
    second.close();
    expect(second.destroyed).toBe(false);
    vi.advanceTimersByTime(2_900);
    expect(second.destroyed, 'still waiting for the renderer').toBe(false);
    vi.advanceTimersByTime(200);
    expect(second.destroyed).toBe(true);
  });

  it('quits when all windows are closed, except on macOS', () => {
    const quits = () => electron.calls.filter((call) => call === 'app.quit').length;
    const before = quits();
    withPlatform('darwin', () => electron.module.app.emit('window-all-closed'));
    expect(quits(), 'macOS keeps the app running').toBe(before);
    withPlatform('linux', () => electron.module.app.emit('window-all-closed'));
    expect(quits()).toBe(before + 1);
  });

  it('holds the quit until the window position is written, then quits again', async () => {
    const quitsBefore = electron.calls.filter((call) => call === 'app.quit').length;
    const willQuit = preventableEvent();
    electron.module.app.emit('will-quit', willQuit);
    expect(willQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.calls.filter((call) => call === 'app.quit').length).toBe(quitsBefore + 1));
    expect(existsSync(join(electron.module.app.getPath('userData'), 'window-state.json'))).toBe(true);
  });
});

describe('the built main process, second instance', () => {
  it('quits at once without opening a window or registering handlers', async () => {
    const electron = await startLifeCycle({ singleInstanceLock: false });
    expect(electron.calls).toContain('app.quit');
    expect(electron.module.app.listenerCount('second-instance')).toBe(0);
    electron.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.protocolHandlers.size).toBe(0);
  });
});
