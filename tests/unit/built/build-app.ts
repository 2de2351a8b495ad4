/*
 * Global setup of the "built" tests: builds the app once per run into a folder of its own, so these
 * tests always see the current sources and never a stale out/, nor another run's build.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temporary build folder, laid out like out/: main/, preload/, renderer/. */
    builtApp: string;
    /** What electron-vite printed while building it. */
    buildLog: string;
  }
}

const projectRoot = resolve(import.meta.dirname, '../../..');

export default async function buildApp(project: TestProject): Promise<() => Promise<void>> {
  // Inside the project (out-*/ is ignored by git and lint): vite empties and builds there without warnings.
  const buildFolder = await mkdtemp(join(projectRoot, 'out-built-test-'));
  const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  let buildLog: string;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [electronVite, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, WAYPOINT_OUT_DIR: buildFolder, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    buildLog = `${stdout}\n${stderr}`;
  } catch (error) {
    await rm(buildFolder, { recursive: true, force: true });
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`The app did not build, so the tests of the built app cannot run:\n${output}`, { cause: error });
  }
  project.provide('builtApp', buildFolder);
  project.provide('buildLog', buildLog);
  return () => rm(buildFolder, { recursive: true, force: true });
}
