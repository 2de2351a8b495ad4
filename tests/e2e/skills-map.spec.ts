import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { ratedSkillRows, seedSkills, type SkillLevels } from './skills-helpers';

type Levels = SkillLevels;

/**
 * Creates a workbook through the UI, writes skills straight into the app's IndexedDB (valid rows, keyed
 * like the app keys them), then reloads so the app reads them, and opens the map.
 */
async function openMapWith(app: Page, levels: Levels[]): Promise<Locator> {
  await app.getByLabel('Title of your workbook').fill('Map test');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Map test' })).toBeVisible();

  await seedSkills(app, ratedSkillRows(levels));

  await app.evaluate(() => (window.location.hash = '#/skills'));
  await app.reload();
  await app.getByRole('tab', { name: 'Motivated-skills map' }).click();
  const map = app.getByRole('figure', { name: 'Motivated-skills map' });
  await expect(map).toBeVisible();
  return map;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectInQuadrant(map: Locator, shape: Locator, quadrant: string): Promise<void> {
  const { x, y } = await centre(shape);
  const area = await map.locator(`rect[data-quadrant="${quadrant}"]`).boundingBox();
  if (!area) throw new Error(`no ${quadrant} area`);
  expect(x > area.x && x < area.x + area.width && y > area.y && y < area.y + area.height, `${quadrant}`).toBe(true);
}

const crowd: Levels[] = [
  'Budget reports',
  'Data entry',
  'Expense claims',
  'Filing',
  'Invoice checks',
  'Meeting notes',
  'Scheduling',
  'Travel booking',
].map((name) => [name, 2, 2]);

const mixed: Levels[] = [
  ['SQL', 4, 5],
  ['Python', 3, 4],
  ['Data storytelling with dashboards for executives', 4, 4],
  ['Excel', 4, 2],
  ['Git', 5, 4],
  ['Public speaking', 2, 4],
  ['Product discovery', 1, 5],
  ['Vendor negotiation', 1, 1],
  ...crowd,
];

test('seeded skills sit in their quadrants and can be read by hover, focus and table, and opened', async ({ app }) => {
  const map = await openMapWith(app, mixed);

  const sql = map.getByRole('button', { name: 'SQL: proficiency 4, enjoyment 5' });
  const python = map.getByRole('button', { name: 'Python: proficiency 3, enjoyment 4' });
  const excel = map.getByRole('button', { name: 'Excel: proficiency 4, enjoyment 2' });
  const speaking = map.getByRole('button', { name: 'Public speaking: proficiency 2, enjoyment 4' });
  const vendor = map.getByRole('button', { name: 'Vendor negotiation: proficiency 1, enjoyment 1' });
  for (const point of [sql, python, excel, speaking, vendor]) await expect(point).toBeVisible();
  await expectInQuadrant(map, sql.locator('.dot'), 'motivated-strength');
  await expectInQuadrant(map, python.locator('.dot'), 'motivated-strength');
  await expectInQuadrant(map, excel.locator('.dot'), 'burnout-risk');
  await expectInQuadrant(map, speaking.locator('.dot'), 'growth-area');
  await expectInQuadrant(map, vendor.locator('.dot'), 'low-priority');
  for (const title of ['Motivated strengths', 'Burnout risks', 'Growth areas', 'Low priority']) {
    await expect(map.locator('svg').getByText(title, { exact: true })).toBeVisible();
  }
  // A long name is cut short on the map to stay in its square, and whole in the tooltip and the accessible name.
  const longName = map.getByRole('button', { name: /^Data storytelling with dashboards for executives: proficiency 4/ });
  expect(await longName.locator('.name').evaluate((name) => name.scrollWidth > name.clientWidth)).toBe(true);
  expect(await sql.locator('.name').evaluate((name) => name.scrollWidth > name.clientWidth)).toBe(false);
  await snap(app, 'map-light');
  await expectAccessible(app, 'motivated-skills map');

  await python.hover();
  const tooltip = map.locator('.tooltip');
  await expect(tooltip).toContainText('Python');
  await expect(tooltip).toContainText('Proficiency 3 of 5 · Enjoyment 4 of 5');
  await expect(tooltip).toContainText('Motivated strengths');
  await app.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  await longName.focus();
  await expect(tooltip).toContainText('Data storytelling with dashboards for executives');
  await sql.focus();
  await expect(tooltip).toContainText('SQL');
  await expect(tooltip).toContainText('Proficiency 4 of 5 · Enjoyment 5 of 5');
  await snap(app, 'point-focused');
  // Escape dismisses the tooltip without moving focus away.
  await app.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(sql).toBeFocused();

  await app.keyboard.press('Enter');
  const panel = app.getByRole('region', { name: 'SQL' });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Name')).toHaveValue('SQL');
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(sql).toBeFocused();

  await excel.click();
  await expect(app.getByRole('region', { name: 'Excel' })).toBeVisible();
  await app.keyboard.press('Escape');

  await map.getByText('Show as table').click();
  const table = (quadrant: RegExp) => map.getByRole('table', { name: quadrant });
  // toHaveText retries until the table has rendered, unlike reading the texts once.
  const rowNames = (quadrant: RegExp) => table(quadrant).getByRole('rowheader');
  await expect(rowNames(/^Motivated strengths/)).toHaveText([
    'Data storytelling with dashboards for executives',
    'Git',
    'Python',
    'SQL',
  ]);
  await expect(rowNames(/^Burnout risks/)).toHaveText(['Excel']);
  await expect(rowNames(/^Growth areas/)).toHaveText(['Product discovery', 'Public speaking']);
  await expect(rowNames(/^Low priority/)).toHaveText([...crowd.map(([name]) => name), 'Vendor negotiation']);
  await expect(table(/^Low priority/)).toHaveAccessibleName('Low priority (9 skills)');
  const excelRow = table(/^Burnout risks/).getByRole('row', { name: /Excel/ });
  await expect(excelRow.getByRole('cell')).toHaveText(['4', '2']);
  await table(/^Low priority/).scrollIntoViewIfNeeded();
  await snap(app, 'table-alternative');
  await expectAccessible(app, 'map with its table');

  await table(/^Growth areas/).getByRole('button', { name: 'Public speaking' }).click();
  await expect(app.getByRole('region', { name: 'Public speaking' })).toBeVisible();
  await app.keyboard.press('Escape');
});

test('eight skills in one square become one marker with a count that opens a list of them', async ({ app }) => {
  const map = await openMapWith(app, mixed);

  for (const [name] of crowd) await expect(map.getByRole('button', { name: new RegExp(`^${name}:`) })).toHaveCount(0);
  const marker = map.getByRole('button', { name: '8 skills at proficiency 2, enjoyment 2' });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText('8 skills');
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
  await expectInQuadrant(map, marker, 'low-priority');

  await marker.focus();
  await app.keyboard.press('Enter');
  const list = app.getByRole('dialog', { name: '8 skills at proficiency 2, enjoyment 2' });
  await expect(list).toBeVisible();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('button', { name: /^(?!Close)/ })).toHaveText(crowd.map(([name]) => name));
  await expect(list.getByRole('button', { name: 'Budget reports' })).toBeFocused();
  await snap(app, 'crowded-cell-list');
  await expectAccessible(app, 'crowded cell list');

  await app.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(marker).toBeFocused();

  await marker.click();
  await list.getByRole('button', { name: 'Scheduling' }).click();
  await expect(list).toBeHidden();
  const panel = app.getByRole('region', { name: 'Scheduling' });
  await expect(panel).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(marker).toBeFocused();

  await marker.click();
  await expect(list).toBeVisible();
  await app.getByRole('heading', { level: 1, name: 'Skills' }).click();
  await expect(list).toBeHidden();
});

