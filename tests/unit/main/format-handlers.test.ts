import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../src-main/handlers';
import { repositoryRoot } from '../../e2e/harness/app-server';
import { readSample } from './services/exports/sample';
import { expectNoDependencyCalled, setup } from './handler-setup';

const resumePath = join(repositoryRoot, 'tests/fixtures/json-resume/complete.json');
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-format-handlers-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('other format handlers', () => {
  it('exportMarkdownFile writes the plan dated by the host clock', async () => {
    const { deps, handlers } = setup();
    const target = join(folder, 'plan.md');
    deps.chooseFormatSavePath.mockResolvedValue(target);
    await expect(handlers.exportMarkdownFile([readSample(), { share: false }])).resolves.toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toMatch(/^# Maya Okafor \(sample\)\n/);
  });

  it('exportCalendarFile stamps the calendar with the app version', async () => {
    const { deps, handlers } = setup();
    const target = join(folder, 'plan.ics');
    deps.chooseFormatSavePath.mockResolvedValue(target);
    await expect(handlers.exportCalendarFile([readSample()])).resolves.toMatchObject({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toMatch(/^PRODID:.*Waypoint 0.1.0/m);
  });

  it('importJsonResumeFile reads the chosen résumé; readJsonResumeBytes reads bytes with the name given', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.importJsonResumeFile([])).resolves.toEqual({ status: 'cancelled' });
    deps.chooseJsonResumeOpenPath.mockResolvedValue(resumePath);
    await expect(handlers.importJsonResumeFile([])).resolves.toMatchObject({ status: 'ok', fileName: 'complete.json' });
    const bytes = new Uint8Array(await readFile(resumePath));
    await expect(handlers.readJsonResumeBytes([bytes, 'dropped.json'])).resolves.toMatchObject({ status: 'ok', fileName: 'dropped.json' });
  });

  it.each([
    ['exportMarkdownFile', [{}, { share: 'yes' }]],
    ['exportMarkdownFile', [{}]],
    ['readJsonResumeBytes', ['{}', 'resume.json']],
    ['readJsonResumeBytes', [new Uint8Array(1), '']],
    ['addJsonResume', [{}]],
  ] as const)('%s refuses arguments %j before doing anything', async (method, args) => {
    const { deps, handlers } = setup();
    await expect(handlers[method](args)).rejects.toBeInstanceOf(InvalidArgumentsError);
    expectNoDependencyCalled(deps);
  });
});
