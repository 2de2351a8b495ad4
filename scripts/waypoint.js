// @ts-check
/*
 * `npm run waypoint -- …` and the `waypoint` bin: runs the command line from the main build
 * (…/main/cli.js), building it first when it is missing or older than its sources, so it works right
 * after `npm install`. Build output is shown only when the build fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const outRoot = resolve(root, process.env.WAYPOINT_OUT_DIR ?? 'out');
const builtCli = join(outRoot, 'main', 'cli.js');

/** The newest modification time of the files the main build reads. */
function newestSource() {
  let newest = 0;
  /** @param {string} path */
  const visit = (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const path of ['src-main', 'resources/values-deck.json', 'package.json', 'package-lock.json', 'electron.vite.config.ts']) {
    visit(join(root, path));
  }
  return newest;
}

/** Whether the built command line is there and newer than every source it was built from. */
export function isBuildCurrent() {
  return existsSync(builtCli) && statSync(builtCli).mtimeMs >= newestSource();
}

function build() {
  process.stderr.write('Building Waypoint (needed once after installing or changing it)…\n');
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0 || !existsSync(builtCli)) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}\nwaypoint: Waypoint could not be built, so the command line cannot run (the build's output is above).\n`);
    process.exit(1);
  }
}

if (!isBuildCurrent()) build();
await import(pathToFileURL(builtCli).href);
