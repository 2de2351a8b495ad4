import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkElectronRuntime,
  electronCacheFolder,
  locateElectronRuntime,
  type ElectronMachine,
} from '../../../scripts/electron-runtime.js';

const electronFolder = '/app/node_modules/electron';
const runtime = `${electronFolder}/dist/electron`;

interface FakeOptions {
  files?: Record<string, string>;
  env?: Record<string, string>;
  withPackage?: boolean;
  /** What Electron's installer does: writes the runtime (a reachable download site) or fails with a problem. */
  installer?: 'downloads' | 'fails';
}

function fakeMachine({ files = {}, env = {}, withPackage = true, installer = 'fails' }: FakeOptions = {}) {
  const disk = new Map(Object.entries(files));
  const installerRuns: string[] = [];
  const lines: string[] = [];
  const machine: ElectronMachine = {
    env,
    platform: 'linux',
    homeFolder: '/home/someone',
    electronPackage: withPackage ? { folder: electronFolder, version: '45.4.1' } : undefined,
    exists: (path) => disk.has(path),
    readText: (path) => disk.get(path),
    runInstaller: (path) => {
      installerRuns.push(path);
      if (installer === 'fails') return { ok: false, problem: 'TypeError: fetch failed' };
      disk.set(`${electronFolder}/path.txt`, 'electron');
      disk.set(runtime, '');
      return { ok: true, problem: '' };
    },
    log: (line) => lines.push(line),
  };
  return { machine, installerRuns, lines };
}

const installedRuntime = { [`${electronFolder}/path.txt`]: 'electron', [runtime]: '' };

describe('finding Electron’s runtime the way electron-vite does', () => {
  it('uses path.txt and the file it names in dist/', () => {
    expect(locateElectronRuntime(fakeMachine({ files: installedRuntime }).machine)).toEqual({ kind: 'found', path: runtime });
  });

  it('counts a path.txt whose file is gone as not downloaded', () => {
    const { machine } = fakeMachine({ files: { [`${electronFolder}/path.txt`]: 'electron' } });
    expect(locateElectronRuntime(machine)).toEqual({ kind: 'not-downloaded', expected: runtime });
  });

  it('prefers ELECTRON_EXEC_PATH, and calls a wrong one a mistake', () => {
    expect(locateElectronRuntime(fakeMachine({ files: { '/opt/e': '' }, env: { ELECTRON_EXEC_PATH: '/opt/e' } }).machine)).toEqual({
      kind: 'found',
      path: '/opt/e',
    });
    const check = checkElectronRuntime(fakeMachine({ files: installedRuntime, env: { ELECTRON_EXEC_PATH: '/opt/typo' } }).machine);
    expect(check).toEqual({ ok: false, message: expect.stringContaining('ELECTRON_EXEC_PATH is /opt/typo, which does not exist') });
  });

  it('knows Electron’s cache folder on each platform', () => {
    const home = '/home/someone';
    expect(electronCacheFolder({ env: {}, platform: 'linux', homeFolder: home })).toBe('/home/someone/.cache/electron');
    expect(electronCacheFolder({ env: { XDG_CACHE_HOME: '/c' }, platform: 'linux', homeFolder: home })).toBe('/c/electron');
    expect(electronCacheFolder({ env: {}, platform: 'darwin', homeFolder: home })).toBe('/home/someone/Library/Caches/electron');
    expect(electronCacheFolder({ env: { electron_config_cache: '/x' }, platform: 'darwin', homeFolder: home })).toBe('/x');
  });
});

describe('checking before npm start', () => {
  it('starts without a download when the runtime is there', () => {
    const { machine, installerRuns } = fakeMachine({ files: installedRuntime });
    expect(checkElectronRuntime(machine)).toEqual({ ok: true, path: runtime });
    expect(installerRuns).toEqual([]);
  });

  it('fetches the runtime once with Electron’s installer on the first start', () => {
    const { machine, installerRuns } = fakeMachine({ installer: 'downloads' });
    expect(checkElectronRuntime(machine)).toEqual({ ok: true, path: runtime });
    expect(installerRuns).toEqual([`${electronFolder}/install.js`]);
  });

  it('explains what is missing, why, what to do and what works without it when the download site is unreachable', () => {
    const { machine, installerRuns } = fakeMachine({ installer: 'fails' });
    const check = checkElectronRuntime(machine);
    expect(installerRuns).toHaveLength(1);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toContain("Electron's runtime is missing");
    expect(check.message).toContain(`expected at ${runtime}`);
    expect(check.message).toContain("fetching it now from Electron's download site failed (TypeError: fetch failed)");
    expect(check.message).toContain('ELECTRON_MIRROR');
    expect(check.message).toContain("Electron's cache folder (/home/someone/.cache/electron)");
    expect(check.message).toContain('Works without it: `npm test`');
    expect(check.message).not.toMatch(/\n\s+at /);
  });

  it('does not try to download when the install was told to skip it', () => {
    const { machine, installerRuns } = fakeMachine({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, installer: 'downloads' });
    const check = checkElectronRuntime(machine);
    expect(installerRuns).toEqual([]);
    expect(check).toEqual({ ok: false, message: expect.stringContaining('its download was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD is set)') });
  });

  it('asks for npm install when the electron package itself is absent', () => {
    const check = checkElectronRuntime(fakeMachine({ withPackage: false }).machine);
    expect(check).toEqual({ ok: false, message: expect.stringContaining('Run `npm install` first') });
  });
});

describe('the npm start check as a command', () => {
  it('exits non-zero with the plain message and no stack trace', () => {
    const script = resolve(import.meta.dirname, '../../../scripts/check-electron.js');
    const result = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      // A runtime that cannot exist, so the check fails the same way on a machine that has Electron.
      env: { ...process.env, ELECTRON_EXEC_PATH: resolve(tmpdir(), 'no-electron-here', 'electron') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Waypoint cannot open: ELECTRON_EXEC_PATH is');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
