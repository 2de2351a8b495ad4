import { expect, snap, test } from './harness/fixtures';
import { createWorkbook, expectFocusNotOnBody, heading, openSwitcher, switcherToggle } from './workbook-helpers';

const workbookList = (app: import('@playwright/test').Page) =>
  app.getByRole('list', { name: 'Your workbooks' }).getByRole('listitem');

test('two quick Ctrl+Z bring back both deleted workbooks', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill('A');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await createWorkbook(app, 'B');
  await createWorkbook(app, 'C');

  // Delete C (open), then the workbook that opens next (A).
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Deleted the workbook “C”.')).toBeVisible();
  await expect(heading(app, 'A')).toBeVisible();
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Deleted the workbook “A”.')).toBeVisible();
  await expect(heading(app, 'B')).toBeVisible();

  await app.getByRole('heading', { level: 1 }).click();
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+z');
  await openSwitcher(app);
  await expect(workbookList(app)).toHaveText(['A', 'B', 'C']);
  await app.keyboard.press('Escape');

  await app.reload();
  await openSwitcher(app);
  await expect(workbookList(app)).toHaveText(['A', 'B', 'C']);
});

test('focus lands on the new workbook after creating one with Enter or duplicating, never on the page body', async ({
  app,
}) => {
  await app.getByLabel('Title of your workbook').fill('First');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, 'First')).toBeVisible();

  await openSwitcher(app);
  await app.getByRole('button', { name: 'New workbook' }).click();
  await app.getByLabel('Title of the new workbook').fill('Second');
  await app.getByLabel('Title of the new workbook').press('Enter');
  await expect(heading(app, 'Second')).toBeVisible();
  await expectFocusNotOnBody(app, 'creating a workbook with Enter');
  // Back on the control that opened the form, which now names the new workbook.
  await expect(switcherToggle(app)).toBeFocused();
  await expect(switcherToggle(app)).toHaveAccessibleName('Workbook Second');

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Duplicate' }).press('Enter');
  await expect(heading(app, 'Second (copy)')).toBeVisible();
  await expectFocusNotOnBody(app, 'Duplicate by keyboard');
  await expect(switcherToggle(app)).toBeFocused();

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Duplicate' }).click();
  await expect(heading(app, 'Second (copy) (copy)')).toBeVisible();
  await expectFocusNotOnBody(app, 'Duplicate by mouse');
  await expect(switcherToggle(app)).toBeFocused();
});

const longTitle = `${'A'.repeat(115)} plan`;

test('a long unbroken workbook title wraps in the page heading at 1280 px', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill(longTitle);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, longTitle)).toBeVisible();

  // Nothing runs past the right edge of the page.
  const right = await heading(app, longTitle).evaluate((element) => element.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(1280);
  expect(await app.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await snap(app, 'long-title');
  await openSwitcher(app);
  await snap(app, 'long-title-switcher');
});

test('a workbook with a title at the limit is duplicated under a shortened title', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill(longTitle);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, longTitle)).toBeVisible();

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Duplicate' }).click();
  await expect(heading(app, `${'A'.repeat(113)} (copy)`)).toBeVisible();
  await openSwitcher(app);
  await expect(workbookList(app)).toHaveCount(2);
});
