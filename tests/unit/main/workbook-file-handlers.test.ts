import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../src-main/handlers';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';
import { repositoryRoot } from '../../e2e/harness/app-server';
import { expectNoDependencyCalled, setup } from './handler-setup';

const samplePath = join(repositoryRoot, 'resources/samples/maya-okafor.waypoint');
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-handlers-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function sampleSnapshot() {
  const result = readWorkbookBytes(await readFile(samplePath));
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

describe('workbook file handlers', () => {
  it('exportWorkbookFile writes the snapshot stamped with the app and the clock', async () => {
    const { deps, handlers } = setup();
    const target = join(folder, 'plan.waypoint');
    deps.chooseWorkbookSavePath.mockResolvedValue(target);
    await expect(handlers.exportWorkbookFile([await sampleSnapshot()])).resolves.toEqual({ status: 'saved', path: target });
    expect(deps.chooseWorkbookSavePath).toHaveBeenCalledExactlyOnceWith('Maya Okafor (sample).waypoint');
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({
      exportedAt: '2026-11-30T08:00:00.000Z',
      app: { name: 'Waypoint', version: '0.1.0' },
    });
  });

  it.each([
    [{ workbook: { title: 'Not a snapshot' } }, 'The workbook was not exported: it holds something a workbook file cannot (workbook.id is required).'],
    ['/etc/passwd', 'The workbook was not exported: it holds something a workbook file cannot (the workbook must be a group of fields).'],
  ])('exportWorkbookFile refuses %j in plain words, before any dialog', async (snapshot, message) => {
    const { deps, handlers } = setup();
    await expect(handlers.exportWorkbookFile([snapshot])).resolves.toEqual({ status: 'failed', message });
    expect(deps.chooseWorkbookSavePath).not.toHaveBeenCalled();
  });

  it('importWorkbookFile reads the file the dialog chose; a cancelled dialog is a value', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.importWorkbookFile([])).resolves.toEqual({ status: 'cancelled' });
    deps.chooseWorkbookOpenPath.mockResolvedValue(samplePath);
    await expect(handlers.importWorkbookFile([])).resolves.toMatchObject({ status: 'ok', fileName: 'maya-okafor.waypoint' });
  });

  it('readWorkbookFileBytes reads bytes and never a path', async () => {
    const { handlers } = setup();
    await expect(handlers.readWorkbookFileBytes([new Uint8Array(await readFile(samplePath))])).resolves.toMatchObject({
      status: 'ok',
    });
    await expect(handlers.readWorkbookFileBytes([new TextEncoder().encode('{"format":"other"}')])).resolves.toEqual({
      status: 'refused',
      message: 'This file is not a Waypoint workbook: it says it is a “other” file, probably from another app.',
    });
  });

  it('takeOpenedWorkbookFiles reads every file given with the app, each with its name', async () => {
    const { deps, handlers } = setup();
    deps.takeOpenedFilePaths.mockReturnValue([samplePath, join(folder, 'gone.waypoint')]);
    const opened = await handlers.takeOpenedWorkbookFiles([]);
    expect(opened.map((file) => [file.status, file.fileName])).toEqual([
      ['ok', 'maya-okafor.waypoint'],
      ['refused', 'gone.waypoint'],
    ]);
  });

  it.each([
    ['exportWorkbookFile', []],
    ['exportWorkbookFile', [{}, 'extra']],
    ['importWorkbookFile', ['/home/ada/plan.waypoint']],
    ['readWorkbookFileBytes', []],
    ['readWorkbookFileBytes', ['/home/ada/plan.waypoint']],
    ['readWorkbookFileBytes', [[123, 34]]],
    ['takeOpenedWorkbookFiles', ['/home/ada/plan.waypoint']],
  ] as const)('%s rejects %j without reaching the host', async (method, args) => {
    const { deps, handlers } = setup();
    await expect(handlers[method](args)).rejects.toBeInstanceOf(InvalidArgumentsError);
    expectNoDependencyCalled(deps);
  });
});
