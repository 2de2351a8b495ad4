import type { Page } from '@playwright/test';
import { expect, snap, test } from './harness/fixtures';
import { addForm, expectSaved, nameInput, openSkillsOfNewWorkbook, panel, skillList } from './skills-helpers';
import { patchStoredRows, storedRow } from './stored-rows';

/* Editing a skill's details: dates, amounts, refused values, and where focus goes after deletions. */

test.describe.configure({ timeout: 90_000 });

async function addSkills(app: Page, names: string[]): Promise<void> {
  await app.getByRole('button', { name: 'Add skill' }).click();
  for (const name of names) {
    await nameInput(app).fill(name);
    await nameInput(app).press('Escape');
    await addForm(app).getByRole('button', { name: 'Add', exact: true }).click();
    await expect(skillList(app).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await app.getByRole('button', { name: 'Done adding' }).click();
}

async function openSkill(app: Page, name: string) {
  await skillList(app).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const skillPanel = panel(app, name);
  await expect(skillPanel).toBeVisible();
  return skillPanel;
}

const focusIsOnBody = (app: Page) => app.evaluate(() => document.activeElement === null || document.activeElement === document.body);

test('an impossible or half-typed date is a message at the field and the stored date stays', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Dates');
  await addSkills(app, ['Statistics']);
  const statistics = await openSkill(app, 'Statistics');
  await statistics.getByLabel('New learning action').fill('Statistics course');
  await statistics.getByRole('button', { name: 'Add action' }).click();
  const due = statistics.getByLabel('Due date');
  await due.fill('2027-03-15');
  await expectSaved(app);
  const summary = statistics.getByRole('listitem').filter({ hasText: 'Statistics course' });
  await expect(summary).toContainText('due 15 Mar 2027');

  // 30 February, typed segment by segment.
  await due.focus();
  await app.keyboard.type('02302027');
  await app.keyboard.press('Tab');
  await expect(statistics.getByText('Due date must be a real date')).toBeVisible();
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await snap(app, 'impossible-date-refused');
  await expectSaved(app);
  expect((await storedRow(app, 'learningActions', 'title', 'Statistics course')).dueDate).toBe('2027-03-15');
  await expect(summary).toContainText('due 15 Mar 2027');

  // A real date clears the message; then one segment cleared is refused too.
  await due.fill('2027-04-01');
  await expect(statistics.getByText('Due date must be a real date')).toHaveCount(0);
  await expect(summary).toContainText('due 1 Apr 2027');
  await due.focus();
  await app.keyboard.press('Backspace');
  await due.blur();
  await expect(statistics.getByText(/Due date must be a (real|whole) date/)).toBeVisible();
  expect((await storedRow(app, 'learningActions', 'title', 'Statistics course')).dueDate).toBe('2027-04-01');

  // Emptying the whole field on purpose removes the date.
  await due.fill('');
  await expect(statistics.getByText(/Due date must be/)).toHaveCount(0);
  await expect.poll(async () => (await storedRow(app, 'learningActions', 'title', 'Statistics course')).dueDate).toBeNull();
});

test('month-only due and expiry dates from an import are shown and kept', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Month dates');
  await addSkills(app, ['Cloud infrastructure']);
  let cloud = await openSkill(app, 'Cloud infrastructure');
  await cloud.getByLabel('New learning action').fill('Cloud exam');
  await cloud.getByLabel('Kind of the new action').selectOption({ label: 'Certification' });
  await cloud.getByRole('button', { name: 'Add action' }).click();
  await expectSaved(app);
  await patchStoredRows(app, 'learningActions', 'title', 'Cloud exam', { dueDate: '2027-03', expiresOn: '2029-06' });
  await app.reload();

  cloud = await openSkill(app, 'Cloud infrastructure');
  await cloud.getByRole('button', { name: 'Cloud exam', exact: true }).click();
  await expect(cloud.getByLabel('Due date')).toHaveValue('2027-03');
  await expect(cloud.getByLabel('Expires or renews on')).toHaveValue('2029-06');
  await cloud.getByLabel('Expires or renews on').scrollIntoViewIfNeeded();
  await snap(app, 'month-only-dates');
  await cloud.getByLabel('Provider').fill('A cloud vendor');
  await cloud.getByLabel('Provider').blur();
  await expectSaved(app);
  const stored = await storedRow(app, 'learningActions', 'title', 'Cloud exam');
  expect([stored.dueDate, stored.expiresOn, stored.provider]).toEqual(['2027-03', '2029-06', 'A cloud vendor']);
  // Changing the month keeps it a month.
  await cloud.getByLabel('Due date').fill('2027-05');
  await expect.poll(async () => (await storedRow(app, 'learningActions', 'title', 'Cloud exam')).dueDate).toBe('2027-05');
});

