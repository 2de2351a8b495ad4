import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readWorkbookBytes } from '../../src-main/shared/workbook-file-read';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { storedRows } from './stored-rows';
import { heading, openSwitcher } from './workbook-helpers';
import { fileNotice, importPreview, samplePath, sampleTitle, workbookIdByTitle } from './workbook-files-helpers';

/* Replacing the open workbook with a file: an explicit second step, and never without a backup of what it held. */

async function createFirstWorkbook(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, title)).toBeVisible();
}

async function importSampleIntoPreview(app: Page, dialogs: { queueOpen(path: string): void }) {
  dialogs.queueOpen(samplePath);
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Import…' }).click();
  await expect(importPreview(app)).toBeVisible();
}

test('Replace asks first, saves a backup of the open workbook, then replaces it in place', async ({ app, host, dialogs }) => {
  await createFirstWorkbook(app, 'My plan');
  const planId = await workbookIdByTitle(app, 'My plan');
  await importSampleIntoPreview(app, dialogs);

  const preview = importPreview(app);
  await preview.getByRole('button', { name: 'Replace “My plan”…' }).click();
  await expect(preview.getByRole('heading', { name: 'Replace “My plan”?' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Go back' })).toBeFocused();
  await snap(app, 'replace-question');
  await expectAccessible(app, 'replace question');
  await preview.getByRole('button', { name: 'Replace “My plan”', exact: true }).click();

  await expect(preview).toBeHidden();
  await expect(heading(app, sampleTitle)).toBeVisible();
  await expect(fileNotice(app)).toHaveText(
    'Replaced “My plan” with the workbook in maya-okafor.waypoint. A backup of what it held was saved first.',
  );
  const workbooks = await storedRows(app, 'workbooks');
  expect(workbooks.map((row) => [row['id'], row['title']])).toEqual([[planId, sampleTitle]]);
  expect((await storedRows(app, 'skills')).length).toBeGreaterThan(5);

  const backupFolder = join(host.dataFolder, 'backups', planId);
  const backups = readdirSync(backupFolder).filter((name) => name.endsWith('.waypoint'));
  expect(backups).toHaveLength(1);
  const backup = readWorkbookBytes(readFileSync(join(backupFolder, backups[0]!)));
  expect(backup.status === 'ok' && backup.snapshot.workbook.title).toBe('My plan');
});

test('when the backup cannot be saved, nothing is replaced and the preview says why', async ({ app, host, dialogs }) => {
  await createFirstWorkbook(app, 'My plan');
  // A file where the backups folder should be: no backup can be written.
  writeFileSync(join(host.dataFolder, 'backups'), 'not a folder');
  await importSampleIntoPreview(app, dialogs);

  const preview = importPreview(app);
  await preview.getByRole('button', { name: 'Replace “My plan”…' }).click();
  await preview.getByRole('button', { name: 'Replace “My plan”', exact: true }).click();
  await expect(preview.getByRole('alert')).toContainText('Nothing was replaced: your workbook is as it was.');
  await snap(app, 'replace-refused');
  expect((await storedRows(app, 'workbooks')).map((row) => row['title'])).toEqual(['My plan']);
  expect(await storedRows(app, 'skills')).toEqual([]);

  await preview.getByRole('button', { name: 'Go back' }).click();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(heading(app, 'My plan')).toBeVisible();
});
