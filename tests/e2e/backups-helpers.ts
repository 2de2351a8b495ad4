import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type AppServer } from './harness/fixtures';
import { heading, openSwitcher } from './workbook-helpers';

/* What the backup journeys share. The page's clock is Playwright's, so the wait before a backup passes at once. */

/** Loads the app with the page clock under the test's control (before any of the app's timers start). */
export async function openWithClock(page: Page, appServer: AppServer): Promise<Page> {
  await page.clock.install();
  await page.goto(appServer.entryUrl);
  await expect(page.locator('main')).toBeVisible({ timeout: 15_000 });
  return page;
}

/** Longer than the quiet moment the app waits for after a change before it takes a backup. */
export async function letTheWorkbookRest(app: Page): Promise<void> {
  await app.clock.runFor(45_000);
}

export async function createFirstWorkbook(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, title)).toBeVisible();
}

export async function setOwnerName(app: Page, name: string): Promise<void> {
  await app.getByLabel('Your name').fill(name);
  await app.getByLabel('Your name').blur();
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** The backup files on disk for every workbook: folder (workbook id) → backup file names, oldest first. */
export async function backupFiles(dataFolder: string): Promise<Record<string, string[]>> {
  const root = join(dataFolder, 'backups');
  const folders = await readdir(root).catch(() => [] as string[]);
  const entries = await Promise.all(
    folders.map(async (folder) => {
      const names = await readdir(join(root, folder)).catch(() => [] as string[]);
      return [folder, names.filter((name) => name.endsWith('.waypoint')).sort()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export async function openBackupsFromSwitcher(app: Page): Promise<void> {
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Backups' }).click();
  await expect(heading(app, 'Backups')).toBeVisible();
}

export const backupList = (app: Page) => app.getByRole('list', { name: /backups?, newest first/ });
