// The stubbed browser (window.waypoint) comes first: the state modules read it as they load.
import { hostAnswers, hostCalls } from './stub-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodChannels } from '@shared/contract';
import type { WorkbookSnapshot } from '@shared/workbook';
import { addResume, readResumeBytes } from '../../../src-main/services/exports/format-files';
import { describeAdded } from '../../../src-renderer/state/other-formats.svelte';
import { createTestApp, useLiveQueries, type TestApp } from './harness';
import { build, expectSaved } from '../db/helpers';

useLiveQueries();

const resumeBytes = readFileSync(join(import.meta.dirname, '../../fixtures/json-resume/complete.json'));
let ids = 0;
const newId = () => `id-${(ids += 1)}`;
const readResume = (bytes: Uint8Array, fileName: string) => readResumeBytes(bytes, fileName, { newId, now: () => new Date('2026-11-30T08:00:00Z') });

let current: TestApp | undefined;
afterEach(() => {
  current?.dispose();
  hostAnswers.clear();
  hostCalls.length = 0;
});

async function open(): Promise<TestApp> {
  current = await createTestApp('My plan');
  hostCalls.length = 0;
  hostAnswers.set(methodChannels.readJsonResumeBytes, (bytes, fileName) => readResume(bytes as Uint8Array, fileName as string));
  hostAnswers.set(methodChannels.addJsonResume, (existing, resume) => addResume(existing, resume, newId));
  return current;
}

function callsTo(channel: string) {
  return hostCalls.filter((call) => call.channel === channel).map((call) => call.args);
}

describe('OtherFormats', () => {
  it('exports say where the file went and how many dates the calendar holds; a cancelled dialog says nothing', async () => {
    const { app } = await open();
    hostAnswers.set(methodChannels.exportMarkdownFile, () => ({ status: 'cancelled' }));
    await app.formats.exportMarkdown(true);
    expect(app.files.notice).toBeNull();
    expect(callsTo(methodChannels.exportMarkdownFile)[0]?.[1]).toEqual({ share: true });

    hostAnswers.set(methodChannels.exportMarkdownFile, () => ({ status: 'saved', path: '/home/ada/My plan.md' }));
    await app.formats.exportMarkdown(false);
    expect(app.files.notice).toEqual({ tone: 'done', text: 'Exported “My plan” as Markdown to /home/ada/My plan.md' });

    hostAnswers.set(methodChannels.exportCalendarFile, () => ({ status: 'saved', path: '/home/ada/My plan.ics', events: 3 }));
    await app.formats.exportCalendar();
    expect(app.files.notice).toEqual({ tone: 'done', text: 'Exported 3 dates of “My plan” as a calendar to /home/ada/My plan.ics' });

    hostAnswers.set(methodChannels.exportCalendarFile, () => ({ status: 'no-dates', message: '“My plan” has no dates for a calendar yet.' }));
    await app.formats.exportCalendar();
    expect(app.files.notice).toEqual({ tone: 'problem', text: '“My plan” has no dates for a calendar yet.' });
  });

  it('a dropped résumé is previewed, then imported as a new workbook and opened', async () => {
    const { app, repositories } = await open();
    await app.formats.importDropped(new File([resumeBytes], 'resume.json'));
    expect(app.formats.resume).toMatchObject({ status: 'ok', fileName: 'resume.json', preview: { owner: { name: 'Amara Nwosu' } } });
    expect((await repositories.workbooks.listByTitle()).map((workbook) => workbook.title), 'nothing written before the choice').toEqual(['My plan']);

    const result = await app.formats.importAsNew();
    expect(result?.status).toBe('saved');
    expect(app.formats.resume).toBeNull();
    expect(app.workbooks.current?.title).toBe('Amara Nwosu');
    expect(app.files.notice?.text).toBe('Imported the résumé in resume.json as the workbook “Amara Nwosu”.');
  });

  it('adds to the open workbook after a backup, skipping what is there and saying so', async () => {
    const { app, repositories, workbookId } = await open();
    const resume = readResume(resumeBytes, 'resume.json');
    if (resume.status !== 'ok') throw new Error(resume.message);
    const [firstSkill] = resume.snapshot.skills;
    expectSaved(await repositories.skills.create(workbookId, build.skills({ name: firstSkill?.name ?? 'none' })));
    hostAnswers.set(methodChannels.saveBackup, () => ({ status: 'error', message: 'The backups folder is full.' }));
    await app.formats.importDropped(new File([resumeBytes], 'resume.json'));

    await app.formats.addToOpen();
    expect(app.formats.problem).toBe('The backups folder is full. Nothing was replaced: your workbook is as it was.');
    expect((await repositories.workbooks.snapshot(workbookId)).skills).toHaveLength(1);

    hostAnswers.set(methodChannels.saveBackup, (snapshot) => ({ status: 'saved', backup: { title: (snapshot as WorkbookSnapshot).workbook.title } }));
    await app.formats.addToOpen();
    expect(callsTo(methodChannels.saveBackup).at(-1)?.[1]).toBe('before-replace');
    expect((await repositories.workbooks.snapshot(workbookId)).skills).toHaveLength(resume.snapshot.skills.length);
    expect(app.formats.resume).toBeNull();
    expect(app.files.notice?.text).toContain(`Skipped 1 entry “My plan” already had: ${firstSkill?.name}.`);
  });

  it('a broken résumé shows its message and stores nothing', async () => {
    const { app, repositories } = await open();
    await app.formats.importDropped(new File(['{ "basics": '], 'broken.json'));
    expect(app.formats.resume).toEqual({
      status: 'refused',
      fileName: 'broken.json',
      message: 'This résumé ends part-way through: it was probably cut off while it was saved or copied.',
    });
    await expect(app.formats.importAsNew()).resolves.toBeNull();
    expect((await repositories.workbooks.listByTitle()).map((workbook) => workbook.title)).toEqual(['My plan']);
  });
});

describe('describeAdded', () => {
  it('names the first few skipped entries and counts the rest', () => {
    const skipped = { skills: ['Go', 'SQL', 'Rust', 'Java', 'C'], experiences: ['Engineer', 'Tutor'], learningActions: [] };
    expect(describeAdded('Plan', 'resume.json', { status: 'ok', snapshot: {} as WorkbookSnapshot, added: { skills: 1, experiences: 0, learningActions: 2 }, skipped })).toBe(
      'Added 1 skill, 0 experiences, 2 learning actions from resume.json to “Plan”. Skipped 7 entries “Plan” already had: Go, SQL, Rust, Java, C and 2 more. A backup of what it held was saved first.',
    );
  });

  it('says when there was nothing new', () => {
    const result = { status: 'ok' as const, snapshot: {} as WorkbookSnapshot, added: { skills: 0, experiences: 0, learningActions: 0 }, skipped: { skills: ['Go'], experiences: [], learningActions: [] } };
    expect(describeAdded('Plan', 'resume.json', result)).toBe('Nothing new in resume.json: “Plan” already had its one entry (Go). A backup of what it held was saved first.');
  });
});
