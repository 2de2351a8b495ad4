import type { Locator, Page } from '@playwright/test';
import { addExperience, expectSaved, startWorkbook } from './experience-helpers';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { putRows } from './page-storage';

/* The Job or career? journeys: a role scored on the seven lenses, again a month later, and the trend. */

const lensNames = ['Time horizon', 'Skill growth', 'Commitment', 'Motivation', 'Progression', 'Identity', 'Relationships'];

function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function openSection(app: Page): Promise<void> {
  const link = app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Job or career\?/ });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Job or career?', exact: true })).toBeFocused();
}

/** Scores every lens with the keyboard alone: focus on the lens's first level, arrows to the score. */
async function scoreLenses(app: Page, scores: readonly number[]): Promise<void> {
  for (const [index, name] of lensNames.entries()) {
    const group = app.getByRole('group', { name, exact: true });
    await group.getByRole('radio').first().focus();
    await app.keyboard.press('Space');
    for (let step = 1; step < (scores[index] ?? 1); step += 1) await app.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { checked: true })).toHaveAccessibleName(new RegExp(`^${scores[index]}\\b`));
  }
  await expectSaved(app);
}

function tableRows(table: Locator): Locator {
  return table.getByRole('row');
}

test('a check of the current role is drawn, a second one a month later shows the trend, by keyboard alone', async ({ app }) => {
  await startWorkbook(app, 'Maya’s plan');
  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  await role.press('Escape');
  await openSection(app);
  await expect(app.getByRole('heading', { name: 'Is your role a job or a career, right now?' })).toBeVisible();
  await snap(app, 'empty');

  // The first check, dated a month back: it starts from the current role in Experience.
  const monthAgo = new Date();
  monthAgo.setMonth(monthAgo.getMonth() - 1);
  await app.getByRole('button', { name: 'Start your first check' }).focus();
  await app.keyboard.press('Enter');
  const roleField = app.getByLabel('Role', { exact: true });
  await expect(roleField).toBeFocused();
  await expect(roleField).toHaveValue('Data analyst at Northwind Freight');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Date of the check')).toBeFocused();
  await app.getByLabel('Date of the check').fill(isoDay(monthAgo));
  // Enter in a field of the form starts the check.
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Score the role' })).toBeVisible();
  await expect(app.getByTestId('overall-reading')).toContainText('0 of 7 lenses rated');

  await scoreLenses(app, [2, 3, 2, 2, 2, 3, 2]);
  await app.getByLabel('Why, for identity').focus();
  await app.keyboard.type('I do the work well, but it is not who I am — yet.');
  await expectSaved(app);
  await expect(app.getByTestId('overall-reading')).toContainText('This role reads as a job with career elements.');
  await expect(app.getByTestId('overall-reading')).toContainText('Average 2.3 of 5');
  await expect(app.getByTestId('overall-reading')).toContainText('below 2: mostly a job; 2 to under 3: a job with career elements');

  const radar = app.getByRole('img', { name: /^Scores of the check on/ });
  await expect(radar).toBeVisible();
  await expect(radar.locator('text.axis-label')).toHaveText(lensNames);
  await app.getByText('The scores as a table').focus();
  await app.keyboard.press('Enter');
  const scoresTable = app.getByRole('table', { name: /^Scores of the check on/ });
  await expect(scoresTable).toBeVisible();
  await expect(tableRows(scoresTable)).toHaveText([
    'LensScoreReading',
    'Time horizon2leans to a job',
    'Skill growth3in between',
    'Commitment2leans to a job',
    'Motivation2leans to a job',
    'Progression2leans to a job',
    'Identity3in between',
    'Relationships2leans to a job',
  ]);
  await expect(app.getByText('The trend shows once there are two checks.')).toBeVisible();
  await snap(app, 'first-check');
  await app.getByRole('heading', { name: 'The reading' }).scrollIntoViewIfNeeded();
  await snap(app, 'first-radar');

  // A month later, the same role again: the new check is today's.
  await app.getByRole('button', { name: 'New check' }).focus();
  await app.keyboard.press('Enter');
  await expect(roleField.first()).toBeFocused();
  await expect(app.locator('#new-check-date')).toHaveValue(isoDay(new Date()));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('overall-reading')).toContainText('0 of 7 lenses rated');
  await scoreLenses(app, [4, 4, 3, 4, 3, 4, 4]);
  await expect(app.getByTestId('overall-reading')).toContainText('This role reads as a career step.');
  await expect(app.getByText(/^Check before, /)).toBeVisible();
  await expect(tableRows(scoresTable).nth(2)).toHaveText('Skill growth4leans to a career3');

  const checks = app.getByRole('region', { name: 'Your checks' }).getByRole('listitem');
  await expect(checks).toHaveCount(2);
  await expect(checks.first()).toContainText('a career step');
  await expect(checks.last()).toContainText('a job with career elements');

  // The trend: one small chart per lens, oldest on the left, and the same as a table.
  await expect(app.getByRole('img', { name: /^Skill growth: 3 on .+, 4 on .+$/ })).toBeVisible();
  await expect(app.getByRole('img', { name: /^Identity: 3 on .+, 4 on .+$/ })).toBeVisible();
  const trendSummary = app.getByText('The trend as a table');
  await trendSummary.focus();
  await app.keyboard.press('Enter');
  const trendTable = app.getByRole('table', { name: 'Scores of each lens in every check, oldest first' });
  await expect(trendTable).toBeVisible();
  await expect(tableRows(trendTable).nth(1)).toContainText('2322232');
  await expect(tableRows(trendTable).nth(2)).toContainText('4434344');
  await app.getByRole('heading', { name: 'Over time' }).scrollIntoViewIfNeeded();
  await snap(app, 'trend');

  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'trend-dark');
  await expectAccessible(app, 'job or career, dark');
  await app.getByRole('heading', { name: 'The reading' }).scrollIntoViewIfNeeded();
  await snap(app, 'radar-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // At 200% zoom the reading goes below the lenses and the trend table scrolls sideways on its own.
  await app.evaluate(() => {
    document.body.style.zoom = '2';
  });
  await expect(radar).toBeVisible();
  const sidewaysOverflow = () =>
    app.evaluate(() => {
      const main = document.querySelector('main');
      return main ? main.scrollWidth - main.clientWidth : 0;
    });
  await expect.poll(sidewaysOverflow).toBeLessThanOrEqual(0);
  const trendRegion = app.getByRole('region', { name: 'The trend as a table' });
  await trendRegion.scrollIntoViewIfNeeded();
  await snap(app, 'zoom-200-trend-table');
  await trendRegion.focus();
  await app.keyboard.press('ArrowRight');
  await expect.poll(() => trendRegion.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
  await app.getByRole('heading', { name: 'Over time' }).scrollIntoViewIfNeeded();
  await snap(app, 'zoom-200-trend');
});

