/* One life cycle of the built main process against a fake Electron, and how tests talk to it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { methodChannels, type HostMethod } from '../../../src-main/shared/contract';
import { createFakeElectron, type FakeElectron, type FakeWindow } from './fake-electron';
import { loadBuiltMain } from './load-built-main';

export const builtApp = inject('builtApp');

const userDataFolders: string[] = [];

export async function startLifeCycle(options: { singleInstanceLock?: boolean } = {}): Promise<FakeElectron> {
  const userData = await mkdtemp(join(tmpdir(), 'waypoint-user-data-'));
  userDataFolders.push(userData);
  const electron = createFakeElectron({ userData, ...options });
  await loadBuiltMain(builtApp, electron);
  return electron;
}

export function onlyWindow(electron: FakeElectron): FakeWindow {
  const open = electron.windows.filter((window) => !window.destroyed);
  expect(open, 'open windows').toHaveLength(1);
  return open[0]!;
}

export function serve(electron: FakeElectron, url: string, method = 'GET'): Promise<Response> {
  const handler = electron.protocolHandlers.get('waypoint');
  if (handler === undefined) throw new Error('No handler for the waypoint scheme');
  return handler(new Request(url, { method }));
}

/** An IPC event as Electron builds it, from `contents` showing `url` in its main frame or a sub-frame. */
export function ipcEvent(contents: FakeWindow['webContents'], url: string, frame: 'main' | 'sub' = 'main') {
  return {
    sender: contents,
    senderFrame: {
      url,
      detached: false,
      parent: frame === 'main' ? null : { url },
      frameToken: frame === 'main' ? contents.mainFrame.frameToken : 'a-sub-frame',
    },
  };
}

export function invoke(electron: FakeElectron, method: HostMethod, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electron.ipcHandlers.get(methodChannels[method]);
  if (handler === undefined) throw new Error(`No ipcMain handler for ${method}`);
  return Promise.resolve().then(() => handler(event, ...args));
}

export async function removeUserDataFolders(): Promise<void> {
  await Promise.all(userDataFolders.map((folder) => rm(folder, { recursive: true, force: true })));
}
