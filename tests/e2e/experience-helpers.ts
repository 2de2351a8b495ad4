import type { Locator, Page } from '@playwright/test';
import { expect } from './harness/fixtures';

export { expectSaved } from './workbook-helpers';

/* What the Experience journeys share: finding things as a person would. */

export interface NewExperience {
  kind?: 'Role' | 'Education' | 'Volunteering' | 'Project';
  title: string;
  organisation: string;
  start: string;
  /** Omitted while it is still going on. */
  end?: string;
}

export async function startWorkbook(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Experience/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Experience', exact: true })).toBeVisible();
}

export const panel = (app: Page, name: string) => app.getByRole('region', { name, exact: true });
export const timeline = (app: Page) => app.getByRole('list', { name: 'Experience' });
/** The timeline's own entries (not the achievements and skill chips listed inside them). */
export const entries = (app: Page) => timeline(app).locator(':scope > li');
export const entryTitles = (app: Page) => timeline(app).getByRole('heading', { level: 3 });

export async function addExperience(app: Page, experience: NewExperience): Promise<Locator> {
  await app.getByRole('button', { name: 'Add experience', exact: true }).click();
  const form = panel(app, 'Add experience');
  await expect(form.getByLabel('Kind')).toBeFocused();
  if (experience.kind) await form.getByLabel('Kind').selectOption({ label: experience.kind });
  await form.getByLabel('Title').fill(experience.title);
  await form.getByLabel('Organisation').fill(experience.organisation);
  await form.getByLabel('Start').fill(experience.start);
  if (experience.end) {
    await form.getByRole('checkbox', { name: 'Present' }).uncheck();
    await expect(form.getByLabel('End', { exact: true })).toBeFocused();
    await form.getByLabel('End', { exact: true }).fill(experience.end);
  }
  await form.getByRole('button', { name: 'Add to timeline' }).click();
  const editor = panel(app, experience.title);
  await expect(editor.getByRole('status')).toHaveText(/^Added to your timeline/);
  return editor;
}

export async function openEntry(app: Page, title: string): Promise<Locator> {
  await timeline(app).getByRole('button', { name: title, exact: true }).click();
  const editor = panel(app, title);
  await expect(editor).toBeVisible();
  return editor;
}

export const achievement = (editor: Locator, number: number) =>
  editor.getByRole('textbox', { name: `Achievement ${number}`, exact: true });