test('amounts are read by the locale in Settings, and an unclear one gets a message', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Amounts');
  await addSkills(app, ['Statistics']);
  const statistics = await openSkill(app, 'Statistics');
  await statistics.getByLabel('New learning action').fill('Statistics course');
  await statistics.getByRole('button', { name: 'Add action' }).click();
  const cost = statistics.getByLabel('Cost (€)');
  const hours = statistics.getByLabel('Hours');

  // English (UK): the point is the decimal point.
  await cost.fill('1.250');
  await hours.fill('2.500');
  await hours.blur();
  await expectSaved(app);
  await expect.poll(async () => (await storedRow(app, 'learningActions', 'title', 'Statistics course')).cost).toBe(1.25);
  expect((await storedRow(app, 'learningActions', 'title', 'Statistics course')).hours).toBe(2.5);
  await expect(cost).toHaveValue('1.25');

  await cost.fill('1,250.50');
  await cost.blur();
  await expect.poll(async () => (await storedRow(app, 'learningActions', 'title', 'Statistics course')).cost).toBe(1250.5);

  // A comma after the decimal point is not guessed at.
  await cost.fill('1.250,50');
  await cost.blur();
  await expect(statistics.getByText(/^Cost \(€\) has “,” after the decimal point/)).toBeVisible();
  await snap(app, 'unclear-amount');
  expect((await storedRow(app, 'learningActions', 'title', 'Statistics course')).cost).toBe(1250.5);
  await cost.fill('12');
  await cost.blur();
  await expect(statistics.getByText(/^Cost \(€\) has/)).toHaveCount(0);
});

