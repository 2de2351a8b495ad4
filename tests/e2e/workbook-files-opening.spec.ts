import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { storedRows } from './stored-rows';
import { heading, switcherToggle } from './workbook-helpers';
import { fileNotice, importPreview, samplePath, sampleTitle } from './workbook-files-helpers';

/* Workbook files given with the app (command line, a second launch, macOS open-file), and the whole round by keyboard. */

async function workbookTitles(app: Page): Promise<string[]> {
  return (await storedRows(app, 'workbooks')).map((row) => String(row['title'])).sort();
}

/** Presses Tab until `target` has focus, as someone without a mouse would. */
async function tabTo(app: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await app.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${limit} presses`).toBeFocused();
}

test('a file given with the app before its window listens is previewed once the app is open', async ({ page, host, appServer }) => {
  expect(await host.openWithApp(samplePath), 'no page listens yet').toBe(0);
  await page.goto(appServer.entryUrl);
  const preview = importPreview(page);
  await expect(preview).toContainText(`maya-okafor.waypoint holds the workbook ${sampleTitle}.`);
  await snap(page, 'given at startup');
  await preview.getByRole('button', { name: 'Import as a new workbook' }).click();
  await expect(heading(page, sampleTitle)).toBeVisible();
  expect(await workbookTitles(page)).toEqual([sampleTitle]);

  // A second launch with two files while the app is open: both are shown, one after the other.
  expect(await host.openWithApp(samplePath, samplePath.replace('maya-okafor', 'no-such-file'))).toBe(1);
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  const refused = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('alert')).toHaveText('That file is not there any more: it may have been moved, renamed or deleted.');
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(refused).toBeHidden();
  expect(await workbookTitles(page)).toEqual([sampleTitle]);
});

test('export and import by keyboard alone; Escape leaves the preview without importing', async ({ app, dialogs }, testInfo) => {
  dialogs.queueOpen(samplePath);
  await tabTo(app, app.getByRole('button', { name: 'Import a workbook file…' }));
  await app.keyboard.press('Enter');
  await expect(importPreview(app).getByRole('button', { name: 'Import as a new workbook' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(heading(app, sampleTitle)).toBeVisible();
  await expect(heading(app, sampleTitle)).toBeFocused();

  mkdirSync(testInfo.outputPath('exports'), { recursive: true });
  const target = testInfo.outputPath('exports', 'by-keyboard.waypoint');
  dialogs.queueSave(target);
  await tabTo(app, switcherToggle(app));
  await app.keyboard.press('Enter');
  await tabTo(app, app.getByRole('button', { name: 'Export workbook…' }));
  await app.keyboard.press('Enter');
  await expect(fileNotice(app)).toHaveText(`Exported “${sampleTitle}” to ${target}`);
  await expect(switcherToggle(app), 'focus back on the switcher').toBeFocused();

  dialogs.queueOpen(target);
  await app.keyboard.press('Enter');
  await tabTo(app, app.getByRole('button', { name: 'Import…' }));
  await app.keyboard.press('Enter');
  await expect(importPreview(app)).toContainText('by-keyboard.waypoint');
  await expectAccessible(app, 'import preview by keyboard');
  await app.keyboard.press('Escape');
  await expect(importPreview(app)).toBeHidden();
  await expect(switcherToggle(app), 'focus back where it was').toBeFocused();
  expect(await workbookTitles(app)).toEqual([sampleTitle]);
});
