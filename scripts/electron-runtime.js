// @ts-check
/*
 * Whether Electron's runtime (the program that runs Waypoint's window) is on this machine, found the
 * way electron-vite finds it: ELECTRON_EXEC_PATH, else node_modules/electron/path.txt naming a file
 * in node_modules/electron/dist. The 'electron' package itself is never imported: its index starts a
 * download and throws a stack trace when that fails. The machine is passed in, for the unit tests.
 */
import { join } from 'node:path';

/**
 * @typedef {object} ElectronMachine
 * @property {Record<string, string | undefined>} env
 * @property {NodeJS.Platform} platform
 * @property {string} homeFolder
 * @property {{ folder: string; version: string } | undefined} electronPackage node_modules/electron, when npm installed it
 * @property {(path: string) => boolean} exists
 * @property {(path: string) => string | undefined} readText
 * @property {(installer: string) => { ok: boolean; problem: string }} runInstaller
 *   runs Electron's own installer (one download from its site); problem: its first line of error
 * @property {(line: string) => void} log
 */

/**
 * @typedef {{ kind: 'found'; path: string }
 *   | { kind: 'no-package' }
 *   | { kind: 'bad-exec-path'; path: string }
 *   | { kind: 'not-downloaded'; expected: string }} RuntimeLookup
 * @typedef {{ ok: true; path: string } | { ok: false; message: string }} RuntimeCheck
 */

/** The executable inside dist/ that Electron's installer writes into path.txt. */
function executableName(/** @type {NodeJS.Platform} */ platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * @param {Omit<ElectronMachine, 'runInstaller' | 'log'>} machine
 * @returns {RuntimeLookup}
 */
export function locateElectronRuntime(machine) {
  const execPath = machine.env['ELECTRON_EXEC_PATH'];
  if (execPath) return machine.exists(execPath) ? { kind: 'found', path: execPath } : { kind: 'bad-exec-path', path: execPath };
  const electron = machine.electronPackage;
  if (electron === undefined) return { kind: 'no-package' };
  const named = machine.readText(join(electron.folder, 'path.txt'))?.trim();
  const executable = join(electron.folder, 'dist', named || executableName(machine.platform));
  if (named && machine.exists(executable)) return { kind: 'found', path: executable };
  return { kind: 'not-downloaded', expected: executable };
}

/**
 * Where @electron/get keeps downloaded runtimes, so a copy from another machine is found.
 * @param {Pick<ElectronMachine, 'env' | 'platform' | 'homeFolder'>} machine
 */
export function electronCacheFolder({ env, platform, homeFolder }) {
  if (env['electron_config_cache']) return env['electron_config_cache'];
  if (platform === 'darwin') return join(homeFolder, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(homeFolder, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env['XDG_CACHE_HOME'] ?? join(homeFolder, '.cache'), 'electron');
}

/**
 * @param {ElectronMachine} machine
 * @param {string} expected
 * @param {string} why
 */
function missingRuntimeMessage(machine, expected, why) {
  const version = machine.electronPackage?.version ?? '';
  return [
    `Waypoint cannot open: Electron's runtime is missing (the Electron ${version} program that runs the app's window,`,
    `expected at ${expected}).`,
    `Why: ${why}.`,
    'What to do, once (after that Waypoint never goes online):',
    "  - with a connection to Electron's download site, run `npm start` again, or `npx install-electron`;",
    '  - or set ELECTRON_MIRROR to a mirror of Electron releases you can reach, then run `npm start`;',
    `  - or copy Electron's cache folder (${electronCacheFolder(machine)}) from a machine where Waypoint started.`,
    'Works without it: `npm test` (type checks, unit tests and every journey in Chromium).',
  ].join('\n');
}

/**
 * Finds the runtime; when it was never downloaded, fetches it once with Electron's installer (the
 * first `npm start` on a machine), unless ELECTRON_SKIP_BINARY_DOWNLOAD says not to.
 * @param {ElectronMachine} machine
 * @returns {RuntimeCheck}
 */
export function checkElectronRuntime(machine) {
  let lookup = locateElectronRuntime(machine);
  if (lookup.kind === 'found') return { ok: true, path: lookup.path };
  if (lookup.kind === 'no-package') {
    return { ok: false, message: 'Waypoint cannot open: the electron package is not installed. Run `npm install` first.' };
  }
  if (lookup.kind === 'bad-exec-path') {
    return {
      ok: false,
      message: `Waypoint cannot open: ELECTRON_EXEC_PATH is ${lookup.path}, which does not exist. Point it at an Electron executable, or unset it.`,
    };
  }
  const electron = machine.electronPackage;
  if (machine.env['ELECTRON_SKIP_BINARY_DOWNLOAD'] || electron === undefined) {
    return {
      ok: false,
      message: missingRuntimeMessage(machine, lookup.expected, 'its download was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD is set)'),
    };
  }
  machine.log(`Fetching Electron's runtime (Electron ${electron.version}, once for this machine)…`);
  const installed = machine.runInstaller(join(electron.folder, 'install.js'));
  lookup = locateElectronRuntime(machine);
  if (lookup.kind === 'found') return { ok: true, path: lookup.path };
  const expected = lookup.kind === 'not-downloaded' ? lookup.expected : join(electron.folder, 'dist');
  const problem = installed.ok ? 'the installer finished but left no runtime' : installed.problem;
  return {
    ok: false,
    message: missingRuntimeMessage(
      machine,
      expected,
      `npm install does not fetch it, and fetching it now from Electron's download site failed (${problem})`,
    ),
  };
}
