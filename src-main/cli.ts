/*
 * The `waypoint` command line: the same services as the app, from a terminal. Thin glue only: the
 * commands live in services/cli/ with the outside world passed in. Never imports Electron.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { version } from '../package.json';
import { writeFileAtomic } from './services/atomic-write';
import { runCli } from './services/cli/commands';

const exitCode = await runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFileAtomic(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  newId: () => randomUUID(),
  appVersion: version,
});
process.exitCode = exitCode;
