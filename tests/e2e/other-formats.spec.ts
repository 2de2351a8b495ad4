import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { repositoryRoot } from './harness/app-server';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { addByKeyboard, createWorkbook, expectSaved, isoDay, panel } from './skills-helpers';
import { storedRows } from './stored-rows';
import { openSwitcher } from './workbook-helpers';
import { allRowCounts, dropFile } from './workbook-files-helpers';

/* The other formats: the plan as Markdown (whole or to share) and as a calendar; a JSON Resume imported with a preview. */

test.describe.configure({ timeout: 90_000 });

const resumes = join(repositoryRoot, 'tests/fixtures/json-resume');
/** The files notice: the one status with a Dismiss button. */
const notice = (app: Page) => app.getByRole('status').filter({ has: app.getByRole('button', { name: 'Dismiss' }) });
const resumePreview = (app: Page) => app.getByRole('dialog', { name: 'Import a JSON Resume' });
const privateNote = 'Only for me: ask about the salary band in May';
const milestoneTitle = 'Lead the data review';

async function openSection(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(app.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** A workbook with a skill carrying a private note, and a milestone dated 30 days from now. */
async function planWithNoteAndDate(app: Page): Promise<string> {
  await createWorkbook(app, 'Formats journey');
  await openSection(app, 'Skills');
  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await addByKeyboard(app, 'SQL', 'Technical');
  const notes = panel(app, 'SQL').getByLabel('Notes');
  await notes.fill(privateNote);
  await notes.blur();
  await expectSaved(app);

  await openSection(app, 'Milestones');
  await app.getByRole('button', { name: 'Add your first milestone' }).click();
  await app.getByRole('form', { name: 'Add a milestone' }).getByLabel('Milestone', { exact: true }).fill(milestoneTitle);
  await app.keyboard.press('Enter');
  const opened = panel(app, milestoneTitle);
  await opened.getByRole('radio', { name: 'A day' }).check();
  const day = isoDay(30);
  await opened.getByLabel('Target date', { exact: true }).fill(day);
  await opened.getByLabel('Target date', { exact: true }).press('Tab');
  await expectSaved(app);
  return day;
}

test('the plan exported as Markdown, whole and to share, and as a calendar the milestone is in', async ({ app, host, dialogs }, testInfo) => {
  const day = await planWithNoteAndDate(app);
  const folder = testInfo.outputPath('exports');
  mkdirSync(folder, { recursive: true });

  // Markdown from the switcher, by keyboard: headings, the name, and the private note.
  dialogs.queueSave(join(folder, 'plan'));
  await openSwitcher(app);
  await snap(app, 'switcher-with-other-formats');
  await expectAccessible(app, 'switcher with other formats');
  await app.getByRole('button', { name: 'Export Markdown…' }).focus();
  await app.keyboard.press('Enter');
  await expect(notice(app)).toHaveText(`Exported “Formats journey” as Markdown to ${join(folder, 'plan.md')}`);
  expect(host.calls.chooseFormatSavePath).toEqual([['markdown', 'Formats journey.md']]);
  const whole = readFileSync(join(folder, 'plan.md'), 'utf8');
  expect(whole).toMatch(/^# Formats journey$/m);
  expect(whole).toMatch(/^## .*Skills/m);
  expect(whole).toContain('SQL');
  expect(whole).toContain(milestoneTitle);
  expect(whole).toContain(privateNote);
  await snap(app, 'markdown-exported');

  // The version to share, from the menu, leaves the note out.
  dialogs.queueSave(join(folder, 'shared.md'));
  await host.emit('menuCommand', { kind: 'export-markdown', share: true });
  await expect(notice(app)).toHaveText(`Exported “Formats journey” to share (without private notes) to ${join(folder, 'shared.md')}`);
  const shared = readFileSync(join(folder, 'shared.md'), 'utf8');
  expect(shared).toContain('SQL');
  expect(shared).not.toContain(privateNote);

  // A cancelled dialog says nothing new and writes nothing.
  await notice(app).getByRole('button', { name: 'Dismiss' }).click();
  dialogs.queueSave(null);
  await host.emit('menuCommand', { kind: 'export-calendar' });
  await expect.poll(() => host.calls.chooseFormatSavePath.length).toBe(3);
  await expect(notice(app)).toHaveCount(0);

  // The calendar: the dated milestone is an all-day event on its day.
  dialogs.queueSave(join(folder, 'plan.ics'));
  await host.emit('menuCommand', { kind: 'export-calendar' });
  await expect(notice(app)).toHaveText(`Exported 1 date of “Formats journey” as a calendar to ${join(folder, 'plan.ics')}`);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'plan.ics'), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.summary)).toEqual([`Milestone: ${milestoneTitle}`]);
  expect(events[0]?.startDate.isDate, 'an all-day event').toBe(true);
  expect(events[0]?.startDate.toString()).toBe(day);
  await snap(app, 'calendar-exported');
  await expectAccessible(app, 'calendar notice');
});

test('a workbook without dates says so instead of writing an empty calendar', async ({ app, host }) => {
  await createWorkbook(app, 'No dates yet');
  await host.emit('menuCommand', { kind: 'export-calendar' });
  await expect(notice(app)).toContainText('“No dates yet” has no dates for a calendar yet.');
  expect(host.calls.chooseFormatSavePath).toEqual([]);
});

test('a JSON Resume imported with a preview as a new workbook, then added to it again: duplicates skipped', async ({ app, dialogs }) => {
  await createWorkbook(app, 'Before the résumé');
  dialogs.queueOpen(join(resumes, 'complete.json'));
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Import JSON Resume…' }).click();
  const preview = resumePreview(app);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('complete.json is the résumé of Amara Nwosu');
  await expect(preview.getByRole('listitem').filter({ hasText: /^\d+ skills?$/ })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: /^\d+ jobs?$/ })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Add to “Before the résumé”' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Import as a new workbook' })).toBeFocused();
  expect(await storedRows(app, 'skills'), 'nothing written before the choice').toEqual([]);
  await snap(app, 'resume-preview');
  await expectAccessible(app, 'résumé preview');

  await app.keyboard.press('Enter');
  await expect(preview).toBeHidden();
  await expect(notice(app)).toHaveText('Imported the résumé in complete.json as the workbook “Amara Nwosu”.');
  await expect(app.getByRole('heading', { level: 1, name: 'Amara Nwosu' })).toBeVisible();
  const skills = (await storedRows(app, 'skills')).map((row) => String(row['name']));
  expect(skills.length).toBeGreaterThan(0);
  await openSection(app, 'Skills');
  await expect(app.getByRole('list', { name: 'Skills' }).getByRole('button', { name: new RegExp(`^${skills[0]}`) })).toBeVisible();
  await openSection(app, 'Experience');
  await expect(app.getByRole('list', { name: 'Experience' }).getByRole('heading', { level: 3 }).first()).toBeVisible();

  // The same résumé added to the workbook it made: everything is there already, and the notice says so.
  const before = await allRowCounts(app);
  dialogs.queueOpen(join(resumes, 'complete.json'));
  await notice(app).getByRole('button', { name: 'Dismiss' }).click();
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Import JSON Resume…' }).click();
  await preview.getByRole('button', { name: 'Add to “Amara Nwosu”' }).click();
  await expect(preview).toBeHidden();
  await expect(notice(app)).toContainText(`Nothing new in complete.json: “Amara Nwosu” already had all`);
  const firstSkill = (JSON.parse(readFileSync(join(resumes, 'complete.json'), 'utf8')) as { skills: { name: string }[] }).skills[0]?.name;
  await expect(notice(app)).toContainText(`of its entries (${firstSkill}, `);
  await expect(notice(app)).toContainText('A backup of what it held was saved first.');
  expect(await allRowCounts(app)).toEqual(before);
  await snap(app, 'resume-added');
});

