/*
 * What each command of the command line does, with the outside world (files, output, clock, ids)
 * passed in, so the tests run every command against a fake file system. Expected failures are exit
 * codes with plain messages; nothing here prints a stack trace.
 */
import { collections, entityCollections } from '../../shared/collections';
import { todayIso } from '../../shared/learning-plan';
import type { WorkbookSnapshot } from '../../shared/workbook';
import { readWorkbookBytes } from '../../shared/workbook-file-read';
import { writeWorkbookFile } from '../../shared/workbook-file-write';
import { workbookFileVersion } from '../../shared/workbook-file';
import { workbookToCalendar } from '../exports/calendar';
import { readJsonResume } from '../exports/json-resume';
import { workbookToMarkdown } from '../exports/markdown';
import { commandHelp, generalHelp, parseArguments, type ParsedArguments } from './arguments';
import { planPdf } from './pdf-command';
import { errorCode } from '../error-code';

export interface CliIo {
  readFile: (path: string) => Promise<Uint8Array>;
  /** Replaces the file in one step (see services/atomic-write.ts). */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  newId: () => string;
  appVersion: string;
}

export const exitCodes = { ok: 0, badInput: 1, usage: 2 } as const;

class BadInput extends Error {}

/** An fs error in plain words: "there is no such file", "permission was refused". */
export function fileProblem(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'there is no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission was refused';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error && error.message ? error.message.split('\n')[0] ?? 'it failed' : 'it failed';
  }
}

async function read(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new BadInput(`Cannot read “${path}”: ${fileProblem(error)}.`);
  }
}

async function write(io: CliIo, path: string, text: string | Uint8Array): Promise<void> {
  if (path === '-') {
    io.stdout(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return;
  }
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new BadInput(`Cannot write “${path}”: ${fileProblem(error)}.`);
  }
}

async function readWorkbook(io: CliIo, path: string): Promise<{ snapshot: WorkbookSnapshot; warnings: string[]; bytes: Uint8Array }> {
  const bytes = await read(io, path);
  const result = readWorkbookBytes(bytes);
  if (result.status === 'refused') throw new BadInput(`${path}: ${result.message}`);
  return { snapshot: result.snapshot, warnings: result.warnings, bytes };
}

/** "16 skills, 7 learning actions, …": every section that holds something. */
export function countsLine(snapshot: WorkbookSnapshot): string {
  const counts = entityCollections.flatMap((name) => {
    const count = snapshot[name].length;
    return count === 0 ? [] : [`${count} ${count === 1 ? collections[name].noun : collections[name].plural}`];
  });
  return counts.length === 0 ? 'nothing in any section yet' : counts.join(', ');
}

function ownerLine(snapshot: WorkbookSnapshot): string {
  const { name, headline } = snapshot.workbook.owner;
  return `Owner: ${[name, headline].filter((text) => text.trim() !== '').join(', ') || '(not filled in)'}`;
}

function warningLines(warnings: readonly string[]): string {
  return warnings.map((warning) => `Warning: ${warning}\n`).join('');
}

/** The version a file says it is written in (the reader already checked it is there). */
function fileVersion(bytes: Uint8Array): unknown {
  try {
    return Reflect.get(JSON.parse(new TextDecoder().decode(bytes)) as object, 'version');
  } catch {
    return undefined;
  }
}

function stampOf(io: CliIo) {
  return { exportedAt: io.now().toISOString(), app: { name: 'Waypoint', version: io.appVersion } };
}

/** Where a report goes: beside a file written with -o, or on stderr when the file itself goes to stdout. */
function report(io: CliIo, output: string | null): (text: string) => void {
  return output === '-' ? io.stderr : io.stdout;
}

/** The first line of a report: what was written where; nothing when the file itself went to the screen. */
function wrote(target: string, what = ''): string {
  return target === '-' ? '' : `Wrote ${target}${what}.\n`;
}

type RunArguments = Extract<ParsedArguments, { kind: 'run' }>;

async function run(io: CliIo, { command, input, output, share, letter = false, sections = null }: RunArguments): Promise<void> {
  const say = report(io, output);
  const target = output ?? '-';
  switch (command) {
    case 'validate': {
      const { snapshot, warnings, bytes } = await readWorkbook(io, input);
      const version = fileVersion(bytes);
      const versionNote = version === workbookFileVersion ? `file version ${version}` : `file version ${String(version)}, read as version ${workbookFileVersion}`;
      say(`${input} is a valid Waypoint workbook (${versionNote}): “${snapshot.workbook.title}”.\n${ownerLine(snapshot)}\nHolds: ${countsLine(snapshot)}.\n`);
      say(warningLines(warnings));
      return;
    }
    case 'migrate': {
      const { snapshot, warnings } = await readWorkbook(io, input);
      await write(io, target, writeWorkbookFile(snapshot, stampOf(io)));
      say(`${wrote(target, ` in file version ${workbookFileVersion}`)}${warningLines(warnings)}`);
      return;
    }
    case 'from-json-resume': {
      const result = readJsonResume(await read(io, input), { newId: io.newId, now: io.now().toISOString() });
      if (result.status === 'refused') throw new BadInput(`${input}: ${result.message}`);
      await write(io, target, writeWorkbookFile(result.snapshot, stampOf(io)));
      const { counts, warnings } = result.preview;
      const taken = Object.entries(counts).map(([section, count]) => `${section} ${count}`).join(', ');
      say(`${wrote(target, `: “${result.snapshot.workbook.title}”`)}${ownerLine(result.snapshot)}\nTaken from the résumé: ${taken}.\n${warningLines(warnings)}`);
      return;
    }
    case 'ics': {
      const { snapshot } = await readWorkbook(io, input);
      const calendar = workbookToCalendar(snapshot, { today: todayIso(io.now()), appVersion: io.appVersion });
      await write(io, target, calendar);
      const events = calendar.split('BEGIN:VEVENT').length - 1;
      say(wrote(target, `: ${events} ${events === 1 ? 'event' : 'events'}`));
      return;
    }
    case 'md': {
      const { snapshot } = await readWorkbook(io, input);
      await write(io, target, workbookToMarkdown(snapshot, { share, today: todayIso(io.now()) }));
      say(wrote(target, share ? ', without private fields' : ''));
      return;
    }
    case 'pdf': {
      const { snapshot } = await readWorkbook(io, input);
      const printed = await planPdf(snapshot, { now: io.now(), letter, share, sections });
      if (printed.status !== 'ok') throw new BadInput(`${input}: ${printed.message}`);
      await write(io, target, printed.bytes);
      say(wrote(target, `: ${printed.pages} ${printed.pages === 1 ? 'page' : 'pages'}${letter ? ', Letter' : ', A4'}${share ? ', without private fields' : ''}`));
      return;
    }
  }
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(parsed.command === null ? generalHelp() : commandHelp(parsed.command));
      return exitCodes.ok;
    case 'version':
      io.stdout(`waypoint ${io.appVersion}\n`);
      return exitCodes.ok;
    case 'usage-error':
      io.stderr(`waypoint: ${parsed.message}\n\n${parsed.command === null ? generalHelp() : commandHelp(parsed.command)}`);
      return exitCodes.usage;
    case 'run':
      try {
        await run(io, parsed);
        return exitCodes.ok;
      } catch (error) {
        const message = error instanceof BadInput ? error.message : `Something went wrong: ${fileProblem(error)}.`;
        io.stderr(`waypoint: ${message}\n`);
        return exitCodes.badInput;
      }
  }
}
