import type { Page } from '@playwright/test';
import { customValueSchema, experienceSchema, milestoneSchema, skillSchema } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { holdStore, putRows } from './page-storage';
import { personRow } from './people-helpers';
import { createWorkbook } from './skills-helpers';
import { heading } from './workbook-helpers';

/* Search: Ctrl/Cmd+K from anywhere, results grouped by section, chosen by keyboard, opening where the item is edited. */

test.describe.configure({ timeout: 90_000 });

const stamp = '2026-03-02T10:00:00.000Z';

async function seedAcrossSections(app: Page): Promise<void> {
  await putRows(app, 'people', [
    personRow('zoe', { name: 'Zoë Lefèvre', organisation: 'Café Nordique', title: 'Head of product' }),
    personRow('tom', { name: 'Tom Berg', organisation: 'Harbour Freight' }),
  ]);
  const skill = { category: 'technical', proficiency: 3, enjoyment: 4, targetLevel: 4, evidence: [], createdAt: stamp, updatedAt: stamp };
  await putRows(app, 'skills', [
    skillSchema.parse({ ...skill, id: 'latte', name: 'Latte art', notes: 'Learned at Cafe Nordique on weekends', order: 0 }),
    skillSchema.parse({ ...skill, id: 'sql', name: 'SQL', notes: '', order: 1 }),
  ]);
  await putRows(app, 'customValues', [customValueSchema.parse({ id: 'own', name: 'Autonomía', description: 'Choosing how I work', createdAt: stamp, updatedAt: stamp })]);
  await putRows(app, 'experiences', [
    experienceSchema.parse({
      id: 'barista',
      kind: 'role',
      title: 'Barista trainer',
      organisation: 'CAFÉ NORDIQUE',
      start: '2019-04',
      end: '2021-08',
      description: '',
      achievements: [],
      skillLinks: [],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await putRows(
    app,
    'milestones',
    Array.from({ length: 7 }, (_, index) =>
      milestoneSchema.parse({
        id: `launch-${index}`,
        title: `Launch step ${index + 1}`,
        horizon: '1y',
        specific: '',
        measure: '',
        whyItMatters: '',
        valueIds: [],
        targetDate: null,
        pathId: null,
        skillIds: [],
        personIds: [],
        status: 'not-started',
        progress: 0,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    ),
  );
}

/** Reloads to read the seeded rows; search is there once the workbook is open again. */
async function reloadWorkbook(app: Page): Promise<void> {
  await app.reload();
  await expect(app.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
}

const dialog = (app: Page) => app.getByRole('dialog', { name: 'Search this workbook' });
const field = (app: Page) => dialog(app).getByRole('combobox', { name: 'Search for' });
const results = (app: Page) => dialog(app).getByRole('listbox', { name: 'Results' });

/** The option aria-activedescendant points at, by its text. */
async function activeOption(app: Page): Promise<string> {
  const id = await field(app).getAttribute('aria-activedescendant');
  if (!id) return '';
  const option = app.locator(`[id="${id}"]`);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  return (await option.innerText()).replace(/\s+/g, ' ').trim();
}

test('Ctrl+K finds across sections by keyboard, opens the chosen item where it is edited, and gives focus back on Escape', async ({ app }) => {
  await createWorkbook(app, 'Search journey');
  await seedAcrossSections(app);
  await reloadWorkbook(app);
  await expect(heading(app, 'Search journey')).toBeVisible();

  await app.keyboard.press('ControlOrMeta+k');
  await expect(dialog(app)).toBeVisible();
  await expect(field(app)).toBeFocused();
  await expect(dialog(app)).toContainText('Capitals and accents do not matter');
  await expect(results(app)).toBeHidden();

  // Accents and capitals aside, every word must appear; one group per section, in sidebar order.
  await field(app).fill('cafe NORDIQUE');
  await expect(dialog(app).getByRole('status')).toHaveText('3 matches in 3 sections');
  const groups = results(app).getByRole('group');
  await expect(groups).toHaveCount(3);
  expect(await groups.evaluateAll((found) => found.map((group) => group.getAttribute('aria-label')))).toEqual(['Skills', 'People', 'Experience']);
  await expect(results(app).getByRole('group', { name: 'People' }).getByRole('option')).toHaveText([/Zoë Lefèvre\s*Head of product, Café Nordique/]);
  expect(await activeOption(app)).toMatch(/^Latte art/);
  await snap(app, 'results');

  await app.keyboard.press('ArrowDown');
  expect(await activeOption(app)).toMatch(/^Zoë Lefèvre/);
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowUp');
  expect(await activeOption(app), 'ArrowUp wraps round to the last result').toMatch(/^Barista trainer/);
  await app.keyboard.press('ArrowDown');
  expect(await activeOption(app), 'ArrowDown wraps round to the first result').toMatch(/^Latte art/);
  await app.keyboard.press('End');
  expect(await activeOption(app)).toMatch(/^Barista trainer/);
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowDown');
  expect(await activeOption(app)).toMatch(/^Zoë Lefèvre/);

  await expectAccessible(app, 'search results, light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'results-dark');
  await expectAccessible(app, 'search results, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  await app.keyboard.press('Enter');
  await expect(dialog(app)).toBeHidden();
  await expect(heading(app, 'People')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Zoë Lefèvre', exact: true }).getByLabel('Name', { exact: true })).toHaveValue('Zoë Lefèvre');

  // From inside a text field too; the new search starts empty.
  const nameField = app.getByRole('region', { name: 'Zoë Lefèvre', exact: true }).getByLabel('Name', { exact: true });
  await nameField.focus();
  await app.keyboard.press('ControlOrMeta+k');
  await expect(field(app)).toBeFocused();
  await expect(field(app)).toHaveValue('');
  await app.keyboard.type('latte');
  await expect(dialog(app).getByRole('status')).toHaveText('1 match in Skills');
  await app.keyboard.press('Enter');
  await expect(heading(app, 'Skills')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Latte art', exact: true })).toBeVisible();

  // Escape closes and gives focus back to where it was.
  const skillName = app.getByRole('region', { name: 'Latte art', exact: true }).getByRole('textbox').first();
  await skillName.focus();
  await app.keyboard.press('ControlOrMeta+k');
  await app.keyboard.type('zebra');
  await expect(dialog(app).getByRole('status')).toHaveText('No matches for “zebra”');
  await expect(results(app)).toBeHidden();
  await snap(app, 'no-matches');
  await app.keyboard.press('Escape');
  await expect(dialog(app)).toBeHidden();
  await expect(skillName).toBeFocused();
});

test('the sidebar button and the menu open search; a long section ends in a row that opens it, and results open by click', async ({ app, host }) => {
  await createWorkbook(app, 'Search by mouse');
  await seedAcrossSections(app);
  await reloadWorkbook(app);

  await host.emit('menuCommand', { kind: 'open-search' });
  await expect(field(app)).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog(app)).toBeHidden();

  const button = app.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toContainText(/Ctrl\s*K|⌘\s*K/);
  await button.click();
  await expect(field(app)).toBeFocused();
  await app.keyboard.type('launch');
  await expect(dialog(app).getByRole('status')).toHaveText('7 matches in Milestones');
  const options = results(app).getByRole('option');
  await expect(options).toHaveCount(6);
  await expect(options.last()).toHaveText('2 more in Milestones');
  await app.keyboard.press('Escape');
  await expect(button).toBeFocused();

  await app.keyboard.press('Enter');
  await app.keyboard.type('launch');
  await expect(options.last()).toHaveText('2 more in Milestones');
  await app.keyboard.press('End');
  await app.keyboard.press('Enter');
  await expect(heading(app, 'Milestones')).toBeVisible();
  await expect(app.getByText('Launch step 7')).not.toHaveCount(0);

  await app.keyboard.press('ControlOrMeta+k');
  await app.keyboard.type('barista');
  await results(app).getByRole('option', { name: /Barista trainer/ }).click();
  await expect(dialog(app)).toBeHidden();
  await expect(heading(app, 'Experience')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Barista trainer', exact: true })).toBeVisible();

  // On a slow disk, Enter pressed before the workbook is read opens the first result once it is.
  // (After a reload, so the search has not read this workbook yet: an unchanged one is not read again.)
  await app.reload();
  await expect(heading(app, 'Experience')).toBeVisible();
  const release = await holdStore(app, 'people');
  await app.keyboard.press('ControlOrMeta+k');
  await app.keyboard.type('lefevre');
  await expect(dialog(app).getByRole('status')).toHaveText('Reading your workbook…');
  await app.keyboard.press('Enter');
  await expect(dialog(app)).toBeVisible();
  await release();
  await expect(dialog(app)).toBeHidden();
  await expect(heading(app, 'People')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Zoë Lefèvre', exact: true })).toBeVisible();

  // A value opens the Values section at its heading, also when Values is the page already shown.
  for (const round of ['from People', 'from Values']) {
    await app.getByRole('button', { name: 'Hide sidebar' }).focus();
    await app.keyboard.press('ControlOrMeta+k');
    await app.keyboard.type('AUTONOMIA');
    await expect(dialog(app).getByRole('status')).toHaveText('1 match in Values');
    await app.keyboard.press('Enter');
    await expect(heading(app, 'Values'), round).toBeFocused();
  }
});

test('the search dialog fits a 200 % zoomed window', async ({ app }) => {
  await createWorkbook(app, 'Zoomed search');
  await seedAcrossSections(app);
  await app.setViewportSize({ width: 640, height: 400 });
  await reloadWorkbook(app);
  await app.keyboard.press('ControlOrMeta+k');
  await app.keyboard.type('e');
  await expect(results(app).getByRole('option').first()).toBeVisible();
  const box = await dialog(app).boundingBox();
  expect(box, 'the dialog is on screen').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(640);
  expect(box!.y + box!.height).toBeLessThanOrEqual(400);
  // The list scrolls inside the box, and the active result is kept in view while moving.
  await app.keyboard.press('End');
  const last = results(app).getByRole('option').last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  await snap(app, 'zoomed');
  await expectAccessible(app, 'search at 200 % zoom');
});
