import type { Page } from '@playwright/test';
import { expect, snap, test } from './harness/fixtures';

/* Deleting something other sections link to cleans the links; undo brings both sides back. */

const goTo = async (app: Page, section: RegExp, title: string) => {
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: section }).click();
  await expect(app.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
};
const roleEntry = (app: Page) => app.getByRole('list', { name: 'Experience' }).locator(':scope > li').first();

test('deleting a skill unlinks it from experience, and Ctrl+Z restores the skill and the link', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill('Linked');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await goTo(app, /^Experience/, 'Experience');

  await app.getByRole('button', { name: 'Add experience', exact: true }).click();
  const form = app.getByRole('region', { name: 'Add experience', exact: true });
  await form.getByLabel('Title').fill('Data analyst');
  await form.getByLabel('Organisation').fill('Northwind Freight');
  await form.getByLabel('Start').fill('2021-04');
  await form.getByRole('button', { name: 'Add to timeline' }).click();
  const editor = app.getByRole('region', { name: 'Data analyst', exact: true });
  await editor.getByLabel('Link a skill').fill('Stakeholder interviews');
  await editor.getByRole('button', { name: 'Add “Stakeholder interviews” as a new skill' }).click();
  await expect(editor.getByRole('list', { name: 'Linked skills' }).getByRole('listitem')).toHaveCount(1);
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(roleEntry(app).getByRole('list', { name: 'Skills' })).toHaveText('Stakeholder interviews used');

  await goTo(app, /^Skills/, 'Skills');
  await app.getByRole('list', { name: 'Skills' }).getByRole('button', { name: /^Stakeholder interviews/ }).click();
  await app.getByRole('region', { name: 'Stakeholder interviews', exact: true }).getByRole('button', { name: 'Delete skill' }).click();
  await expect(app.getByText('Deleted the skill “Stakeholder interviews”.')).toBeVisible();

  await goTo(app, /^Experience/, 'Experience');
  await expect(roleEntry(app)).toContainText('Data analyst');
  await expect(roleEntry(app).getByRole('list', { name: 'Skills' })).toHaveCount(0);
  await snap(app, 'link-cleaned');

  await app.getByRole('heading', { level: 1, name: 'Experience' }).click();
  await app.keyboard.press('Control+z');
  await expect(roleEntry(app).getByRole('list', { name: 'Skills' })).toHaveText('Stakeholder interviews used');
  await app.reload();
  await expect(roleEntry(app).getByRole('list', { name: 'Skills' })).toHaveText('Stakeholder interviews used');
  await goTo(app, /^Skills/, 'Skills');
  await expect(app.getByRole('list', { name: 'Skills' })).toContainText('Stakeholder interviews');
});
