import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportWorkbook,
  importWorkbookWithDialog,
  nodeWorkbookFileAccess,
  readWorkbookFileAt,
  withWorkbookExtension,
  workbookFileName,
  type WorkbookExportContext,
  type WorkbookFileAccess,
} from '../../../../../src-main/services/files/workbook-files';
import { readWorkbookBytes } from '../../../../../src-main/shared/workbook-file-read';
import { repositoryRoot } from '../../../../e2e/harness/app-server';

const samplePath = join(repositoryRoot, 'resources/samples/maya-okafor.waypoint');
const stamp = { exportedAt: '2026-11-30T08:00:00.000Z', app: { name: 'Waypoint', version: '0.1.0' } };

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function sampleSnapshot() {
  const result = readWorkbookBytes(await readFile(samplePath));
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

function exportContext(chosen: string | null, files: WorkbookFileAccess = nodeWorkbookFileAccess) {
  const chooseSavePath = vi.fn<WorkbookExportContext['chooseSavePath']>(() => Promise.resolve(chosen));
  return { chooseSavePath, context: { chooseSavePath, files, stamp: () => stamp } satisfies WorkbookExportContext };
}

function failingWrites(code: string): WorkbookFileAccess {
  return {
    ...nodeWorkbookFileAccess,
    writeFileAtomic: () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code })),
  };
}

describe('workbookFileName', () => {
  it.each([
    ['My career plan', 'My career plan.waypoint'],
    ['Plan: 2027/2030 <draft>?', 'Plan 2027 2030 draft.waypoint'],
    ['  ..hidden. ', 'hidden.waypoint'],
    ['Ünïcode — 計画', 'Ünïcode — 計画.waypoint'],
    ['///', 'Workbook.waypoint'],
    ['x'.repeat(300), `${'x'.repeat(100)}.waypoint`],
  ])('%j is saved as %j', (title, expected) => {
    expect(workbookFileName(title)).toBe(expected);
  });

  it('adds the extension only to a name without one', () => {
    expect(withWorkbookExtension('/home/ada/plan')).toBe('/home/ada/plan.waypoint');
    expect(withWorkbookExtension('/home/ada/plan.waypoint')).toBe('/home/ada/plan.waypoint');
    expect(withWorkbookExtension('/home/ada/plan.json')).toBe('/home/ada/plan.json');
  });
});

