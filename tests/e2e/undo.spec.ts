import type { Page } from '@playwright/test';
import { expect, snap, test } from './harness/fixtures';
import { addExperience, entryTitles, openEntry, startWorkbook } from './experience-helpers';
import { addByKeyboard, skillList } from './skills-helpers';
import { createWorkbook, expectFocusNotOnBody, heading, openSwitcher, switcherToggle } from './workbook-helpers';

const undoButton = (app: Page) => app.getByRole('button', { name: /^Undo/ });

async function chooseWorkbook(app: Page, title: string): Promise<void> {
  await openSwitcher(app);
  await app.getByRole('list', { name: 'Your workbooks' }).getByRole('button', { name: title }).click();
  await expect(switcherToggle(app)).toHaveAccessibleName(`Workbook ${title}`);
  await expect(switcherToggle(app)).toHaveAttribute('aria-expanded', 'false');
}

test('Ctrl+Z after switching workbooks opens the workbook the deletion came from and shows what came back', async ({
  app,
}) => {
  await app.getByLabel('Title of your workbook').fill('Alpha');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await createWorkbook(app, 'Beta');
  await chooseWorkbook(app, 'Alpha');
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Skills/ }).click();
  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await addByKeyboard(app, 'Carpentry', 'Technical');
  await app.getByRole('region', { name: 'Carpentry', exact: true }).getByRole('button', { name: 'Delete skill' }).click();
  await expect(app.getByText('Deleted the skill “Carpentry”.')).toBeVisible();
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toHaveCount(0);

  await chooseWorkbook(app, 'Beta');
  await app.keyboard.press('Control+z');
  await expect(switcherToggle(app)).toHaveAccessibleName('Workbook Alpha');
  await expect(app.getByText('Restored the skill “Carpentry”.')).toBeVisible();
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toBeVisible();
  await expectFocusNotOnBody(app, 'Ctrl+Z');
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toBeFocused();
  await snap(app, 'restored-in-its-workbook');

  await app.reload();
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toBeVisible();
  await chooseWorkbook(app, 'Beta');
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toHaveCount(0);
});

test('Undo in the toast, by mouse or keyboard, puts focus on what came back; the toast says its shortcut', async ({
  app,
}) => {
  await startWorkbook(app, 'Toast');
  const first = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  await first.getByRole('button', { name: 'Done' }).click();
  const second = await addExperience(app, { title: 'Barista', organisation: 'Corner Café', start: '2018-01', end: '2020-12' });
  await second.getByRole('button', { name: 'Done' }).click();

  const toast = app.getByRole('status').filter({ hasText: 'Deleted the experience “Barista”.' });
  const undoWays: Array<[string, () => Promise<void>]> = [
    ['Undo by mouse', () => undoButton(app).click()],
    [
      'Undo by keyboard',
      async () => {
        await undoButton(app).focus();
        await app.keyboard.press('Enter');
      },
    ],
    // The shortcut the toast announces works from where the deletion left focus.
    ['Ctrl+Z', () => app.keyboard.press('Control+z')],
  ];
  for (const [way, undo] of undoWays) {
    await (await openEntry(app, 'Barista')).getByRole('button', { name: 'Delete' }).click();
    await expect(toast).toContainText('Press Ctrl+Z to undo.');
    await expect(undoButton(app)).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
    if (way === 'Undo by mouse') await snap(app, 'toast');
    await undo();
    await expect(entryTitles(app)).toHaveText(['Data analyst', 'Barista']);
    await expectFocusNotOnBody(app, way);
    await expect(app.getByRole('button', { name: 'Barista', exact: true })).toBeFocused();
  }

  // Something with no row to show it (a workbook): focus goes to the page heading.
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Overview/ }).click();
  await createWorkbook(app, 'Spare');
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await undoButton(app).click();
  await expect(heading(app, 'Spare')).toBeVisible();
  await expectFocusNotOnBody(app, 'Undo of a workbook deletion');
  await expect(heading(app, 'Spare')).toBeFocused();
});

test('in a narrow window the undo toast uses the width there is, not half of it', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill('Narrow');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Skills/ }).click();
  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await addByKeyboard(app, 'Stakeholder interviews and workshop facilitation', 'Transferable');
  await app.setViewportSize({ width: 640, height: 800 });
  await app
    .getByRole('region', { name: 'Stakeholder interviews and workshop facilitation', exact: true })
    .getByRole('button', { name: 'Delete skill' })
    .click();
  const toast = app.getByRole('status').filter({ hasText: 'Deleted the skill' });
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(640 * 0.7);
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 640).toBe(true);
  await snap(app, 'toast-at-640');
});
