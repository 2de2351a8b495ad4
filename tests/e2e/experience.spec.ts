import { expect, expectAccessible, snap, test } from './harness/fixtures';
import {
  achievement,
  addExperience,
  entries,
  entryTitles,
  expectSaved,
  openEntry,
  panel,
  startWorkbook,
  timeline,
} from './experience-helpers';

test('a role, a degree and an overlapping project make a timeline, newest first, linked to skills made on the way', async ({
  app,
}) => {
  await startWorkbook(app, 'Maya’s plan');
  await expect(app.getByRole('heading', { name: 'Your record starts here' })).toBeVisible();
  await expect(app.getByText('A question to start with')).toBeVisible();
  await snap(app, 'empty-state');
  await expectAccessible(app, 'experience empty state');

  // A role that is still going on.
  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  await expect(role.getByRole('checkbox', { name: 'Present' })).toBeChecked();
  await role.getByRole('button', { name: 'Add achievement' }).click();
  await expect(achievement(role, 1)).toBeFocused();
  await app.keyboard.type('Cut weekly reporting from two days to two hours');
  await role.getByRole('button', { name: 'Add achievement' }).click();
  await expect(achievement(role, 2)).toBeFocused();
  await app.keyboard.type('Built the delivery-time dashboard the ops team opens every morning');
  // Reorder by keyboard: the second achievement moves up and keeps focus.
  await app.keyboard.press('Alt+ArrowUp');
  await expect(achievement(role, 1)).toHaveValue(/^Built the delivery-time dashboard/);
  await expect(achievement(role, 2)).toHaveValue('Cut weekly reporting from two days to two hours');
  await expect(achievement(role, 1)).toBeFocused();

  // A skill that is not in the inventory yet is created on the fly.
  await role.getByLabel('Link a skill').fill('Stakeholder interviews');
  await role.getByRole('button', { name: 'Add “Stakeholder interviews” as a new skill' }).click();
  const roleLinks = role.getByRole('list', { name: 'Linked skills' });
  await expect(roleLinks.getByRole('listitem')).toHaveText(['Stakeholder interviews Used Gained']);
  await expect(role.getByText(/“Stakeholder interviews” is now in your Skills/)).toBeVisible();
  await role.getByRole('radiogroup', { name: 'How you relate to Stakeholder interviews' }).getByRole('radio', { name: 'Gained' }).check();
  await expect(role.getByRole('radio', { name: 'Gained' })).toBeChecked();
  await expectSaved(app);
  await snap(app, 'role-panel');
  await expectAccessible(app, 'experience panel');
  await role.getByRole('button', { name: 'Done' }).click();

  // An education entry in the past.
  const degree = await addExperience(app, {
    kind: 'Education',
    title: 'BSc Mathematics',
    organisation: 'University of Leeds',
    start: '2012-09',
    end: '2015-06',
  });
  await degree.press('Escape');
  await expect(degree).toHaveCount(0);

  // A project that overlaps the role, linked to the same skill by picking it.
  const project = await addExperience(app, {
    kind: 'Project',
    title: 'Delivery-time dashboard',
    organisation: 'Northwind Freight',
    start: '2022-01',
    end: '2022-06',
  });
  await project.getByLabel('Link a skill').fill('stakeholder interviews');
  await project.getByRole('button', { name: 'Link skill', exact: true }).click();
  await expect(project.getByRole('list', { name: 'Linked skills' }).getByRole('listitem')).toHaveText([
    'Stakeholder interviews Used Gained',
  ]);
  await expect(project.getByText(/is now in your Skills/)).toHaveCount(0);
  await project.getByRole('button', { name: 'Done' }).click();

  // Newest first: what is still going on, then by end.
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Delivery-time dashboard', 'BSc Mathematics']);
  await expect(timeline(app).getByRole('heading', { level: 2 })).toHaveText(['Now', '2022', '2015']);
  const roleEntry = entries(app).nth(0);
  await expect(roleEntry).toContainText('Apr 2021 – present');
  await expect(roleEntry).toContainText('Built the delivery-time dashboard');
  await expect(roleEntry.getByRole('list', { name: 'Skills' })).toHaveText('Stakeholder interviews gained');
  await expect(roleEntry).toContainText('At the same time as Delivery-time dashboard');
  await expect(entries(app).nth(1)).toContainText('Jan 2022 – Jun 2022 · 6 mths');
  await expect(entries(app).nth(1)).toContainText('At the same time as Data analyst');
  await expect(entries(app).nth(2)).toContainText('Sept 2012 – Jun 2015 · 2 yrs, 10 mths');
  await expect(entries(app).nth(2)).not.toContainText('At the same time');
  await snap(app, 'timeline');
  await expectAccessible(app, 'experience timeline');
  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'timeline-dark');
  await expectAccessible(app, 'experience timeline in dark mode');
  await app.emulateMedia({ colorScheme: 'light' });

  // Filter by kind, and search (names of linked skills count too).
  await app.getByRole('radio', { name: 'Education 1' }).check();
  await expect(entryTitles(app)).toHaveText(['BSc Mathematics']);
  await expect(app.getByText('Showing 1 of 3')).toBeVisible();
  await app.getByRole('radio', { name: 'All 3' }).check();
  await app.getByLabel('Search experience').fill('stakeholder');
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Delivery-time dashboard']);
  await app.getByLabel('Search experience').fill('nothing like this');
  await expect(app.getByText('Nothing in your record matches “nothing like this”.')).toBeVisible();
  await app.getByRole('button', { name: 'Show everything' }).click();
  await expect(entries(app)).toHaveCount(3);
  // A click anywhere on a card opens it, not only on its title.
  await entries(app).nth(2).getByText('University of Leeds').click();
  await expect(panel(app, 'BSc Mathematics')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(timeline(app).getByRole('button', { name: 'BSc Mathematics' })).toBeFocused();

  await app.reload();
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Delivery-time dashboard', 'BSc Mathematics']);
  const reopened = await openEntry(app, 'Data analyst');
  await expect(achievement(reopened, 1)).toHaveValue(/^Built the delivery-time dashboard/);
  await expect(reopened.getByRole('radio', { name: 'Gained' })).toBeChecked();
  await expect(reopened.getByLabel('Start')).toHaveValue('2021-04');
});

