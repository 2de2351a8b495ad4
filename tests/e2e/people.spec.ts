import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import {
  conversations,
  dateKeys,
  followUpItems,
  followUpOf,
  followUpsCard,
  interactionRow,
  personPanel,
  personRow,
  personRows,
  seedPeople,
  sidewaysOverflow,
} from './people-helpers';
import { createWorkbook, expectSaved, isoDay } from './skills-helpers';
import { storedRows } from './stored-rows';

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

test('a contact coming due is logged from Get back in touch, an agreed follow-up is marked done, and the log keeps the last contact', async ({ app }) => {
  await createWorkbook(app, 'Keeping in touch');
  await seedPeople(
    app,
    [
      personRow('carmen', { name: 'Carmen Ruiz-Ødegaard', roles: ['sponsor'], cadenceDays: 28, lastContact: isoDay(-26) }),
      personRow('idris', { name: 'Idris', roles: ['peer'], organisation: 'Northwind', cadenceDays: 14, lastContact: isoDay(-20) }),
      personRow('jo', { name: 'Jo “JJ” Jansen', roles: ['expert'], lastContact: isoDay(-5) }),
    ],
    [
      interactionRow('jo-talk', {
        personId: 'jo',
        date: isoDay(-5),
        kind: 'informational-interview',
        summary: 'How product teams work at Northwind',
        followUp: { what: 'Send my portfolio link', due: isoDay(3), done: false },
      }),
    ],
  );

  // Due by cadence and agreed in a conversation, in one list, soonest first.
  await expect(followUpItems(app)).toHaveText([
    /^Idris\s*Overdue by 6 days/,
    /^Carmen Ruiz-Ødegaard\s*Due in 2 days/,
    /^Jo “JJ” Jansen\s*Due in 3 days.*Agreed: Send my portfolio link/,
  ]);
  await snap(app, 'follow-ups with an agreed one');

  // The list finds people by organisation as well as by name; Escape empties the search.
  const search = app.getByRole('searchbox', { name: 'Search people' });
  await search.fill('NORTHWIND');
  await expect(personRows(app)).toHaveText([/^Idris/]);
  await expect(app.getByText('1 of 3 people')).toBeVisible();
  await search.press('Escape');
  await expect(personRows(app)).toHaveCount(3);

  // One step: a call today. Carmen leaves the list, focus moves on to the next entry, and her last contact is today.
  const carmen = followUpOf(app, 'Carmen Ruiz-Ødegaard');
  await carmen.getByLabel('How you were in touch with Carmen Ruiz-Ødegaard').selectOption({ label: 'Call' });
  await carmen.getByRole('button', { name: 'Log today’s contact with Carmen Ruiz-Ødegaard' }).dblclick();
  await expect(followUpItems(app)).toHaveCount(2);
  await expect(followUpOf(app, 'Jo “JJ” Jansen').getByRole('button', { name: /^Mark done/ })).toBeFocused();
  await expect(followUpsCard(app).getByRole('status')).toHaveText('Logged today’s call with Carmen Ruiz-Ødegaard.');
  await expect(personRows(app).filter({ hasText: 'Carmen' })).toContainText(/Next contact/);
  await expectSaved(app);
  const logged = (await storedRows(app, 'interactions')).filter((row) => row.personId === 'carmen');
  expect(logged.map((row) => [row.date, row.kind])).toEqual([[isoDay(0), 'call']]);
  await personRows(app).filter({ hasText: 'Carmen' }).getByRole('button').first().click();
  await expect(personPanel(app, 'Carmen Ruiz-Ødegaard').getByLabel('Last contact')).toHaveValue(isoDay(0));
  await expect(conversations(app, 'Carmen Ruiz-Ødegaard')).toHaveCount(1);
  await expect(conversations(app, 'Carmen Ruiz-Ødegaard').first()).toContainText('Call');
  await app.keyboard.press('Escape');

  // The agreed follow-up is done: it leaves the list, and the box is ticked in Jo's log.
  await followUpOf(app, 'Jo “JJ” Jansen').getByRole('button', { name: /^Mark done/ }).click();
  await expect(followUpItems(app)).toHaveText([/^Idris/]);
  await expect(followUpOf(app, 'Idris').getByRole('button', { name: /^Log today’s contact/ })).toBeFocused();
  await personRows(app).filter({ hasText: 'Jo “JJ”' }).getByRole('button').first().click();
  const jo = personPanel(app, 'Jo “JJ” Jansen');
  await expect(jo.getByRole('checkbox', { name: /^Agreed: Send my portfolio link/ })).toBeChecked();

  // An older conversation does not move the last contact back.
  await jo.getByRole('button', { name: 'Log an interaction' }).click();
  await expect(jo.getByLabel('Date', { exact: true })).toHaveValue(isoDay(0));
  await jo.getByLabel('Date', { exact: true }).fill(isoDay(-30));
  await jo.getByLabel('Kind').selectOption({ label: 'Event' });
  await jo.getByLabel('Summary').fill('Met at the analytics meetup');
  await jo.getByRole('button', { name: 'Log it' }).click();
  await expect(conversations(app, 'Jo “JJ” Jansen')).toHaveCount(2);
  await expect(conversations(app, 'Jo “JJ” Jansen').first()).toContainText('Informational interview');
  await expect(jo.getByLabel('Last contact')).toHaveValue(isoDay(-5));

  // Deleting the newest moves the last contact back to the one before; undo puts both back.
  await jo.getByRole('button', { name: /^Delete the informational interview/ }).click();
  await expect(conversations(app, 'Jo “JJ” Jansen')).toHaveCount(1);
  await expect(jo.getByLabel('Last contact')).toHaveValue(isoDay(-30));
  await expect(jo.getByRole('button', { name: 'Log an interaction' })).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(conversations(app, 'Jo “JJ” Jansen')).toHaveCount(2);
  await expect(jo.getByLabel('Last contact')).toHaveValue(isoDay(-5));
  await expect(jo.getByRole('button', { name: /^Edit the informational interview/ })).toBeFocused();

  // Editing in place: Enter saves, and focus comes back to the entry.
  await app.keyboard.press('Enter');
  await jo.getByRole('form', { name: 'Edit the interaction' }).getByLabel('Summary').fill('Product teams at Northwind, and how they hire');
  await app.keyboard.press('Enter');
  await expect(conversations(app, 'Jo “JJ” Jansen').first()).toContainText('and how they hire');
  await expect(jo.getByRole('button', { name: /^Edit the informational interview/ })).toBeFocused();
  await expectSaved(app);
  await snap(app, 'log in the panel');
  await expectAccessible(app, 'people with the log, light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'log in the panel, dark');
  await expectAccessible(app, 'people with the log, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // 200 % zoom: a 1280 × 800 window shows 640 × 400 CSS pixels; the page and the panel reflow.
  await app.setViewportSize({ width: 640, height: 400 });
  await jo.getByRole('button', { name: 'Log an interaction' }).click();
  await jo.getByRole('checkbox', { name: 'We agreed a follow-up' }).check();
  await jo.getByLabel('What you agreed').fill('Introduce me to the design lead');
  await expect(jo.getByLabel('By when')).toBeVisible();
  await snap(app, 'log form at 200 %');
  // Closing the panel over a filled-in form says what would be lost and goes back to the form.
  await jo.getByRole('button', { name: 'Close panel' }).click();
  await expect(jo.getByRole('alert')).toContainText('The conversation on the form is not logged yet');
  await expect(jo.getByLabel('Date', { exact: true })).toBeFocused();
  await jo.getByRole('button', { name: 'Cancel' }).click();
  await app.keyboard.press('Escape');
  await expect(jo).toHaveCount(0);
  await followUpsCard(app).scrollIntoViewIfNeeded();
  await snap(app, 'follow-ups at 200 %');
  expect(await sidewaysOverflow(app)).toEqual({ page: 0, main: 0 });
});

test('a conversation is logged, an agreed follow-up kept and ticked, and a contact logged, all from the keyboard', async ({ app }) => {
  await createWorkbook(app, 'By keyboard');
  await seedPeople(app, [personRow('kai', { name: 'Kai', roles: ['coach'], cadenceDays: 14, lastContact: isoDay(-14) })]);
  const kai = personPanel(app, 'Kai');

  // Get back in touch: choose the kind by typing, Tab to the button, Enter.
  await expect(followUpItems(app)).toHaveText([/^Kai\s*Due today/]);
  await followUpOf(app, 'Kai').getByLabel('How you were in touch with Kai').focus();
  await app.keyboard.press('c');
  await app.keyboard.press('Tab');
  await expect(followUpOf(app, 'Kai').getByRole('button', { name: /^Log today’s contact/ })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(followUpItems(app)).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Get back in touch' })).toBeFocused();
  await expect(followUpsCard(app)).toContainText('Nobody is due this week');

  // The panel's log: every field by keyboard, Enter logs it, focus comes back to the button.
  await personRows(app).filter({ hasText: 'Kai' }).getByRole('button').first().focus();
  await app.keyboard.press('Enter');
  await expect(kai.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(conversations(app, 'Kai')).toHaveText([/^Call/]);
  await kai.getByRole('button', { name: 'Log an interaction' }).focus();
  await app.keyboard.press('Enter');
  await expect(kai.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(kai.getByLabel('Date', { exact: true })).toHaveValue(isoDay(0));
  // Tab walks the date's month, day, year and calendar button first (Chromium's own), then on to the kind.
  for (let stop = 0; stop < 4; stop++) await app.keyboard.press('Tab');
  await expect(kai.getByLabel('Kind')).toBeFocused();
  await app.keyboard.press('i');
  await expect(kai.getByLabel('Kind')).toHaveValue('informational-interview');
  await app.keyboard.press('Tab');
  await app.keyboard.type('What a coach does all day');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Ask again about the certification.');
  await app.keyboard.press('Tab');
  await app.keyboard.press('Space');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Send two questions');
  await app.keyboard.press('Tab');
  await expect(kai.getByLabel('By when')).toBeFocused();
  await app.keyboard.type(dateKeys(isoDay(2)));
  await expect(kai.getByLabel('By when')).toHaveValue(isoDay(2));
  await app.keyboard.press('Enter');
  await expect(kai.getByRole('button', { name: 'Log an interaction' })).toBeFocused();
  await expect(conversations(app, 'Kai')).toHaveText([/^Informational interview.*What a coach does all day/, /^Call/]);
  await expect(followUpItems(app)).toHaveText([/^Kai\s*Due in 2 days.*Agreed: Send two questions/]);

  // Escape leaves an open form without saving and keeps the panel; the next Escape closes the panel.
  await app.keyboard.press('Enter');
  await app.keyboard.type('2');
  await app.keyboard.press('Escape');
  await expect(kai.getByRole('button', { name: 'Log an interaction' })).toBeFocused();
  await expect(conversations(app, 'Kai')).toHaveCount(2);

  // Tick the agreed follow-up done from the log: it leaves Get back in touch.
  await app.keyboard.press('Tab');
  await expect(kai.getByRole('checkbox', { name: /^Agreed: Send two questions/ })).toBeFocused();
  await app.keyboard.press('Space');
  await expect(followUpItems(app)).toHaveCount(0);
  await expectSaved(app);
  const stored = await storedRows(app, 'interactions');
  expect(stored.map((row) => row.followUp)).toContainEqual({ what: 'Send two questions', due: isoDay(2), done: true });
  await app.keyboard.press('Escape');
  await expect(kai).toHaveCount(0);
});