describe('exportWorkbook', () => {
  it('suggests the title as the name, writes the file where the dialog says, and it reads back the same', async () => {
    const snapshot = await sampleSnapshot();
    const target = join(folder, 'maya.waypoint');
    const { chooseSavePath, context } = exportContext(target);
    await expect(exportWorkbook(snapshot, context)).resolves.toEqual({ status: 'saved', path: target });
    expect(chooseSavePath).toHaveBeenCalledExactlyOnceWith(`${snapshot.workbook.title}.waypoint`);
    const written = await readFile(target, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ format: 'waypoint-workbook', version: 1, ...stamp });
    const readBack = readWorkbookBytes(new TextEncoder().encode(written));
    expect(readBack).toEqual({ status: 'ok', snapshot, warnings: [] });
    expect(await readdir(folder)).toEqual(['maya.waypoint']);
  });

  it('a name typed without an extension gets .waypoint', async () => {
    const { context } = exportContext(join(folder, 'plan'));
    await expect(exportWorkbook(await sampleSnapshot(), context)).resolves.toEqual({
      status: 'saved',
      path: join(folder, 'plan.waypoint'),
    });
  });

  it('a cancelled dialog writes nothing and is not a failure', async () => {
    const { context } = exportContext(null);
    await expect(exportWorkbook(await sampleSnapshot(), context)).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a folder that is not there fails in plain words and leaves nothing behind', async () => {
    const { context } = exportContext(join(folder, 'gone', 'plan.waypoint'));
    await expect(exportWorkbook(await sampleSnapshot(), context)).resolves.toEqual({
      status: 'failed',
      message: 'The workbook was not exported. That folder is not there any more. Choose another folder.',
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a path under a file (not a folder) cannot be written', async () => {
    await writeFile(join(folder, 'a-file'), 'x');
    const { context } = exportContext(join(folder, 'a-file', 'plan.waypoint'));
    const result = await exportWorkbook(await sampleSnapshot(), context);
    expect(result).toMatchObject({ status: 'failed' });
    expect(await readdir(folder)).toEqual(['a-file']);
  });

  it.each([
    ['EACCES', 'Waypoint is not allowed to save in that folder. Choose another folder, such as your Documents folder.'],
    ['EROFS', 'That folder is on a disk that cannot be written to. Choose another folder.'],
    ['ENOSPC', 'The disk is full, so the file could not be saved. Free some space or choose another disk.'],
    ['EIO', 'The file could not be saved there. Try again, or choose another folder.'],
  ])('%s is reported in plain words, with no error code', async (code, reason) => {
    const { context } = exportContext(join(folder, 'plan.waypoint'), failingWrites(code));
    const result = await exportWorkbook(await sampleSnapshot(), context);
    expect(result).toEqual({ status: 'failed', message: `The workbook was not exported. ${reason}` });
  });
});

describe('readWorkbookFileAt', () => {
  it('reads the bundled sample through the importer', async () => {
    const result = await readWorkbookFileAt(samplePath, nodeWorkbookFileAccess);
    expect(result).toMatchObject({ status: 'ok', fileName: 'maya-okafor.waypoint', warnings: [] });
    expect(result.status === 'ok' && result.snapshot.workbook.owner.name).toBe('Maya Okafor');
  });

  it('refuses a file over 50 MB by its size, without reading it', async () => {
    const readFileSpy = vi.fn<WorkbookFileAccess['readFile']>();
    const files: WorkbookFileAccess = {
      ...nodeWorkbookFileAccess,
      stat: () => Promise.resolve({ size: 60 * 1024 * 1024, isFile: () => true }),
      readFile: readFileSpy,
    };
    await expect(readWorkbookFileAt('/data/huge.waypoint', files)).resolves.toEqual({
      status: 'refused',
      fileName: 'huge.waypoint',
      message: 'This file is too large to be a Waypoint workbook (60.0 MB; the largest Waypoint opens is 50.0 MB).',
    });
    expect(readFileSpy).not.toHaveBeenCalled();
  });

  it('a missing file, a folder and a broken file each get their own message', async () => {
    await expect(readWorkbookFileAt(join(folder, 'missing.waypoint'), nodeWorkbookFileAccess)).resolves.toEqual({
      status: 'refused',
      fileName: 'missing.waypoint',
      message: 'That file is not there any more: it may have been moved, renamed or deleted.',
    });
    await expect(readWorkbookFileAt(folder, nodeWorkbookFileAccess)).resolves.toMatchObject({
      status: 'refused',
      message: 'That is a folder, not a workbook file.',
    });
    await writeFile(join(folder, 'notes.waypoint'), 'not json at all');
    await expect(readWorkbookFileAt(join(folder, 'notes.waypoint'), nodeWorkbookFileAccess)).resolves.toEqual({
      status: 'refused',
      fileName: 'notes.waypoint',
      message: 'This file is not a Waypoint workbook: its text is not JSON, the format workbook files are written in.',
    });
  });
});

describe('importWorkbookWithDialog', () => {
  it('a cancelled dialog reads nothing', async () => {
    const files = { ...nodeWorkbookFileAccess, stat: vi.fn<WorkbookFileAccess['stat']>() };
    await expect(importWorkbookWithDialog(() => Promise.resolve(null), files)).resolves.toEqual({ status: 'cancelled' });
    expect(files.stat).not.toHaveBeenCalled();
  });

  it('reads the chosen file', async () => {
    await expect(importWorkbookWithDialog(() => Promise.resolve(samplePath), nodeWorkbookFileAccess)).resolves.toMatchObject({
      status: 'ok',
      fileName: 'maya-okafor.waypoint',
    });
  });
});
