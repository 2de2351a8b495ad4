import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, prepareTestTools, type LocalMachine } from '../../../scripts/test-tools.js';

const playwrightPath = '/home/someone/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';

interface FakeMachineOptions {
  files?: string[];
  programs?: string[];
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  uid?: number | undefined;
  /** What each command does when it succeeds; a command missing here fails (no network, no root…). */
  effects?: Record<string, { files?: string[]; programs?: string[] }>;
}

/** A machine where nothing is real: files and programs are sets, commands are recorded. */
function fakeMachine(options: FakeMachineOptions = {}) {
  const files = new Set(options.files ?? []);
  const programs = new Set(options.programs ?? []);
  const commands: string[] = [];
  const lines: string[] = [];
  const machine: LocalMachine = {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    uid: 'uid' in options ? options.uid : 0,
    exists: (path) => files.has(path),
    isOnPath: (program) => programs.has(program),
    playwrightChromium: () => playwrightPath,
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      commands.push(line);
      const effect = options.effects?.[line];
      if (effect === undefined) return false;
      for (const file of effect.files ?? []) files.add(file);
      for (const program of effect.programs ?? []) programs.add(program);
      return true;
    },
    log: (line) => lines.push(line),
  };
  return { machine, commands, lines };
}

const debian = { files: ['/etc/debian_version'], programs: ['apt-get'] };
const pdfTools = ['pdftotext', 'pdfinfo'];
const aptInstall = 'apt-get install -y --no-install-recommends';

