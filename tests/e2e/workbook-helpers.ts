import type { Page } from '@playwright/test';
import { expect } from './harness/fixtures';

/* What the journeys around workbooks and the shell share. */

export function heading(app: Page, name: string) {
  return app.getByRole('heading', { level: 1, name, exact: true });
}

export const switcherToggle = (app: Page) => app.getByRole('button', { name: /^Workbook\b/ });

export async function openSwitcher(app: Page): Promise<void> {
  const toggle = switcherToggle(app);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export async function createWorkbook(app: Page, title: string): Promise<void> {
  await openSwitcher(app);
  await app.getByRole('button', { name: 'New workbook' }).click();
  await app.getByLabel('Title of the new workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, title)).toBeVisible();
  // The new workbook shows before the switcher has closed; the next step may want to open it again.
  await expect(switcherToggle(app)).toHaveAttribute('aria-expanded', 'false');
}

export async function switchTo(app: Page, title: string): Promise<void> {
  await openSwitcher(app);
  await app.getByRole('list', { name: 'Your workbooks' }).getByRole('button', { name: title }).click();
  await expect(heading(app, title)).toBeVisible();
  await expect(switcherToggle(app)).toHaveAttribute('aria-expanded', 'false');
}

export async function expectSaved(app: Page): Promise<void> {
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** What has focus, described for a message: tag, id, name or text; "body" when focus fell to the page. */
export function focused(app: Page): Promise<string> {
  return app.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 60) ?? '';
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} ${name}`.trim();
  });
}

/** Focus has settled on something the person can see and use, never the page body. */
export async function expectFocusNotOnBody(app: Page, after: string): Promise<void> {
  await expect.poll(() => focused(app), { message: `focus after ${after}` }).not.toBe('body');
  // Still there a moment later: nothing drew over it and dropped focus to the body.
  await app.waitForTimeout(300);
  expect(await focused(app), `focus a moment after ${after}`).not.toBe('body');
}

