import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/harness/fixtures';

/*
 * The README's screenshots: the sample workbook as of the day it was written (the page's clock is
 * fixed, so "due in 2 days" reads the same whenever the pictures are retaken), at the e2e viewport.
 */

const folder = resolve(import.meta.dirname, '../../docs/screenshots');
const sampleWrittenOn = new Date('2026-11-30T10:00:00');

async function picture(app: Page, name: string): Promise<void> {
  // Let charts and fonts settle, and keep the pointer from hovering anything.
  await app.mouse.move(0, 0);
  await app.waitForTimeout(300);
  await app.screenshot({ path: resolve(folder, `${name}.png`) });
}

async function openSection(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(app.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('the sample workbook, section by section', async ({ app }) => {
  await app.clock.setFixedTime(sampleWrittenOn);
  await app.reload();
  await app.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Maya Okafor (sample)' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Needs your attention' })).toBeVisible();
  await picture(app, 'overview');

  await openSection(app, 'Skills');
  await app.getByRole('tab', { name: 'Motivated-skills map' }).click();
  await expect(app.getByRole('tabpanel', { name: 'Motivated-skills map' })).toBeVisible();
  await picture(app, 'skills-map');

  await openSection(app, 'Values');
  await expect(app.getByRole('region', { name: 'Your core values' })).toBeVisible();
  await picture(app, 'values');

  await openSection(app, 'People');
  const board = app.getByRole('region', { name: 'Your board' });
  await board.getByRole('heading', { name: 'Your board' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await picture(app, 'people-board');

  await openSection(app, 'Paths');
  const comparison = app.getByRole('region', { name: 'Your paths side by side' });
  await comparison.getByRole('heading', { name: 'Your paths side by side' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await picture(app, 'paths-comparison');

  await openSection(app, 'Milestones');
  await app.getByRole('button', { name: 'Whole horizon' }).click();
  await picture(app, 'roadmap');

  await app.emulateMedia({ colorScheme: 'dark' });
  await openSection(app, 'Skills');
  await app.getByRole('tab', { name: 'Motivated-skills map' }).click();
  await picture(app, 'skills-map-dark');
});
