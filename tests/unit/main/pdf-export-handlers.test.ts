import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../src-main/handlers';
import type { PdfExportOptions } from '../../../src-main/shared/pdf-export';
import { sectionIds } from '../../../src-main/shared/workbook';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';
import { repositoryRoot } from '../../e2e/harness/app-server';
import { expectNoDependencyCalled, setup } from './handler-setup';

const samplePath = join(repositoryRoot, 'resources/samples/maya-okafor.waypoint');
const options: PdfExportOptions = { paper: 'a4', sections: [...sectionIds], share: false, locale: 'en-GB', currency: 'EUR' };
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-pdf-handlers-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function sampleSnapshot() {
  const result = readWorkbookBytes(await readFile(samplePath));
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

// Rendering the sample takes a few seconds on a busy machine.
describe('PDF export handlers', { timeout: 30_000 }, () => {
  it('exportPlanPdf asks where to save, renders with progress events and writes the PDF', async () => {
    const { deps, handlers } = setup();
    const target = join(folder, 'plan');
    deps.choosePdfSavePath.mockResolvedValue(target);
    const result = await handlers.exportPlanPdf([await sampleSnapshot(), options]);
    expect(result).toMatchObject({ status: 'saved', path: `${target}.pdf` });
    expect(deps.choosePdfSavePath).toHaveBeenCalledExactlyOnceWith('Maya Okafor (sample).pdf');
    const bytes = await readFile(`${target}.pdf`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const progress = deps.sendToRenderer.mock.calls.map(([event, payload]) => ({ event, payload }));
    expect(progress[0]).toEqual({ event: 'pdfExportProgress', payload: { done: 0, total: 11, part: 'cover', pages: 1 } });
    expect(progress.at(-1)?.payload).toMatchObject({ done: 11, total: 11 });
    expect(await readdir(folder)).toEqual(['plan.pdf']);
  });

  it('a cancelled save dialog is not a failure and renders nothing', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.exportPlanPdf([await sampleSnapshot(), options])).resolves.toEqual({ status: 'cancelled' });
    expect(deps.sendToRenderer).not.toHaveBeenCalled();
    expect(deps.writePdfFile).not.toHaveBeenCalled();
  });

  it('cancelPlanPdf during the render stops it and leaves no file', async () => {
    const { deps, handlers } = setup();
    deps.choosePdfSavePath.mockResolvedValue(join(folder, 'plan.pdf'));
    deps.sendToRenderer.mockImplementation((_event, payload) => {
      if ('done' in payload && payload.done === 3) void handlers.cancelPlanPdf([]);
    });
    await expect(handlers.exportPlanPdf([await sampleSnapshot(), options])).resolves.toEqual({ status: 'cancelled' });
    const lastProgress = deps.sendToRenderer.mock.calls.at(-1)?.[1];
    expect(lastProgress).toMatchObject({ done: 3 });
    expect(deps.writePdfFile).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a second export while one runs, in plain words', async () => {
    const { deps, handlers } = setup();
    let answer: (path: string | null) => void = () => undefined;
    deps.choosePdfSavePath.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const snapshot = await sampleSnapshot();
    const first = handlers.exportPlanPdf([snapshot, options]);
    await expect(handlers.exportPlanPdf([snapshot, options])).resolves.toEqual({
      status: 'busy',
      message: 'A PDF is being made already. Wait for it to finish, or cancel it, then export again.',
    });
    answer(null);
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    deps.choosePdfSavePath.mockResolvedValue(null);
    await expect(handlers.exportPlanPdf([snapshot, options])).resolves.toEqual({ status: 'cancelled' });
  });

  it.each([
    ['EACCES', 'The PDF was not saved. Waypoint is not allowed to save in that folder. Choose another folder, such as your Documents folder.'],
    ['ENOSPC', 'The PDF was not saved. The disk is full, so the file could not be saved. Free some space or choose another disk.'],
    ['EROFS', 'The PDF was not saved. That folder is on a disk that cannot be written to. Choose another folder.'],
  ])('a write failing with %s gets a plain message and leaves no file', async (code, message) => {
    const { deps, handlers } = setup();
    deps.choosePdfSavePath.mockResolvedValue(join(folder, 'plan.pdf'));
    deps.writePdfFile.mockRejectedValue(failure(code));
    await expect(handlers.exportPlanPdf([await sampleSnapshot(), options])).resolves.toEqual({ status: 'failed', message });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a folder that cannot hold files (a file stands in its place) gets a plain message', async () => {
    const { deps, handlers } = setup();
    await writeFile(join(folder, 'not-a-folder'), 'text');
    deps.choosePdfSavePath.mockResolvedValue(join(folder, 'not-a-folder', 'plan.pdf'));
    await expect(handlers.exportPlanPdf([await sampleSnapshot(), options])).resolves.toEqual({
      status: 'failed',
      message: 'The PDF was not saved. That folder is not there any more. Choose another folder.',
    });
    expect(await readdir(folder)).toEqual(['not-a-folder']);
  });

  it('refuses a snapshot that is not valid before any dialog', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.exportPlanPdf([{ workbook: { title: 'Not a snapshot' } }, options])).resolves.toEqual({
      status: 'failed',
      message: 'The PDF was not made: the workbook holds something it cannot (workbook.id is required).',
    });
    expect(deps.choosePdfSavePath).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown paper', { ...options, paper: 'a3' }],
    ['no section', { ...options, sections: [] }],
    ['an unknown section', { ...options, sections: ['skills', 'hobbies'] }],
    ['a repeated section', { ...options, sections: ['skills', 'skills'] }],
    ['share that is not a yes or no', { ...options, share: 'yes' }],
    ['a locale that is not a language tag', { ...options, locale: 'not a locale!' }],
    ['a field nobody asked for', { ...options, outputPath: '/etc/passwd' }],
  ])('main refuses options with %s before anything runs', async (_case, badOptions) => {
    const { deps, handlers } = setup();
    await expect(handlers.exportPlanPdf([await sampleSnapshot(), badOptions])).rejects.toThrow(InvalidArgumentsError);
    expectNoDependencyCalled(deps);
  });

  it('showExportedPdf opens or shows only a PDF this session saved', async () => {
    const { deps, handlers } = setup();
    const target = join(folder, 'plan.pdf');
    await expect(handlers.showExportedPdf(['/etc/passwd', 'open'])).resolves.toEqual({
      status: 'error',
      message: 'Waypoint can only open the PDFs it saved since it started.',
    });
    deps.choosePdfSavePath.mockResolvedValue(target);
    await handlers.exportPlanPdf([await sampleSnapshot(), { ...options, sections: ['skills'] }]);
    await expect(handlers.showExportedPdf([target, 'folder'])).resolves.toEqual({ status: 'shown' });
    expect(deps.showItemInFolder).toHaveBeenCalledExactlyOnceWith(target);
    await expect(handlers.showExportedPdf([target, 'open'])).resolves.toEqual({ status: 'shown' });
    expect(deps.openPath).toHaveBeenCalledExactlyOnceWith(target);
    deps.openPath.mockResolvedValue('No application knows how to open PDF files.');
    await expect(handlers.showExportedPdf([target, 'open'])).resolves.toEqual({
      status: 'error',
      message: 'The PDF could not be opened: No application knows how to open PDF files.',
    });
  });
});