test('any role can be scored, an emptied role is refused at the field, and a deleted check comes back with undo, at 200% zoom', async ({
  app,
}) => {
  await startWorkbook(app, 'Ola’s plan');
  await openSection(app);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.evaluate(() => {
    document.body.style.zoom = '2';
  });

  await app.getByRole('button', { name: 'Start your first check' }).focus();
  await app.keyboard.press('Enter');
  const newRole = app.locator('#new-check-role');
  await expect(newRole).toBeFocused();
  await expect(newRole).toHaveValue('');
  await expect(app.getByText('No current role in Experience yet: type the role you want to score.')).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(app.getByText('Role needs a name: the role you are scoring.')).toBeVisible();
  await expect(newRole).toHaveAttribute('aria-invalid', 'true');
  await expect(newRole).toBeFocused();
  await app.keyboard.type('Übersetzerin — weekends, “freelance” 翻訳');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Score the role' })).toBeVisible();
  await scoreLenses(app, [5, 5, 4, 4, 5, 5, 4]);
  await expect(app.getByTestId('overall-reading')).toContainText('This role reads as a career.');
  await snap(app, 'zoom-200-reading');

  // Emptying the role is refused where it happens; the stored name stays in the list.
  const editorRole = app.locator('#check-role');
  await editorRole.focus();
  await app.keyboard.press('Control+A');
  await app.keyboard.press('Delete');
  await expect(app.getByText('Role needs a name: the role you are scoring.')).toBeVisible();
  const checks = app.getByRole('region', { name: 'Your checks' }).getByRole('listitem');
  await expect(checks.first()).toContainText('Übersetzerin — weekends, “freelance” 翻訳');
  await app.keyboard.type('Translator');
  await expectSaved(app);
  await expect(checks.first()).toContainText('Translator');
  await expect(checks.first()).toContainText('a career');
  await checks.first().scrollIntoViewIfNeeded();
  await snap(app, 'zoom-200-list');

  await app.getByRole('button', { name: /^Delete the check of Translator on / }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Start your first check' })).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(checks).toHaveCount(1);
  await expect(checks.first().getByRole('button', { name: /Translator a career$/ })).toBeFocused();
  await expect(app.getByTestId('overall-reading')).toContainText('This role reads as a career.');
});

test('a check four months old asks for a new one, and a half-rated check gives no reading yet', async ({ app }) => {
  await startWorkbook(app, 'Kept plan');
  const fourMonthsAgo = new Date();
  fourMonthsAgo.setMonth(fourMonthsAgo.getMonth() - 4);
  const stamp = new Date().toISOString();
  const lenses = (scores: ReadonlyArray<number | null>) =>
    Object.fromEntries(
      ['timeHorizon', 'skillGrowth', 'commitment', 'motivation', 'progression', 'identity', 'relationships'].map((lens, index) => [
        lens,
        { score: scores[index] ?? null, note: '' },
      ]),
    );
  await putRows(app, 'roleChecks', [
    { id: 'older', date: isoDay(fourMonthsAgo), role: 'Support engineer', lenses: lenses([1, 2, 1, 1, 2, 1, 2]), notes: '', createdAt: stamp, updatedAt: stamp },
  ]);
  await app.reload();
  await openSection(app);
  await expect(app.getByText(/^Your last check was \d+ days ago\./)).toBeVisible();
  await expect(app.getByTestId('overall-reading')).toContainText('This role reads as mostly a job.');
  await expect(app.getByTestId('overall-reading')).toContainText('Average 1.4 of 5');

  await app.getByRole('button', { name: 'New check' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.locator('#new-check-role')).toHaveValue('');
  await app.keyboard.type('Support engineer');
  await app.keyboard.press('Enter');
  await expect(app.getByText(/^Your last check was/)).toHaveCount(0);
  for (const [name, score] of [['Time horizon', 3], ['Skill growth', 4], ['Identity', 2]] as const) {
    await app.getByRole('group', { name, exact: true }).getByRole('radio', { name: new RegExp(`^${score}\\b`) }).check();
  }
  await expectSaved(app);
  await expect(app.getByTestId('overall-reading')).toContainText('3 of 7 lenses rated.');
  await expect(app.getByTestId('overall-reading')).toContainText('The reading appears once all seven are rated; so far the average is 3.0.');
  await expect(app.getByRole('region', { name: 'Your checks' }).getByRole('listitem').first()).toContainText('3 of 7 lenses rated');
  await expect(app.getByRole('img', { name: /^Time horizon: 1 on .+, 3 on .+$/ })).toBeVisible();
  await expect(app.getByRole('img', { name: /^Motivation: 1 on .+$/ })).toBeVisible();
  // The lenses not rated yet are named as such in the radar, not drawn as if scored low.
  const radar = app.getByRole('img', { name: /^Scores of the check on/ });
  await expect(radar.locator('text.axis-label.unrated')).toHaveText(['Commitment', 'Motivation', 'Progression', 'Relationships']);
  await expect(radar).toHaveAccessibleDescription(/Commitment not rated, Motivation not rated/);
});
