import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../../../src-main/services/cli/commands';
import { parseArguments } from '../../../../../src-main/services/cli/arguments';
import { infoOf, readBack, textOf } from '../pdf/pdf-tools';
import { projectRoot } from '../exports/sample';

/*
 * `waypoint pdf`: the printed plan from a terminal, against a file system in memory.
 */

const sampleBytes = new Uint8Array(readFileSync(resolve(projectRoot, 'resources/samples/maya-okafor.waypoint')));

function fakeIo() {
  const stored = new Map<string, Uint8Array>([['sample.waypoint', sampleBytes], ['notes.txt', new TextEncoder().encode('just notes')]]);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const data = stored.get(path);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, data) => {
      if (path.startsWith('/full-disk/')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      stored.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date('2026-11-30T12:00:00.000Z'),
    newId: () => 'id',
    appVersion: '0.1.0',
  };
  return { io, file: (path: string) => stored.get(path), has: (path: string) => stored.has(path), stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('waypoint pdf', () => {
  it('writes the plan as an A4 PDF and says how many pages, exit 0', async () => {
    const fake = fakeIo();
    expect(await runCli(['pdf', 'sample.waypoint', '-o', 'plan.pdf'], fake.io)).toBe(0);
    const bytes = fake.file('plan.pdf')!;
    const back = await readBack(bytes);
    expect(fake.stdout()).toBe(`Wrote plan.pdf: ${back.pages} pages, A4.\n`);
    expect(fake.stderr()).toBe('');
    expect(infoOf(bytes)['Page size']).toContain('(A4)');
    expect(infoOf(bytes).CreationDate).toBe('2026-11-30T12:00:00Z');
  }, 60_000);

  it('prints Letter, a shared copy and only the sections asked for', async () => {
    const fake = fakeIo();
    expect(await runCli(['pdf', 'sample.waypoint', '--letter', '--share', '--sections', 'people,values', '-o', 'shared.pdf'], fake.io)).toBe(0);
    const bytes = fake.file('shared.pdf')!;
    expect(fake.stdout()).toMatch(/^Wrote shared\.pdf: \d+ pages, Letter, without private fields\.\n$/);
    expect(infoOf(bytes)['Page size']).toContain('(letter)');
    expect((await readBack(bytes)).outline).toEqual(['Values', 'People']);
    expect(textOf(bytes)).not.toContain('Personal email;');
  }, 60_000);

  it('a missing or invalid workbook is exit 1 with a plain message, and nothing is written', async () => {
    const fake = fakeIo();
    expect(await runCli(['pdf', 'no-such.waypoint', '-o', 'plan.pdf'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe('waypoint: Cannot read “no-such.waypoint”: there is no such file or folder.\n');
    expect(await runCli(['pdf', 'notes.txt', '-o', 'plan.pdf'], fake.io)).toBe(1);
    expect(fake.stderr()).toContain('waypoint: notes.txt: This file is not a Waypoint workbook');
    expect(fake.has('plan.pdf')).toBe(false);
  });

  it('a full disk is exit 1 with a plain message', async () => {
    const fake = fakeIo();
    expect(await runCli(['pdf', 'sample.waypoint', '-o', '/full-disk/plan.pdf'], fake.io)).toBe(1);
    expect(fake.stderr()).toBe('waypoint: Cannot write “/full-disk/plan.pdf”: the disk is full.\n');
  }, 60_000);

  it('a section that does not exist, or the screen as output, is a usage mistake (exit 2)', async () => {
    const fake = fakeIo();
    expect(await runCli(['pdf', 'sample.waypoint', '--sections', 'skills,hobbies', '-o', 'plan.pdf'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/^waypoint: There is no section “hobbies”; the sections are overview, vision,/);
    expect(parseArguments(['pdf', 'sample.waypoint', '-o', '-'])).toMatchObject({ kind: 'usage-error', message: 'A PDF cannot go to the screen: give a file name with -o.' });
    expect(parseArguments(['pdf', 'sample.waypoint', '--sections', '-o', 'plan.pdf'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArguments(['md', 'sample.waypoint', '--letter', '-o', 'plan.md'])).toMatchObject({ kind: 'usage-error', message: 'md has no option --letter.' });
    expect(parseArguments(['pdf', 'sample.waypoint', '--sections=skills', '-o', 'plan.pdf'])).toMatchObject({ kind: 'run', sections: ['skills'], letter: false });
  });
});