test('a refused edit is not left saving and is not dropped without a word when the panel closes', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Refused edits');
  await addSkills(app, ['Pottery']);
  const pottery = await openSkill(app, 'Pottery');
  const name = pottery.getByLabel('Name', { exact: true });
  await name.fill('');
  await name.blur();
  await expect(pottery.getByText('Name must not be empty.')).toBeVisible();
  await expectSaved(app);
  await expect(app.getByRole('status').filter({ hasText: 'Saving…' })).toHaveCount(0);

  // Closing keeps the panel, says what would be lost and goes to the field; closing again discards.
  await pottery.getByRole('button', { name: 'Close panel' }).click();
  await expect(pottery).toBeVisible();
  await expect(pottery.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Name must not be empty.');
  await expect(name).toBeFocused();
  await snap(app, 'closing-over-refused-name');
  await pottery.getByRole('button', { name: 'Close panel' }).click();
  await expect(pottery).toBeHidden();
  await expect(skillList(app).getByRole('button', { name: /^Pottery/ })).toBeVisible();

  // Notes past their limit, closed with Escape.
  const again = await openSkill(app, 'Pottery');
  const notes = again.getByLabel('Notes');
  await notes.fill('x'.repeat(20_001));
  await notes.blur();
  await expect(again.getByText('Notes must be at most 20000 characters.')).toBeVisible();
  await expectSaved(app);
  await notes.press('Escape');
  await expect(again).toBeVisible();
  await expect(again.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Notes must be at most 20000 characters.');
  await expect(notes).toBeFocused();
  await notes.press('Escape');
  await expect(again).toBeHidden();
  expect((await storedRow(app, 'skills', 'name', 'Pottery')).notes).toBe('');
});

test('focus stays on the page after deleting and restoring learning actions and achievements', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Focus');
  await addSkills(app, ['Statistics']);
  const statistics = await openSkill(app, 'Statistics');
  for (const title of ['First course', 'Second course']) {
    await statistics.getByLabel('New learning action').fill(title);
    await statistics.getByRole('button', { name: 'Add action' }).click();
    await expect(statistics.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
  await expectSaved(app);

  // Deleting the first action: focus goes to the next one.
  await statistics.getByRole('button', { name: 'Delete “First course”' }).click();
  await expect(statistics.getByRole('button', { name: 'First course', exact: true })).toHaveCount(0);
  expect(await focusIsOnBody(app)).toBe(false);
  await expect(statistics.getByRole('button', { name: 'Second course', exact: true })).toBeFocused();

  // Ctrl+Z brings it back and focuses it.
  await app.keyboard.press('Control+z');
  await expect(statistics.getByRole('button', { name: 'First course', exact: true })).toBeFocused();

  // Deleting the last one left: focus goes to the form that adds one.
  await statistics.getByRole('button', { name: 'Delete “Second course”' }).click();
  await expect(statistics.getByRole('button', { name: 'Second course', exact: true })).toHaveCount(0);
  expect(await focusIsOnBody(app)).toBe(false);
  await expect(statistics.getByRole('button', { name: 'First course', exact: true })).toBeFocused();
  await statistics.getByRole('button', { name: 'Delete “First course”' }).click();
  await expect(statistics.getByRole('button', { name: 'First course', exact: true })).toHaveCount(0);
  await expect(statistics.getByRole('button', { name: 'Add action' })).toBeFocused();
  await snap(app, 'focus-after-deleting-last-action');

  // An achievement: removing it focuses the button that adds one; Ctrl+Z focuses the restored one.
  await statistics.getByRole('button', { name: 'Add an achievement' }).click();
  await statistics.getByLabel('Situation', { exact: true }).fill('Reports took two days.');
  await statistics.getByLabel('Situation', { exact: true }).blur();
  await expectSaved(app);
  await statistics.getByRole('button', { name: 'Remove achievement 1' }).click();
  await expect(statistics.getByLabel('Situation', { exact: true })).toHaveCount(0);
  expect(await focusIsOnBody(app)).toBe(false);
  await expect(statistics.getByRole('button', { name: 'Add an achievement' })).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(statistics.getByLabel('Situation', { exact: true })).toBeFocused();
  await expect(statistics.getByLabel('Situation', { exact: true })).toHaveValue('Reports took two days.');
});

test('a skill cannot be renamed to nothing visible or to the name of another skill', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Names');
  await addSkills(app, ['Pottery', 'Welding']);
  const pottery = await openSkill(app, 'Pottery');
  const name = pottery.getByLabel('Name', { exact: true });
  await name.fill('\u200B\u200B');
  await name.blur();
  await expect(pottery.getByText('Name must not be empty.')).toBeVisible();
  await name.fill('  WÉLDING ');
  await name.blur();
  await expect(pottery.getByText('Name is already in your skills as “Welding”.')).toBeVisible();
  await expectSaved(app);
  expect((await storedRow(app, 'skills', 'order', 0)).name).toBe('Pottery');
  await name.fill('Stoneware pottery ');
  await name.blur();
  await expect(skillList(app).getByRole('button', { name: /^Stoneware pottery/ })).toBeVisible();
  expect((await storedRow(app, 'skills', 'order', 0)).name).toBe('Stoneware pottery');
});