test('invalid dates and an empty title are refused at the field and never stored; a deletion can be undone', async ({
  app,
}) => {
  await startWorkbook(app, 'Checks');
  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  await role.getByRole('button', { name: 'Done' }).click();
  const added = await addExperience(app, {
    kind: 'Project',
    title: 'Pricing model',
    organisation: 'On my own',
    start: '2022-01',
    end: '2022-06',
  });
  await added.press('Escape');

  // The new-entry form checks too.
  await app.getByRole('button', { name: 'Add experience', exact: true }).click();
  const form = panel(app, 'Add experience');
  await form.getByLabel('Start').fill('2020-05');
  await form.getByRole('checkbox', { name: 'Present' }).uncheck();
  await form.getByLabel('End', { exact: true }).fill('2019-01');
  await form.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(form.getByText('Title must not be empty.')).toBeVisible();
  await expect(form.getByLabel('Title')).toBeFocused();
  await form.getByLabel('Title').fill('Volunteer mentor');
  await form.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(form.getByText('End must not be before the start.')).toBeVisible();
  await expect(form.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await snap(app, 'new-entry-refused');
  await expectAccessible(app, 'new experience form with an error');
  await form.press('Escape');
  await expect(entries(app)).toHaveCount(2);

  // End before start, in an existing entry.
  const project = await openEntry(app, 'Pricing model');
  await project.getByLabel('End', { exact: true }).fill('2021-12');
  await expect(project.getByRole('alert')).toHaveText('End must not be before the start.');
  await expect(project.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await snap(app, 'end-before-start');
  await expectAccessible(app, 'experience field error');
  // Start after the end, and a start that is not a month at all.
  await project.getByLabel('Start').fill('2023-01');
  await expect(project.getByText('Start must not be after the end.')).toBeVisible();
  await project.getByLabel('Start').fill('');
  await expect(project.getByText('Start needs a month.')).toBeVisible();
  // An empty title.
  await project.getByLabel('Title').fill('');
  await project.getByLabel('Title').blur();
  await expect(project.getByText('Title must not be empty.')).toBeVisible();

  await app.reload();
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Pricing model']);
  await expect(entries(app).nth(1)).toContainText('Jan 2022 – Jun 2022');
  const stored = await openEntry(app, 'Pricing model');
  await expect(stored.getByLabel('Start')).toHaveValue('2022-01');
  await expect(stored.getByLabel('End', { exact: true })).toHaveValue('2022-06');
  await expect(stored.getByLabel('Title')).toHaveValue('Pricing model');
  await expect(stored.getByRole('alert')).toHaveCount(0);

  // Delete, then undo from the toast.
  await stored.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Deleted the experience “Pricing model”.')).toBeVisible();
  await expect(entryTitles(app)).toHaveText(['Data analyst']);
  await expect(app.getByRole('heading', { level: 1, name: 'Experience' })).toBeFocused();
  await snap(app, 'deleted-with-undo');
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(app.getByText('Restored the experience “Pricing model”.')).toBeVisible();
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Pricing model']);

  // Ctrl+Z undoes a deletion too.
  const again = await openEntry(app, 'Data analyst');
  await again.getByRole('button', { name: 'Delete' }).click();
  await expect(entryTitles(app)).toHaveText(['Pricing model']);
  await app.keyboard.press('Control+z');
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Pricing model']);

  await app.reload();
  await expect(entryTitles(app)).toHaveText(['Data analyst', 'Pricing model']);
});
