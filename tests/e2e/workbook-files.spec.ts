import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readWorkbookBytes } from '../../src-main/shared/workbook-file-read';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { storedRows } from './stored-rows';
import { heading, openSwitcher } from './workbook-helpers';
import {
  allRowCounts,
  dropFile,
  fileNotice,
  importPreview,
  openSampleFromWelcome,
  refusedPreview,
  sampleTitle,
  workbookContent,
  workbookIdByTitle,
} from './workbook-files-helpers';

/* Workbook files: export the open workbook, delete it, import the file back; a broken file dropped on the window changes nothing. */

test('export from the menu, delete the workbook, import the file back: everything is there', async ({ app, host, dialogs }, testInfo) => {
  test.setTimeout(90_000);
  await openSampleFromWelcome(app);
  const originalId = await workbookIdByTitle(app, sampleTitle);
  const original = await workbookContent(app, originalId);
  expect(original['skills']?.length, 'the sample has skills').toBeGreaterThan(5);

  mkdirSync(testInfo.outputPath('exports'), { recursive: true });
  const exported = testInfo.outputPath('exports', 'maya');
  dialogs.queueSave(exported);
  await host.emit('menuCommand', { kind: 'export-workbook' });
  await expect(fileNotice(app)).toHaveText(`Exported “${sampleTitle}” to ${exported}.waypoint`);
  expect(host.calls.chooseWorkbookSavePath).toEqual([[`${sampleTitle}.waypoint`]]);
  expect(readWorkbookBytes(readFileSync(`${exported}.waypoint`))).toMatchObject({ status: 'ok', warnings: [] });
  await snap(app, 'exported');
  await expectAccessible(app, 'export notice');

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
  expect(await storedRows(app, 'skills')).toEqual([]);

  dialogs.queueOpen(`${exported}.waypoint`);
  await app.getByRole('button', { name: 'Import a workbook file…' }).click();
  const preview = importPreview(app);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('maya.waypoint holds the workbook Maya Okafor (sample).');
  await expect(preview.getByRole('definition').first()).toContainText('Maya Okafor');
  await expect(preview.getByRole('listitem').filter({ hasText: `${original['skills']!.length} skills` })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: `${original['people']!.length} people` })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Import as a new workbook' })).toBeFocused();
  await snap(app, 'preview');
  await expectAccessible(app, 'import preview');

  await app.keyboard.press('Enter');
  await expect(preview).toBeHidden();
  await expect(heading(app, sampleTitle)).toBeVisible();
  await expect(fileNotice(app)).toHaveText(`Imported “${sampleTitle}” from maya.waypoint`);
  const importedId = await workbookIdByTitle(app, sampleTitle);
  expect(importedId, 'a new workbook').not.toBe(originalId);
  expect(await workbookContent(app, importedId)).toEqual(original);
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Skills/ }).click();
  await expect(app.getByText('Statistics and experiment design', { exact: true })).toBeVisible();
  await snap(app, 'imported-skills');
});

test('a broken file dropped on the window shows why and changes nothing', async ({ app }) => {
  await openSampleFromWelcome(app);
  const before = await allRowCounts(app);
  const sampleText = readFileSync(new URL('../../resources/samples/maya-okafor.waypoint', import.meta.url), 'utf8');

  await dropFile(app, 'cut-off.waypoint', sampleText.slice(0, 5_000));
  const refused = refusedPreview(app);
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('cut-off.waypoint');
  await expect(refused.getByRole('alert')).toHaveText(
    'This workbook file ends part-way through: it was probably cut off while it was saved or copied. Nothing was imported.',
  );
  await expect(refused.getByRole('button', { name: 'Close' })).toBeFocused();
  await snap(app, 'refused');
  await expectAccessible(app, 'refused file');
  await app.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  expect(await allRowCounts(app)).toEqual(before);

  await app.emulateMedia({ colorScheme: 'dark' });
  await dropFile(app, 'future.waypoint', sampleText.replace('"version": 1,', '"version": 7,'));
  await expect(refusedPreview(app).getByRole('alert')).toHaveText(
    'This file was made by a newer version of Waypoint (file version 7). Update Waypoint to open it.',
  );
  await snap(app, 'refused-dark');
  await expectAccessible(app, 'refused file, dark');
  await refusedPreview(app).getByRole('button', { name: 'Close' }).click();
  await expect(refusedPreview(app)).toBeHidden();
  expect(await allRowCounts(app)).toEqual(before);
  await expect(heading(app, sampleTitle)).toBeVisible();
});

test('a good file dropped on the window imports as a new workbook beside the open one', async ({ app }) => {
  await openSampleFromWelcome(app);
  const sampleText = readFileSync(new URL('../../resources/samples/maya-okafor.waypoint', import.meta.url), 'utf8');
  await app.emulateMedia({ colorScheme: 'dark' });
  await dropFile(app, 'from-a-colleague.waypoint', sampleText);
  await expect(importPreview(app)).toContainText('from-a-colleague.waypoint holds the workbook Maya Okafor (sample).');
  await snap(app, 'preview-dark');
  await expectAccessible(app, 'import preview, dark');
  await importPreview(app).getByRole('button', { name: 'Import as a new workbook' }).click();
  await expect(heading(app, `${sampleTitle} (2)`)).toBeVisible();
  expect((await storedRows(app, 'workbooks')).map((row) => row['title']).sort()).toEqual([sampleTitle, `${sampleTitle} (2)`]);
});

test('cancelled dialogs are not errors, and a folder that is gone is said in plain words', async ({ app, host, dialogs }, testInfo) => {
  await openSampleFromWelcome(app);
  const before = await allRowCounts(app);

  dialogs.queueSave(null);
  await host.emit('menuCommand', { kind: 'export-workbook' });
  dialogs.queueOpen(null);
  await host.emit('menuCommand', { kind: 'import-workbook' });
  await expect.poll(() => host.calls.chooseWorkbookOpenPath.length).toBe(1);
  await expect(importPreview(app)).toBeHidden();
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(fileNotice(app)).toHaveCount(0);
  expect(await allRowCounts(app)).toEqual(before);

  const gone = testInfo.outputPath('no-such-folder', 'plan.waypoint');
  dialogs.queueSave(gone);
  await host.emit('menuCommand', { kind: 'export-workbook' });
  await expect(fileNotice(app)).toHaveText(
    'The workbook was not exported. That folder is not there any more. Choose another folder.',
  );
  expect(existsSync(gone)).toBe(false);
  await snap(app, 'export-failed');
});