describe('finding the browser for the journeys', () => {
  it('prefers CHROMIUM_PATH, then Playwright’s own, then the system’s', () => {
    const everything = [playwrightPath, '/usr/bin/chromium', '/opt/my-chromium'];
    expect(findChromium(fakeMachine({ files: everything, env: { CHROMIUM_PATH: '/opt/my-chromium' } }).machine)).toEqual({
      kind: 'found',
      path: '/opt/my-chromium',
      source: 'CHROMIUM_PATH',
    });
    expect(findChromium(fakeMachine({ files: everything }).machine)).toMatchObject({ path: playwrightPath, source: 'playwright' });
    expect(findChromium(fakeMachine({ files: ['/usr/bin/chromium'] }).machine)).toMatchObject({
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(findChromium(fakeMachine().machine)).toEqual({ kind: 'missing' });
  });

  it('treats a CHROMIUM_PATH that does not exist as a mistake, not as a reason to look elsewhere', () => {
    const { machine } = fakeMachine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/typo' } });
    expect(findChromium(machine)).toEqual({ kind: 'misconfigured', path: '/opt/typo' });
    const preparation = prepareTestTools(machine);
    expect(preparation.ok).toBe(false);
    if (!preparation.ok) expect(preparation.message).toContain('CHROMIUM_PATH is /opt/typo, which does not exist');
  });
});

describe('preparing the tools before npm test runs anything', () => {
  it('installs nothing when everything is there', () => {
    const { machine, commands } = fakeMachine({ files: ['/usr/bin/chromium'], programs: pdfTools });
    expect(prepareTestTools(machine)).toEqual({
      ok: true,
      chromium: { path: '/usr/bin/chromium', source: 'system' },
      installed: [],
    });
    expect(commands).toEqual([]);
  });

  it('fetches Playwright’s Chromium first where its download site can be reached', () => {
    const { machine, commands } = fakeMachine({
      programs: pdfTools,
      effects: { 'npx playwright install chromium': { files: [playwrightPath] } },
    });
    expect(prepareTestTools(machine)).toEqual({
      ok: true,
      chromium: { path: playwrightPath, source: 'playwright' },
      installed: ["Playwright's Chromium"],
    });
    expect(commands).toEqual(['npx playwright install chromium']);
  });

  it('falls back to Debian’s chromium as root when Playwright’s download fails, with poppler in the same install', () => {
    const { machine, commands } = fakeMachine({
      ...debian,
      uid: 0,
      effects: {
        'apt-get update': {},
        [`${aptInstall} chromium poppler-utils`]: { files: ['/usr/bin/chromium'], programs: pdfTools },
      },
    });
    expect(prepareTestTools(machine)).toEqual({
      ok: true,
      chromium: { path: '/usr/bin/chromium', source: 'system' },
      installed: ['chromium', 'poppler-utils'],
    });
    expect(commands).toEqual(['npx playwright install chromium', 'apt-get update', `${aptInstall} chromium poppler-utils`]);
  });

  it('installs only poppler-utils when the browser is there', () => {
    const { machine, commands } = fakeMachine({
      files: ['/etc/debian_version', '/usr/bin/chromium'],
      programs: ['apt-get'],
      effects: { 'apt-get update': {}, [`${aptInstall} poppler-utils`]: { programs: pdfTools } },
    });
    expect(prepareTestTools(machine)).toMatchObject({ ok: true, installed: ['poppler-utils'] });
    expect(commands).toEqual(['apt-get update', `${aptInstall} poppler-utils`]);
  });

  it('stops with the sudo command when it is not root on Debian', () => {
    const { machine, commands } = fakeMachine({ ...debian, uid: 1000 });
    const preparation = prepareTestTools(machine);
    expect(commands).toEqual(['npx playwright install chromium']);
    expect(preparation.ok).toBe(false);
    if (preparation.ok) return;
    expect(preparation.message).toMatch(/^npm test stopped before running anything/);
    expect(preparation.message).toContain("Playwright's download site could not be reached; installing Debian packages needs root");
    expect(preparation.message).toContain('Run:  sudo apt-get install chromium poppler-utils');
  });

  it('asks only for poppler when Playwright’s Chromium arrived but apt-get needs root', () => {
    const { machine } = fakeMachine({ ...debian, uid: 1000, effects: { 'npx playwright install chromium': { files: [playwrightPath] } } });
    const preparation = prepareTestTools(machine);
    expect(preparation).toMatchObject({ ok: false });
    if (preparation.ok) return;
    expect(preparation.message).toContain("needs poppler's pdftotext and pdfinfo");
    expect(preparation.message).not.toContain('Chromium');
    expect(preparation.message).toContain('It could not get them itself: installing Debian packages needs root.');
    expect(preparation.message).toContain('Run:  sudo apt-get install poppler-utils\n');
  });

  it('stops naming what apt-get failed to install when root cannot install either', () => {
    const { machine } = fakeMachine({ ...debian, files: ['/etc/debian_version'], programs: ['apt-get', ...pdfTools], uid: 0 });
    const preparation = prepareTestTools(machine);
    expect(preparation).toMatchObject({ ok: false });
    if (!preparation.ok) {
      expect(preparation.message).toContain('apt-get could not install them');
      expect(preparation.message).toContain('Run:  apt-get install chromium\n');
    }
  });

  it('names Playwright’s installer and Homebrew on macOS', () => {
    const { machine, commands } = fakeMachine({ platform: 'darwin', uid: 501 });
    const preparation = prepareTestTools(machine);
    expect(commands).toEqual(['npx playwright install chromium']);
    expect(preparation).toMatchObject({ ok: false });
    if (!preparation.ok) {
      expect(preparation.message).toContain('Run:  npx playwright install chromium  and  brew install poppler');
      expect(preparation.message.split('\n')).toHaveLength(4);
    }
  });
});

describe('the first step of npm test as a command', () => {
  it('stops with exit code 1 and one message before running anything when the browser it was given is missing', () => {
    const script = resolve(import.meta.dirname, '../../../scripts/prepare-test-tools.js');
    const missing = resolve(tmpdir(), 'no-chromium-here', 'chromium');
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: missing } });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm test stopped before running anything: CHROMIUM_PATH is ${missing}, which does not exist.\n` +
        "Point CHROMIUM_PATH at a Chromium executable, or unset it to use Playwright's or the system's.",
    );
    expect(result.stdout).toBe('');
  });
});
