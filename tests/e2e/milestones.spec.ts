import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { overdueTitle, seedLinkTargets, seedManyMilestones, seedOverdue } from './milestones-helpers';
import { createWorkbook, expectSaved, isoDay } from './skills-helpers';

/* The Milestones journey: one created, placed on the roadmap, its steps ticked and completed; an overdue one flagged. */

test.describe.configure({ timeout: 90_000 });

const title = 'Run five customer interviews';

const panel = (app: Page, name: string) => app.getByRole('region', { name, exact: true });
const roadmap = (app: Page) => app.getByRole('group', { name: /^Roadmap from today/ });
const marker = (app: Page, name: string) => roadmap(app).getByRole('button', { name: new RegExp(`^${name}, `) });
const titleField = (app: Page) => app.getByRole('form', { name: 'Add a milestone' }).getByLabel('Milestone', { exact: true });

async function openMilestones(app: Page): Promise<void> {
  const link = app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Milestones/ });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Milestones', exact: true })).toBeFocused();
}

test('a milestone is created, placed on the roadmap, its steps ticked and completed; an overdue one is flagged', async ({ app }) => {
  await createWorkbook(app, 'Roadmap journey');
  await openMilestones(app);
  await expect(app.getByRole('heading', { name: 'Turn your direction into steps with dates' })).toBeVisible();
  await snap(app, 'empty');

  // The first milestone, by keyboard: a title refused when blank, then a title and a horizon.
  await app.getByRole('button', { name: 'Add your first milestone' }).focus();
  await app.keyboard.press('Enter');
  await expect(titleField(app)).toBeFocused();
  await app.keyboard.type('  ');
  await app.keyboard.press('Enter');
  await expect(app.getByText('Milestone is needed: what will be true when it is done.')).toBeVisible();
  await app.keyboard.press('Control+a');
  await app.keyboard.type(title);
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Horizon', { exact: true }).first()).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(titleField(app)).toBeFocused();
  await expect(titleField(app)).toHaveValue('');
  const opened = panel(app, title);
  await expect(opened).toBeVisible();
  await expectSaved(app);
  await app.getByRole('button', { name: 'Done', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Add milestone', exact: true })).toBeFocused();

  // A target date a month away (as a day), and two steps, one with a date.
  await opened.getByRole('radio', { name: 'A month' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(opened.getByRole('radio', { name: 'A day' })).toBeChecked();
  await opened.getByLabel('Target date', { exact: true }).fill(isoDay(30));
  await opened.getByLabel('Target date', { exact: true }).press('Tab');
  const newStep = opened.getByLabel('New step', { exact: true });
  await newStep.fill('Draft the interview guide');
  await newStep.press('Enter');
  await expect(opened.getByLabel('Step 1', { exact: true })).toHaveValue('Draft the interview guide');
  await expect(newStep).toBeFocused();
  await newStep.fill('Book five calls');
  await opened.getByLabel('Date for the new step (optional)').fill(isoDay(7));
  await newStep.press('Enter');
  await expect(opened.getByLabel('Step 2', { exact: true })).toHaveValue('Book five calls');
  await expect(opened.getByText('0 of 2 done (0%)')).toBeVisible();

  // Ticking a step moves progress and puts the milestone in progress.
  await opened.getByRole('checkbox', { name: 'Done: step 1' }).focus();
  await app.keyboard.press('Space');
  await expect(opened.getByText('1 of 2 done (50%)')).toBeVisible();
  await expect(opened.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '50');
  await expect(opened.getByLabel('Status')).toHaveValue('in-progress');
  await expectSaved(app);
  await snap(app, 'panel-with-steps');
  // A deleted step comes back with undo, in its place and focused.
  await opened.getByRole('button', { name: 'Delete step 2' }).focus();
  await app.keyboard.press('Enter');
  await expect(opened.getByText('1 of 1 done (100%)')).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(opened.getByLabel('Step 2', { exact: true })).toHaveValue('Book five calls');
  await expect(opened.getByLabel('Step 2', { exact: true })).toBeFocused();
  await expect(opened.getByText('1 of 2 done (50%)')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(opened).toHaveCount(0);

  // The roadmap: the marker in the lane for milestones without a path; Tab reaches it, Enter opens it.
  await expect(marker(app, title)).toBeVisible();
  await expect(marker(app, title)).toHaveAccessibleName(new RegExp(`^${title}, In progress, target .*, 50% done$`));
  await app.getByRole('button', { name: 'Whole horizon' }).focus();
  await app.keyboard.press('Tab');
  await expect(marker(app, title)).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(opened).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(marker(app, title)).toBeFocused();
  await snap(app, 'roadmap');
  // The whole horizon: the same marker, in the first of five equal bands.
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Whole horizon' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Whole horizon' })).toHaveAttribute('aria-pressed', 'true');
  await expect(roadmap(app).getByText('10 years')).toBeVisible();
  await expect(marker(app, title)).toBeVisible();
  await snap(app, 'roadmap-whole-horizon');
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Next 12 months' })).toHaveAttribute('aria-pressed', 'true');

  // An overdue milestone on a path: its own lane, flagged in words on the marker and above the views.
  await seedOverdue(app);
  await app.reload();
  await expect(app.getByText('One milestone is past the target date.')).toBeVisible();
  await expect(marker(app, overdueTitle)).toHaveAccessibleName(new RegExp(`^${overdueTitle}, Overdue, In progress`));
  await expect(roadmap(app).getByText(`Overdue: ${overdueTitle}`)).toBeVisible();
  await expect(roadmap(app).getByText('Product manager')).toBeVisible();
  await expect(roadmap(app).getByText('No path yet')).toBeVisible();
  // Arrow keys move along the markers, lane by lane.
  await marker(app, overdueTitle).focus();
  await app.keyboard.press('ArrowDown');
  await expect(marker(app, title)).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  await expect(marker(app, overdueTitle)).toBeFocused();
  await app.keyboard.press('End');
  await expect(marker(app, title)).toBeFocused();
  await snap(app, 'roadmap-with-overdue');
  await expectAccessible(app, 'roadmap');

  // Progress set by hand is refused out of range, at the field, and the stored figure stays.
  await marker(app, overdueTitle).focus();
  await app.keyboard.press('Enter');
  const late = panel(app, overdueTitle);
  const progress = late.getByLabel('Progress in %');
  await progress.fill('150');
  await progress.press('Tab');
  await expect(late.getByText('Progress in % must be a whole number from 0 to 100.')).toBeVisible();
  await expect(progress).toHaveAttribute('aria-invalid', 'true');
  await expect(late.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '20');
  await progress.fill('60');
  await progress.press('Tab');
  await expect(late.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '60');
  await expectSaved(app);

  // Deleted from its panel, the overdue milestone comes back with undo, its marker focused.
  await late.getByRole('button', { name: 'Delete milestone' }).focus();
  await app.keyboard.press('Enter');
  await expect(marker(app, overdueTitle)).toHaveCount(0);
  await expect(app.getByText('One milestone is past the target date.')).toHaveCount(0);
  await app.keyboard.press('Control+z');
  await expect(marker(app, overdueTitle)).toBeFocused();
  await expect(marker(app, overdueTitle)).toHaveAccessibleName(/60% done$/);

  // The list view says the same in words; the next actions view lists the open step.
  await app.getByRole('tab', { name: 'Roadmap' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  const list = app.getByRole('region', { name: 'Your milestones' });
  await expect(list.getByRole('listitem').filter({ hasText: overdueTitle })).toContainText('Overdue');
  await snap(app, 'list');
  await app.keyboard.press('ArrowRight');
  const actions = app.getByRole('region', { name: 'Next actions' });
  await expect(actions.getByRole('listitem')).toHaveCount(1);
  await expect(actions.getByRole('listitem')).toContainText('Book five calls');
  await snap(app, 'next-actions');

  // The last step ticked in place: progress is full; then the milestone is marked done, with today's date.
  await actions.getByRole('checkbox', { name: 'Book five calls' }).focus();
  await app.keyboard.press('Space');
  await expect(actions.getByText('No open steps.')).toBeVisible();
  await expectSaved(app);
  await app.getByRole('tab', { name: 'Next actions (0)' }).focus();
  await app.keyboard.press('ArrowLeft');
  await list.getByRole('button', { name: new RegExp(`^${title}`) }).focus();
  await app.keyboard.press('Enter');
  await expect(opened.getByText('2 of 2 done (100%)')).toBeVisible();
  await opened.getByLabel('Status').selectOption({ label: 'Done' });
  await expect(opened.getByText(/^Done on \d/)).toBeVisible();
  await expect(opened.getByLabel('Done on')).toHaveValue(isoDay(0));
  await expectSaved(app);
  await opened.getByText(/^Done on \d/).scrollIntoViewIfNeeded();
  await snap(app, 'marked-done');
  await app.keyboard.press('Escape');
  await expect(list.getByRole('listitem').filter({ hasText: title })).toContainText(/Done on \d/);
  await expect(list.getByRole('heading', { name: /^90 days/ })).toHaveText('90 days 1 of 2 done, 1 overdue');
  await snap(app, 'done');

  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('tab', { name: 'List' }).focus();
  await app.keyboard.press('ArrowLeft');
  await expect(marker(app, title)).toHaveAccessibleName(new RegExp(`^${title}, Done`));
  await snap(app, 'roadmap-dark');
  await expectAccessible(app, 'roadmap, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // 200 % zoom: a 1280 px window shows 640 CSS pixels; the roadmap reflows instead of scrolling sideways.
  await app.setViewportSize({ width: 640, height: 900 });
  await expect(marker(app, overdueTitle)).toBeVisible();
  const overflow = await app.evaluate(() => {
    const main = document.querySelector('main');
    const page = document.scrollingElement ?? document.documentElement;
    return { page: page.scrollWidth - page.clientWidth, main: main ? main.scrollWidth - main.clientWidth : -1 };
  });
  expect(overflow).toEqual({ page: 0, main: 0 });
  await snap(app, 'roadmap at 200 percent');
});

test('a milestone says what exactly, how it is measured and why, and links values, skills and people', async ({ app }) => {
  await createWorkbook(app, 'Linked milestone');
  await seedLinkTargets(app);
  await app.reload();
  await openMilestones(app);
  await app.getByRole('button', { name: 'Add your first milestone' }).click();
  await titleField(app).fill('Lead a discovery sprint');
  await app.getByLabel('Horizon', { exact: true }).selectOption({ label: '1 year' });
  await titleField(app).press('Enter');
  const opened = panel(app, 'Lead a discovery sprint');
  await expect(opened).toBeVisible();
  await app.getByRole('button', { name: 'Done', exact: true }).click();

  await opened.getByLabel('What exactly will be true').fill('I ran a two-week discovery sprint with a real team.');
  await opened.getByLabel('How you will measure it').fill('A written summary the team used to decide.');
  await opened.getByLabel('Why it matters to you').fill('It shows whether product work suits me.');
  await opened.getByRole('group', { name: 'Core values it serves' }).getByRole('checkbox', { name: 'Autonomy' }).check();
  await opened.getByRole('group', { name: 'Skills it builds or uses' }).getByRole('checkbox', { name: 'Interviewing users' }).check();
  await opened.getByRole('group', { name: 'People who can help' }).getByRole('checkbox', { name: 'Amira Ñandú' }).check();
  await expectSaved(app);
  await opened.getByRole('heading', { name: 'What it connects to' }).scrollIntoViewIfNeeded();
  await snap(app, 'smart-fields-and-links');
  await expectAccessible(app, 'milestone panel with links');

  // Everything stays after a reload.
  await app.reload();
  await app.getByRole('tab', { name: 'List' }).click();
  await app.getByRole('region', { name: 'Your milestones' }).getByRole('button', { name: /^Lead a discovery sprint/ }).click();
  await expect(opened.getByLabel('How you will measure it')).toHaveValue('A written summary the team used to decide.');
  await expect(opened.getByRole('checkbox', { name: 'Autonomy' })).toBeChecked();
  await expect(opened.getByRole('checkbox', { name: 'Creativity' })).not.toBeChecked();
  await expect(opened.getByRole('checkbox', { name: 'Interviewing users' })).toBeChecked();
  await expect(opened.getByRole('checkbox', { name: 'Amira Ñandú' })).toBeChecked();
});

test('400 milestones with ten steps each: the list and next actions draw only what is near the screen', async ({ app }) => {
  await createWorkbook(app, 'Long plan');
  await seedManyMilestones(app, 400);
  await app.reload();
  await openMilestones(app);
  await expect(marker(app, 'Milestone 0')).toBeVisible();
  await expect(roadmap(app).getByRole('button')).not.toHaveCount(0);
  await snap(app, 'crowded roadmap');

  await app.getByRole('tab', { name: 'List' }).click();
  const rows = app.getByRole('region', { name: 'Your milestones' }).getByRole('listitem');
  await expect(rows.first()).toContainText('Milestone 0');
  expect(await rows.count()).toBeLessThan(80);
  const last = app.getByRole('button', { name: /^Milestone 399\b/ });
  for (let step = 0; step < 100 && !(await last.isVisible()); step += 1) await app.mouse.wheel(0, 3_000);
  await expect(last).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);

  // 400 × 5 open steps, soonest first.
  await app.getByRole('tab', { name: 'Next actions (2000)' }).click();
  const actions = app.getByRole('region', { name: 'Next actions' }).getByRole('listitem');
  await expect(actions.first()).toContainText('Step 2 of milestone 0');
  expect(await actions.count()).toBeLessThan(80);
  await snap(app, 'long next actions');
});