test('the map reads well in dark mode', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  const map = await openMapWith(app, mixed);
  await map.getByRole('button', { name: 'Python: proficiency 3, enjoyment 4' }).hover();
  await expect(map.locator('.tooltip')).toContainText('Proficiency 3 of 5');
  await snap(app, 'map-dark-tooltip');
  await map.getByRole('button', { name: '8 skills at proficiency 2, enjoyment 2' }).click();
  await snap(app, 'map-dark-list');
  await expectAccessible(app, 'map in dark mode');
  await app.keyboard.press('Escape');
  await map.getByText('Show as table').click();
  await map.getByRole('table', { name: /^Low priority/ }).scrollIntoViewIfNeeded();
  await snap(app, 'map-dark-table');

  // The narrowest window the app supports: the map shrinks with it and stays readable.
  await map.getByText('Hide the table').click();
  await app.setViewportSize({ width: 900, height: 800 });
  await map.getByRole('heading', { name: 'Motivated-skills map' }).scrollIntoViewIfNeeded();
  await expect(map.getByRole('button', { name: 'Public speaking: proficiency 2, enjoyment 4' })).toBeVisible();
  await snap(app, 'map-dark-narrow');
  await expectAccessible(app, 'map in a narrow window');
});

test('with 2,000 skills the map stays small: one marker per crowded square', async ({ app }) => {
  const many: Levels[] = Array.from({ length: 2_000 }, (_, index) => [
    `Skill ${index + 1}`,
    (index % 5) + 1,
    (Math.floor(index / 5) % 5) + 1,
  ]);
  const map = await openMapWith(app, many);
  await expect(map.getByRole('button', { name: /skills at proficiency/ })).toHaveCount(25);
  await expect(map.getByRole('button', { name: '80 skills at proficiency 5, enjoyment 5' })).toBeVisible();
  // The drawing and the buttons over it, all told.
  expect(await map.locator('.plot *').count()).toBeLessThan(150);
  await expect(map.getByRole('listitem').filter({ hasText: 'Motivated strengths' })).toContainText('720 skills');
  await snap(app, 'two-thousand-skills');

  // The table shows the first hundred of each area at once, and the rest on request.
  await map.getByText('Show as table').click();
  const strengths = map.getByRole('table', { name: 'Motivated strengths (720 skills)' });
  await expect(strengths.getByRole('rowheader')).toHaveCount(100);
  await strengths.getByRole('button', { name: 'Show all 720 skills' }).click();
  await expect(strengths.getByRole('rowheader')).toHaveCount(720);
  await expect(map.getByRole('table', { name: /^Low priority/ }).getByRole('rowheader')).toHaveCount(100);
  await map.getByText('Hide the table').click();

  await map.getByRole('button', { name: '80 skills at proficiency 1, enjoyment 5' }).click();
  const list = app.getByRole('dialog', { name: '80 skills at proficiency 1, enjoyment 5' });
  await expect(list.getByRole('listitem')).toHaveCount(80);
  // Sorted the way people read numbers: Skill 21 first, Skill 1896 last.
  await expect(list.getByRole('listitem').first()).toHaveText('Skill 21');
  await list.getByRole('button', { name: 'Skill 1896', exact: true }).click();
  await expect(app.getByRole('region', { name: 'Skill 1896' })).toBeVisible();
});
