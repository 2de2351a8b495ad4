import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addResume,
  exportCalendar,
  exportFileName,
  exportMarkdown,
  importResumeWithDialog,
  readResumeAt,
  type FormatExportContext,
} from '../../../../../src-main/services/exports/format-files';
import { workbookToMarkdown } from '../../../../../src-main/services/exports/markdown';
import { nodeWorkbookFileAccess, type WorkbookFileAccess } from '../../../../../src-main/services/files/workbook-files';
import { emptySnapshot, projectRoot, readSample } from './sample';

const resumes = join(projectRoot, 'tests/fixtures/json-resume');
const today = '2026-11-30';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-formats-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function exportContext(chosen: string | null, files: WorkbookFileAccess = nodeWorkbookFileAccess) {
  const chooseSavePath = vi.fn<FormatExportContext['chooseSavePath']>(() => Promise.resolve(chosen));
  return { chooseSavePath, context: { chooseSavePath, files, today: () => today, appVersion: () => '0.1.0' } satisfies FormatExportContext };
}

function failingWrites(code: string): WorkbookFileAccess {
  return { ...nodeWorkbookFileAccess, writeFileAtomic: () => Promise.reject(Object.assign(new Error(code), { code })) };
}

let ids = 0;
const reading = (files: WorkbookFileAccess = nodeWorkbookFileAccess) => ({
  files,
  newId: () => `id-${(ids += 1)}`,
  now: () => new Date('2026-11-30T08:00:00.000Z'),
});

describe('exportFileName', () => {
  it('names the file after the title, with a note for the shared version', () => {
    expect(exportFileName('Maya: plan?', '.md')).toBe('Maya plan.md');
    expect(exportFileName('Maya', '.md', 'to share')).toBe('Maya (to share).md');
    expect(exportFileName('  ', '.ics')).toBe('Workbook.ics');
  });
});

describe('exportMarkdown', () => {
  it('writes the plan where the dialog says, adding .md to a bare name', async () => {
    const { chooseSavePath, context } = exportContext(join(folder, 'plan'));
    const sample = readSample();
    await expect(exportMarkdown(sample, { share: false }, context)).resolves.toEqual({ status: 'saved', path: join(folder, 'plan.md') });
    expect(chooseSavePath).toHaveBeenCalledExactlyOnceWith('markdown', 'Maya Okafor (sample).md');
    expect(await readFile(join(folder, 'plan.md'), 'utf8')).toBe(workbookToMarkdown(sample, { share: false, today }));
  });

  it('writes the shared version without private fields when asked', async () => {
    const { chooseSavePath, context } = exportContext(join(folder, 'shared.md'));
    const sample = readSample();
    await exportMarkdown(sample, { share: true }, context);
    expect(chooseSavePath).toHaveBeenCalledWith('markdown', 'Maya Okafor (sample) (to share).md');
    const written = await readFile(join(folder, 'shared.md'), 'utf8');
    expect(written).toBe(workbookToMarkdown(sample, { share: true, today }));
    expect(written).not.toBe(workbookToMarkdown(sample, { share: false, today }));
  });

  it('a cancelled dialog writes nothing and is not a failure', async () => {
    const { context } = exportContext(null);
    await expect(exportMarkdown(readSample(), { share: false }, context)).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('says in plain words when the folder cannot be written to', async () => {
    const { context } = exportContext(join(folder, 'plan.md'), failingWrites('EACCES'));
    await expect(exportMarkdown(readSample(), { share: false }, context)).resolves.toEqual({
      status: 'failed',
      message: 'The plan was not exported. Waypoint is not allowed to save in that folder. Choose another folder, such as your Documents folder.',
    });
  });

  it('refuses what is not a workbook before any dialog', async () => {
    const { chooseSavePath, context } = exportContext(join(folder, 'plan.md'));
    const result = await exportMarkdown({ workbook: {} }, { share: false }, context);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/^The plan was not exported: /) });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('exportCalendar', () => {
  it('writes the calendar and says how many events it holds', async () => {
    const { chooseSavePath, context } = exportContext(join(folder, 'plan'));
    const result = await exportCalendar(readSample(), context);
    expect(chooseSavePath).toHaveBeenCalledExactlyOnceWith('calendar', 'Maya Okafor (sample).ics');
    expect(result).toMatchObject({ status: 'saved', path: join(folder, 'plan.ics') });
    const text = await readFile(join(folder, 'plan.ics'), 'utf8');
    const events = text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(events).toBeGreaterThan(0);
    expect(result).toMatchObject({ events });
  });

  it('a plan without dates asks nothing and writes nothing, and says what to date', async () => {
    const { chooseSavePath, context } = exportContext(join(folder, 'plan.ics'));
    await expect(exportCalendar(emptySnapshot('Blank'), context)).resolves.toEqual({
      status: 'no-dates',
      message: expect.stringContaining('“Blank” has no dates for a calendar yet.'),
    });
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });

  it('a cancelled dialog and a full disk are values', async () => {
    await expect(exportCalendar(readSample(), exportContext(null).context)).resolves.toEqual({ status: 'cancelled' });
    const full = exportContext(join(folder, 'plan.ics'), failingWrites('ENOSPC')).context;
    await expect(exportCalendar(readSample(), full)).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^The calendar was not exported. The disk is full/),
    });
  });
});

