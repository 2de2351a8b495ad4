/*
 * Loads the BUILT preload the way a sandboxed renderer does: a bare context where `require` knows
 * only 'electron'. If the bundle needed anything else (zod, a Node built-in, an unbundled import of
 * the contract), it would fail here instead of in a user's window.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventChannels, methodChannels } from '../../../src-main/shared/contract';

// Built for this run by build-app.ts (the "built" project's global setup).
const builtPreload = resolve(inject('builtApp'), 'preload/preload.cjs');

type Listener = (event: unknown, payload: unknown) => void;

interface ElectronStub {
  exposed: Map<string, unknown>;
  invocations: Array<{ channel: string; args: unknown[] }>;
  listeners: Array<{ channel: string; listener: Listener }>;
  removed: Array<{ channel: string; listener: Listener }>;
  module: {
    contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
    ipcRenderer: {
      invoke(channel: string, ...args: unknown[]): Promise<unknown>;
      on(channel: string, listener: Listener): void;
      removeListener(channel: string, listener: Listener): void;
    };
  };
}

function createElectronStub(): ElectronStub {
  const stub: Omit<ElectronStub, 'module'> = { exposed: new Map(), invocations: [], listeners: [], removed: [] };
  return {
    ...stub,
    module: {
      contextBridge: {
        exposeInMainWorld: (key, api) => void stub.exposed.set(key, api),
      },
      ipcRenderer: {
        invoke: async (channel, ...args) => {
          stub.invocations.push({ channel, args });
          return { answeredOn: channel };
        },
        on: (channel, listener) => void stub.listeners.push({ channel, listener }),
        removeListener: (channel, listener) => void stub.removed.push({ channel, listener }),
      },
    },
  };
}

/** Runs the CommonJS bundle in a fresh context with nothing but a stub 'electron' to require. */
function loadPreload(electron: ElectronStub): void {
  const source = readFileSync(builtPreload, 'utf8');
  const requireStub = (id: string): unknown => {
    if (id === 'electron') return electron.module;
    throw new Error(`A sandboxed preload cannot require '${id}'`);
  };
  const module = { exports: {} };
  const wrapper: unknown = runInContext(
    `(function (exports, require, module, __filename, __dirname) {\n${source}\n})`,
    createContext({}),
    { filename: builtPreload },
  );
  if (typeof wrapper !== 'function') throw new Error('The preload did not compile to a function');
  wrapper(module.exports, requireStub, module, builtPreload, resolve(builtPreload, '..'));
}

type ExposedHost = Record<string, unknown> & {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};

function isExposedHost(value: unknown): value is ExposedHost {
  return typeof value === 'object' && value !== null && 'on' in value && typeof value.on === 'function';
}

describe('the built preload', () => {
  let electron: ElectronStub;
  let host: ExposedHost;

  beforeAll(() => {
    electron = createElectronStub();
    loadPreload(electron);
    const exposed = electron.exposed.get('waypoint');
    if (!isExposedHost(exposed)) throw new Error('window.waypoint was not exposed as a host object');
    host = exposed;
  });

  it('exposes window.waypoint and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['waypoint']);
  });

  it('has every method of the contract', () => {
    for (const method of Object.keys(methodChannels)) expect(host[method], method).toBeTypeOf('function');
    expect(Object.keys(host).sort()).toEqual([...Object.keys(methodChannels), 'on'].sort());
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(host)).toBe(true);
  });

  it('invokes the channel of each method with its arguments', async () => {
    const getAppInfo = host['getAppInfo'];
    const setThemeSource = host['setThemeSource'];
    if (typeof getAppInfo !== 'function' || typeof setThemeSource !== 'function') throw new Error('missing methods');

    await expect(getAppInfo()).resolves.toEqual({ answeredOn: 'waypoint:app:get-info' });
    await setThemeSource('dark');
    expect(electron.invocations).toEqual([
      { channel: 'waypoint:app:get-info', args: [] },
      { channel: methodChannels.setThemeSource, args: ['dark'] },
    ]);
  });

  it('subscribes to events on their channel, hands over only the payload, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = host.on('menuCommand', (payload) => received.push(payload));

    const subscription = electron.listeners.at(-1);
    expect(subscription?.channel).toBe(eventChannels.menuCommand);
    subscription?.listener({ sender: 'the IPC event must not reach the page' }, { kind: 'new-workbook' });
    expect(received).toEqual([{ kind: 'new-workbook' }]);

    expect(electron.removed).toEqual([]);
    unsubscribe();
    expect(electron.removed).toEqual([{ channel: eventChannels.menuCommand, listener: subscription?.listener }]);
  });

  it('subscribes to flush requests too', () => {
    host.on('flushRequest', () => undefined);
    expect(electron.listeners.at(-1)?.channel).toBe(eventChannels.flushRequest);
  });
});