test('a broken résumé dropped on the window shows its message and changes nothing', async ({ app }) => {
  await createWorkbook(app, 'Stays as it is');
  const before = await allRowCounts(app);
  await dropFile(app, 'resume.json', '{ "basics": { "name": "Sam"');
  const refused = app.getByRole('dialog', { name: 'This résumé cannot be imported' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('alert')).toHaveText('This résumé ends part-way through: it was probably cut off while it was saved or copied.');
  await expect(refused).toContainText('Nothing was changed');
  await snap(app, 'resume-refused');
  await expectAccessible(app, 'résumé refused');
  await app.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  expect(await allRowCounts(app)).toEqual(before);
});

// 200 % zoom of a 1280 × 800 window is a 640 × 400 viewport.
test('the switcher and the résumé preview at 200 % zoom in the dark theme', async ({ app, dialogs }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await createWorkbook(app, 'Zoomed');
  await app.setViewportSize({ width: 640, height: 400 });
  dialogs.queueOpen(join(resumes, 'cjk.json'));
  await openSwitcher(app);
  const importResume = app.getByRole('button', { name: 'Import JSON Resume…' });
  await importResume.scrollIntoViewIfNeeded();
  await app.waitForTimeout(400);
  await snap(app, 'switcher-zoomed-dark');
  await importResume.click();
  const preview = resumePreview(app);
  await expect(preview).toBeVisible();
  const sideways = await preview.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
  expect(sideways, 'the preview reflows instead of scrolling sideways').toBe(0);
  await snap(app, 'resume-preview-zoomed-dark');
  await expectAccessible(app, 'résumé preview zoomed dark');
  await expect(preview.getByRole('button', { name: 'Import as a new workbook' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});
