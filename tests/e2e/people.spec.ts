import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { createWorkbook, expectSaved, isoDay } from './skills-helpers';

/* The People journey: a board with an empty seat filled, a person coming due, delete and undo. */

const board = (app: Page) => app.getByRole('region', { name: 'Your board' });
const seat = (app: Page, name: string) => board(app).getByRole('listitem').filter({ has: app.getByRole('heading', { name, exact: true }) });
const people = (app: Page) => app.getByRole('region', { name: 'Your people' }).getByRole('listitem');
const nameField = (app: Page) => app.getByRole('form', { name: 'Add a person' }).getByLabel('Name', { exact: true });

async function openPeople(app: Page): Promise<void> {
  const link = app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^People/ });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'People', exact: true })).toBeFocused();
}

test('an empty seat is flagged and filled, a person comes due, and a deleted person comes back with undo', async ({ app }) => {
  await createWorkbook(app, 'Board of directors');
  await openPeople(app);
  await expect(app.getByRole('heading', { name: 'Who is on your side?' })).toBeVisible();
  await snap(app, 'empty');

  // The first person, by keyboard: name, tick Mentor, back to the name and Enter.
  await app.getByRole('button', { name: 'Add your first person' }).focus();
  await app.keyboard.press('Enter');
  await expect(nameField(app)).toBeFocused();
  // A name of spaces alone is refused at the field, and nobody is stored.
  await app.keyboard.type('   ');
  await app.keyboard.press('Enter');
  await expect(app.getByText('Name is needed: how you would greet them.')).toBeVisible();
  await expect(nameField(app)).toBeFocused();
  await expect(nameField(app)).toHaveAttribute('aria-invalid', 'true');
  await app.keyboard.press('Control+a');
  await app.keyboard.type('Amira Ñandú-Østergaard');
  await app.keyboard.press('Tab');
  await expect(app.getByRole('checkbox', { name: 'Mentor' }).first()).toBeFocused();
  await app.keyboard.press('Space');
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  // Focus stays in the form for the next name; the panel opens beside it.
  await expect(nameField(app)).toBeFocused();
  await expect(nameField(app)).toHaveValue('');
  await expect(app.getByText('Name is needed: how you would greet them.')).toHaveCount(0);
  await expect(app.getByRole('region', { name: 'Amira Ñandú-Østergaard', exact: true })).toBeVisible();
  await expect(people(app)).toHaveCount(1);
  await expect(people(app).first()).toContainText('mentor');

  // The board calls out the empty seats with a hint, and fills the coach seat from its own button.
  await expect(board(app)).toContainText('1 of 6 seats filled; 5 still empty.');
  await expect(seat(app, 'Mentor')).toContainText('Amira Ñandú-Østergaard');
  await expect(seat(app, 'Coach')).toContainText('Empty seat.');
  await seat(app, 'Coach').scrollIntoViewIfNeeded();
  await snap(app, 'board-with-empty-seats');
  await seat(app, 'Coach').getByRole('button', { name: 'Add a coach' }).focus();
  await app.keyboard.press('Enter');
  await expect(nameField(app)).toBeFocused();
  await expect(app.getByRole('form', { name: 'Add a person' }).getByRole('checkbox', { name: 'Coach' })).toBeChecked();
  await app.keyboard.type('Bo Li');
  await app.keyboard.press('Enter');
  await expect(seat(app, 'Coach')).toContainText('Bo Li');
  await expect(seat(app, 'Coach')).not.toContainText('Empty seat.');
  await expect(board(app)).toContainText('2 of 6 seats filled; 4 still empty.');
  await expectSaved(app);
  await app.getByRole('button', { name: 'Done' }).click();

  // A cadence of two weeks from a contact ten days ago: coming due in four days, in words.
  await people(app).filter({ hasText: 'Amira' }).getByRole('button').first().click();
  const panel = app.getByRole('region', { name: 'Amira Ñandú-Østergaard', exact: true });
  await expect(panel.getByLabel('Name', { exact: true })).toBeFocused();
  await panel.getByLabel('Role or title').fill('Head of data, Northwind');
  await panel.getByLabel('Get back in touch').selectOption({ label: 'Every 2 weeks' });
  await expect(panel.getByText('Add the last contact to plan the next')).toBeVisible();
  await panel.getByLabel('Last contact').fill(isoDay(-10));
  await panel.getByLabel('Last contact').press('Tab');
  await expect(panel.getByText(/^Due in 4 days/)).toBeVisible();
  await expectSaved(app);
  const followUps = app.getByRole('region', { name: 'Get back in touch' });
  await expect(followUps.getByRole('listitem')).toHaveCount(1);
  await expect(followUps).toContainText(/Amira Ñandú-Østergaard\s*Due in 4 days/);
  await expect(people(app).filter({ hasText: 'Amira' })).toContainText('Head of data, Northwind');
  await snap(app, 'coming-due');
  await expectAccessible(app, 'people with the panel open');
  await app.keyboard.press('Escape');

  // Delete Bo from his panel; undo brings him back into the coach seat, with focus on his row.
  await people(app).filter({ hasText: 'Bo Li' }).getByRole('button').first().click();
  await app.getByRole('region', { name: 'Bo Li', exact: true }).getByRole('button', { name: 'Delete person' }).click();
  await expect(people(app)).toHaveCount(1);
  await expect(seat(app, 'Coach')).toContainText('Empty seat.');
  await app.keyboard.press('Control+z');
  await expect(people(app)).toHaveCount(2);
  await expect(people(app).filter({ hasText: 'Bo Li' }).getByRole('button').first()).toBeFocused();
  await expect(seat(app, 'Coach')).toContainText('Bo Li');

  // Bo, last seen twenty days ago on a two-week cadence, is overdue and comes first in the follow-ups.
  await app.keyboard.press('Enter');
  const boPanel = app.getByRole('region', { name: 'Bo Li', exact: true });
  await expect(boPanel.getByLabel('Name', { exact: true })).toBeFocused();
  await boPanel.getByLabel('Name', { exact: true }).fill(' ');
  await boPanel.getByLabel('Name', { exact: true }).press('Tab');
  await expect(boPanel.getByText('Name is needed: how you would greet them.')).toBeVisible();
  await boPanel.getByLabel('Name', { exact: true }).fill('Bo Li');
  await boPanel.getByLabel('Get back in touch').selectOption({ label: 'Every 2 weeks' });
  await boPanel.getByLabel('Last contact').fill(isoDay(-20));
  await boPanel.getByLabel('Last contact').press('Tab');
  await expect(boPanel.getByText(/^Overdue by 6 days/)).toBeVisible();
  await expectSaved(app);
  await expect(followUps.getByRole('listitem')).toHaveText([/^Bo Li\s*Overdue by 6 days/, /^Amira Ñandú-Østergaard\s*Due in 4 days/]);
  await app.keyboard.press('Escape');
  await expect(people(app).filter({ hasText: 'Bo Li' }).getByRole('button').first()).toBeFocused();
  await followUps.scrollIntoViewIfNeeded();
  await snap(app, 'overdue-first');

  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'dark');
  await expectAccessible(app, 'people, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // 640 px with the sidebar shown: no sideways scroll.
  await app.setViewportSize({ width: 640, height: 900 });
  const overflow = await app.evaluate(() => {
    const main = document.querySelector('main');
    const page = document.scrollingElement ?? document.documentElement;
    return { page: page.scrollWidth - page.clientWidth, main: main ? main.scrollWidth - main.clientWidth : -1 };
  });
  expect(overflow).toEqual({ page: 0, main: 0 });
  await snap(app, 'at 640 px');
  await board(app).scrollIntoViewIfNeeded();
  await snap(app, 'board at 640 px');
});
