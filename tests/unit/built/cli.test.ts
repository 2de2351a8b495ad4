/*
 * The built command line (main/cli.js of the build made for this run), started as a user starts it:
 * exit codes, what it prints, the files it writes, and that it runs without Electron.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const builtApp = inject('builtApp');
const projectRoot = resolve(import.meta.dirname, '../../..');
const sample = join(projectRoot, 'resources/samples/maya-okafor.waypoint');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-cli-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Runs a script with arguments; resolves with its exit code and output, whatever the code. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [script, ...args], { cwd: folder, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      done({ code, stdout, stderr });
    });
  });
}

const cli = (...args: string[]) => run(join(builtApp, 'main', 'cli.js'), args);

describe('the built command line', () => {
  it('is built without any import of electron', async () => {
    const files = [join(builtApp, 'main', 'cli.js'), ...(await readdir(join(builtApp, 'main', 'chunks'))).map((name) => join(builtApp, 'main', 'chunks', name))];
    const mainChunks = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    const cliImportsElectron = mainChunks.some((code) => /from\s*["']electron["']|require\(["']electron["']\)/.test(code));
    expect(cliImportsElectron).toBe(false);
  });

  it('validate: the owner and counts, exit 0', async () => {
    const result = await cli('validate', sample);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Owner: Maya Okafor');
    expect(result.stdout).toContain('16 skills');
  });

  it('a missing file is exit 1 with one plain line on stderr', async () => {
    const result = await cli('validate', 'no-such.waypoint');
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'waypoint: Cannot read “no-such.waypoint”: there is no such file or folder.\n' });
  });

  it('a usage mistake is exit 2', async () => {
    const result = await cli('md', sample);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^waypoint: Say where to write/);
  });

  it('--help is exit 0 on stdout', async () => {
    const result = await cli('--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('from-json-resume');
  });

  it('md, ics, migrate and from-json-resume write their files, replacing one that is there', async () => {
    await writeFile(join(folder, 'plan.md'), 'old content');
    expect((await cli('md', sample, '-o', 'plan.md', '--share')).code).toBe(0);
    expect(await readFile(join(folder, 'plan.md'), 'utf8')).toMatch(/^# Maya Okafor \(sample\)/);
    expect((await cli('ics', sample, '-o', 'plan.ics')).code).toBe(0);
    expect(await readFile(join(folder, 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect((await cli('migrate', sample, '-o', 'copy.waypoint')).code).toBe(0);
    expect((await cli('validate', 'copy.waypoint')).code).toBe(0);
    const resume = join(projectRoot, 'tests/fixtures/json-resume/cyrillic.json');
    expect((await cli('from-json-resume', resume, '-o', 'anna.waypoint')).code).toBe(0);
    expect((await cli('validate', 'anna.waypoint')).stdout).toContain('Owner: Анна Сергеевна Иванова, Аналитик данных');
    // Nothing but the files asked for: the atomic writes left no temp files behind.
    expect((await readdir(folder)).sort()).toEqual(['anna.waypoint', 'copy.waypoint', 'plan.ics', 'plan.md']);
  });

  it('bin/waypoint.js runs the current build without building again', async () => {
    const result = await run(join(projectRoot, 'bin', 'waypoint.js'), ['validate', sample], { WAYPOINT_OUT_DIR: builtApp });
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('is a valid Waypoint workbook');
  });

  it('pdf prints the plan with the fonts that come with the app', async () => {
    const pdfFolder = await mkdtemp(join(folder, 'pdf-'));
    const result = await run(join(builtApp, 'main', 'cli.js'), ['pdf', sample, '-o', join(pdfFolder, 'plan.pdf'), '--share']);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^Wrote .*plan\.pdf: \d+ pages, A4, without private fields\.\n$/);
    expect(new TextDecoder().decode((await readFile(join(pdfFolder, 'plan.pdf'))).subarray(0, 5))).toBe('%PDF-');
    expect(await readdir(pdfFolder)).toEqual(['plan.pdf']);
  }, 60_000);
});
