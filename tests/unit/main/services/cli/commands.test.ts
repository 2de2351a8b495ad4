import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../../../src-main/services/cli/commands';
import { readWorkbookBytes } from '../../../../../src-main/shared/workbook-file-read';
import { projectRoot } from '../exports/sample';

const sampleBytes = new Uint8Array(readFileSync(resolve(projectRoot, 'resources/samples/maya-okafor.waypoint')));
const resumeBytes = new Uint8Array(readFileSync(resolve(projectRoot, 'tests/fixtures/json-resume/complete.json')));

/** A file system in memory, and what the command printed. */
function fakeIo(files: Record<string, Uint8Array | string>) {
  const stored = new Map(Object.entries(files).map(([path, data]) => [path, typeof data === 'string' ? new TextEncoder().encode(data) : data]));
  const out: string[] = [];
  const err: string[] = [];
  let ids = 0;
  const io: CliIo = {
    readFile: async (path) => {
      const data = stored.get(path);
      if (!data) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/read-only/')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      stored.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date('2026-11-30T12:00:00.000Z'),
    newId: () => `cli-${(ids += 1)}`,
    appVersion: '0.1.0',
  };
  return {
    io,
    text: (path: string) => new TextDecoder().decode(stored.get(path)),
    has: (path: string) => stored.has(path),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

let fake: ReturnType<typeof fakeIo>;
beforeEach(() => {
  fake = fakeIo({ 'sample.waypoint': sampleBytes, 'resume.json': resumeBytes, 'notes.txt': 'just some notes' });
});

describe('validate', () => {
  it('prints the owner and the counts per section, exit 0', async () => {
    expect(await runCli(['validate', 'sample.waypoint'], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('sample.waypoint is a valid Waypoint workbook (file version 1): “Maya Okafor (sample)”.');
    expect(fake.stdout()).toContain('Owner: Maya Okafor, Senior data analyst at Kestrelway Freight');
    expect(fake.stdout()).toContain('Holds: 3 job-or-career checks, 16 skills, 7 learning actions,');
    expect(fake.stderr()).toBe('');
  });

  it('prints the problems of a file that is not valid, exit 1', async () => {
    const broken = JSON.parse(new TextDecoder().decode(sampleBytes));
    broken.workbook.skills[3].proficiency = 9;
    fake = fakeIo({ 'broken.waypoint': JSON.stringify(broken) });
    expect(await runCli(['validate', 'broken.waypoint'], fake.io)).toBe(1);
    expect(fake.stderr()).toContain('skills[3].proficiency must be between 1 and 5');
    expect(fake.stdout()).toBe('');
  });

  it('says a missing file or another kind of file in plain words, exit 1, never a stack trace', async () => {
    expect(await runCli(['validate', 'missing.waypoint'], fake.io)).toBe(1);
    expect(await runCli(['validate', 'notes.txt'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe(
      'waypoint: Cannot read “missing.waypoint”: there is no such file or folder.\n' +
        'waypoint: notes.txt: This file is not a Waypoint workbook: its text is not JSON, the format workbook files are written in.\n',
    );
    expect(fake.stderr()).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('migrate', () => {
  it('writes the current version, stamped with the clock and the app version', async () => {
    expect(await runCli(['migrate', 'sample.waypoint', '-o', 'out.waypoint'], fake.io)).toBe(0);
    const written = JSON.parse(fake.text('out.waypoint'));
    expect(written).toMatchObject({ format: 'waypoint-workbook', version: 1, exportedAt: '2026-11-30T12:00:00.000Z', app: { name: 'Waypoint', version: '0.1.0' } });
    const reread = readWorkbookBytes(new TextEncoder().encode(fake.text('out.waypoint')));
    const original = readWorkbookBytes(sampleBytes);
    expect(reread.status === 'ok' && original.status === 'ok' && reread.snapshot).toEqual(original.status === 'ok' && original.snapshot);
    expect(fake.stdout()).toBe('Wrote out.waypoint in file version 1.\n');
  });

  it('says so when the output cannot be written, exit 1', async () => {
    expect(await runCli(['migrate', 'sample.waypoint', '-o', '/read-only/out.waypoint'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe('waypoint: Cannot write “/read-only/out.waypoint”: permission was refused.\n');
  });
});

describe('from-json-resume', () => {
  it('writes a workbook file that reads back, and prints what it took and left out', async () => {
    expect(await runCli(['from-json-resume', 'resume.json', '-o', 'amara.waypoint'], fake.io)).toBe(0);
    const reread = readWorkbookBytes(new TextEncoder().encode(fake.text('amara.waypoint')));
    expect(reread.status).toBe('ok');
    expect(reread.status === 'ok' && reread.snapshot.workbook.owner.name).toBe('Amara Nwosu');
    expect(fake.stdout()).toContain('Taken from the résumé: work 2, education 1, volunteer 1, projects 1, skills 4, certificates 2.');
    expect(fake.stdout()).toContain('Warning: The résumé’s awards, languages, interests have no place');
  });

  it('refuses what is not a résumé and writes nothing, exit 1', async () => {
    expect(await runCli(['from-json-resume', 'sample.waypoint', '-o', 'x.waypoint'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe('waypoint: sample.waypoint: This is a Waypoint workbook file, not a résumé: open it with Import workbook instead.\n');
    expect(fake.has('x.waypoint')).toBe(false);
  });
});

describe('ics and md', () => {
  it('ics writes a calendar of the plan’s dates as of the clock’s day', async () => {
    expect(await runCli(['ics', 'sample.waypoint', '-o', 'plan.ics'], fake.io)).toBe(0);
    const events = new ICAL.Component(ICAL.parse(fake.text('plan.ics'))).getAllSubcomponents('vevent');
    expect(fake.stdout()).toBe(`Wrote plan.ics: ${events.length} events.\n`);
    expect(events.length).toBeGreaterThan(10);
  });

  it('md --share writes the plan without private fields; -o - writes it to the screen', async () => {
    expect(await runCli(['md', 'sample.waypoint', '-o', 'plan.md', '--share'], fake.io)).toBe(0);
    expect(fake.text('plan.md')).toMatch(/^# Maya Okafor \(sample\)\n/);
    expect(fake.text('plan.md')).not.toContain('Personal email; prefers a message before a call.');
    const screen = fakeIo({ 'sample.waypoint': sampleBytes });
    expect(await runCli(['md', 'sample.waypoint', '-o', '-'], screen.io)).toBe(0);
    expect(screen.stdout()).toContain('Personal email; prefers a message before a call.');
    expect(screen.stderr()).toBe('');
  });
});

describe('usage', () => {
  it('a usage mistake prints the message and the help on stderr, exit 2', async () => {
    expect(await runCli(['md', 'sample.waypoint'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/^waypoint: Say where to write, with -o <file> \(or -o - for the screen\)\.\n\nUsage: waypoint md /);
    expect(fake.stdout()).toBe('');
  });

  it('--help prints on stdout, exit 0', async () => {
    expect(await runCli(['--help'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^Usage: waypoint <command> \[arguments\]/);
  });
});
