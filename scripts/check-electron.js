// @ts-check
/*
 * First step of `npm start` and `npm run dev`: Electron's runtime must be there before
 * electron-vite tries to start it; when it cannot be had, say what is missing and what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { checkElectronRuntime } from './electron-runtime.js';

/** Long enough for a slow download of the runtime; a hung one still ends. */
const installerTimeoutMs = 15 * 60_000;

function electronPackage() {
  try {
    const manifestPath = createRequire(import.meta.url).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return { folder: dirname(manifestPath), version: String(version) };
  } catch {
    return undefined;
  }
}

/** @param {string} installer */
function runInstaller(installer) {
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: installerTimeoutMs });
  // The installer prints a stack trace when it fails; its first line says what went wrong.
  const firstLine = (result.stderr || result.error?.message || '').split('\n').find((line) => line.trim() !== '');
  return { ok: result.status === 0, problem: firstLine?.trim() ?? `the installer exited with ${result.status}` };
}

const check = checkElectronRuntime({
  env: process.env,
  platform: process.platform,
  homeFolder: homedir(),
  electronPackage: electronPackage(),
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  runInstaller,
  log: (line) => console.log(line),
});
if (!check.ok) {
  console.error(`\n${check.message}\n`);
  process.exitCode = 1;
}
