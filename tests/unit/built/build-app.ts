/*
 * Global setup of the "built" tests: builds the app once per run into a temporary folder, so these
 * tests always see the current sources and never a stale out/, nor another run's build.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temporary build folder, laid out like out/: main/, preload/, renderer/. */
    builtApp: string;
  }
}

const projectRoot = resolve(import.meta.dirname, '../../..');

export default async function buildApp(project: TestProject): Promise<() => Promise<void>> {
  const buildFolder = await mkdtemp(join(tmpdir(), 'waypoint-built-'));
  const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  try {
    await promisify(execFile)(process.execPath, [electronVite, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, WAYPOINT_OUT_DIR: buildFolder },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    await rm(buildFolder, { recursive: true, force: true });
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`The app did not build, so the tests of the built app cannot run:\n${output}`, { cause: error });
  }
  project.provide('builtApp', buildFolder);
  return () => rm(buildFolder, { recursive: true, force: true });
}