describe('reading a JSON Resume', () => {
  it('reads the file the dialog chose into a preview, named by its file', async () => {
    const result = await importResumeWithDialog(() => Promise.resolve(join(resumes, 'complete.json')), reading());
    expect(result).toMatchObject({ status: 'ok', fileName: 'complete.json', preview: { owner: { name: 'Amara Nwosu' } } });
  });

  it('a cancelled dialog reads nothing', async () => {
    const stat = vi.fn(nodeWorkbookFileAccess.stat);
    await expect(importResumeWithDialog(() => Promise.resolve(null), reading({ ...nodeWorkbookFileAccess, stat }))).resolves.toEqual({
      status: 'cancelled',
    });
    expect(stat).not.toHaveBeenCalled();
  });

  it('refuses a file too large to be a résumé without reading it', async () => {
    const readFileSpy = vi.fn(nodeWorkbookFileAccess.readFile);
    const files = { ...nodeWorkbookFileAccess, stat: async () => ({ size: 6 * 1024 * 1024, isFile: () => true }), readFile: readFileSpy };
    await expect(readResumeAt(join(folder, 'huge.json'), reading(files))).resolves.toEqual({
      status: 'refused',
      fileName: 'huge.json',
      message: 'This file is too large to be a résumé (6.0 MB; the largest Waypoint reads is 5.0 MB).',
    });
    expect(readFileSpy).not.toHaveBeenCalled();
  });

  it('refuses a broken résumé, a folder and a missing file in plain words', async () => {
    await writeFile(join(folder, 'cut.json'), '{ "basics": { "name": "Sam"');
    await expect(readResumeAt(join(folder, 'cut.json'), reading())).resolves.toEqual({
      status: 'refused',
      fileName: 'cut.json',
      message: 'This résumé ends part-way through: it was probably cut off while it was saved or copied.',
    });
    await expect(readResumeAt(folder, reading())).resolves.toMatchObject({ message: 'That is a folder, not a résumé file.' });
    await expect(readResumeAt(join(folder, 'gone.json'), reading())).resolves.toMatchObject({
      message: 'That file is not there any more: it may have been moved, renamed or deleted.',
    });
  });
});

describe('addResume', () => {
  it('adds what is new and names what was there already', async () => {
    const opened = await readResumeAt(join(resumes, 'complete.json'), reading());
    if (opened.status !== 'ok') throw new Error(opened.message);
    const once = addResume(emptySnapshot(), opened.snapshot, () => `new-${(ids += 1)}`);
    if (once.status !== 'ok') throw new Error(once.message);
    expect(once.added.skills).toBe(opened.snapshot.skills.length);
    const twice = addResume(once.snapshot, opened.snapshot, () => `again-${(ids += 1)}`);
    expect(twice).toMatchObject({ status: 'ok', added: { skills: 0, experiences: 0, learningActions: 0 } });
    if (twice.status !== 'ok') throw new Error(twice.message);
    expect(twice.skipped.skills).toEqual(opened.snapshot.skills.map((skill) => skill.name));
  });

  it('refuses snapshots that are not workbooks', () => {
    expect(addResume({}, emptySnapshot(), () => 'x')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Nothing was added: the open workbook holds something Waypoint cannot read/),
    });
    expect(addResume(emptySnapshot(), 'resume', () => 'x')).toMatchObject({ status: 'failed' });
  });
});
