import { expect, expectAccessible, snap, test } from './harness/fixtures';
import {
  addByKeyboard,
  addForm,
  categoryInput,
  expectSaved,
  isoDay,
  listedNames,
  nameInput,
  openSkillsOfNewWorkbook,
  panel,
  rate,
  skillList,
} from './skills-helpers';

// Long journeys with screenshots and accessibility checks at each step.
test.describe.configure({ timeout: 90_000 });

test('skills are added by keyboard, by mouse and from a suggestion, rated, mapped and given evidence', async ({ app }) => {
  await openSkillsOfNewWorkbook(app);
  await expect(app.getByRole('heading', { name: 'List what you can do, and how much you enjoy it' })).toBeVisible();
  await snap(app, 'empty-state');
  await expectAccessible(app, 'skills empty state');

  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await expect(nameInput(app)).toBeFocused();

  // An empty name is refused at the field, and nothing is stored.
  await addForm(app).getByRole('button', { name: 'Add', exact: true }).click();
  await expect(app.getByText('Give the skill a name, for example “Public speaking”.')).toBeVisible();
  await expect(skillList(app)).toHaveCount(0);
  await snap(app, 'empty-name-refused');

  // From a suggestion, by keyboard: the suggestion brings its category along.
  await nameInput(app).fill('negot');
  const suggestions = app.getByRole('listbox', { name: 'Suggested skills' });
  await expect(suggestions.getByRole('option', { name: /Negotiation/ })).toBeVisible();
  await snap(app, 'suggestions-while-typing');
  await expectAccessible(app, 'suggestions');
  await app.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: /Negotiation/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(nameInput(app)).toHaveValue('Negotiation');
  await expect(categoryInput(app)).toHaveValue('people');
  await app.keyboard.press('Enter');

  const negotiation = panel(app, 'Negotiation');
  await expect(negotiation).toBeVisible();
  // The panel opens beside the form without taking focus: the next name can be typed straight away.
  await expect(nameInput(app)).toBeFocused();
  await expect(negotiation.getByLabel('Category', { exact: true })).toHaveValue('people');
  // Levels by keyboard: arrows move along the scale.
  await negotiation.getByRole('group', { name: 'How good are you at it?' }).getByRole('radio', { name: /^3/ }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(negotiation.getByRole('group', { name: 'How good are you at it?' }).getByRole('radio', { name: /^4/ })).toBeChecked();
  await rate(negotiation, 'How much do you enjoy it?', 2);
  await rate(negotiation, 'Where do you want to be?', 4);
  await expect(negotiation.getByText('Burnout risks.')).toBeVisible();
  // A name emptied in the panel gets a message at the field and is not stored.
  const panelName = negotiation.getByLabel('Name', { exact: true });
  await panelName.fill('');
  await panelName.blur();
  await expect(negotiation.getByText('Name must not be empty.')).toBeVisible();
  await panelName.fill('Negotiation');
  await panelName.blur();
  await expect(negotiation.getByText('Name must not be empty.')).toHaveCount(0);
  await snap(app, 'panel-negotiation');
  await expectAccessible(app, 'skill panel');
  await panelName.press('Escape');
  await expect(negotiation).toBeHidden();

  // By keyboard alone, choosing the category from the list.
  await addByKeyboard(app, 'Python', 'Technical');
  await rate(panel(app, 'Python'), 'How good are you at it?', 2);
  await rate(panel(app, 'Python'), 'How much do you enjoy it?', 5);
  await rate(panel(app, 'Python'), 'Where do you want to be?', 5);
  await app.keyboard.press('Escape');

  // With the mouse, and a category of your own.
  await nameInput(app).click();
  await nameInput(app).fill('Pottery');
  await categoryInput(app).selectOption({ label: 'A category of your own…' });
  await app.getByLabel('Your category').fill('Craft');
  await addForm(app).getByRole('button', { name: 'Add', exact: true }).click();
  const pottery = panel(app, 'Pottery');
  await expect(pottery).toBeVisible();
  await expect(pottery.getByLabel('Your category')).toHaveValue('Craft');
  await rate(pottery, 'How good are you at it?', 1);
  await rate(pottery, 'How much do you enjoy it?', 1);
  await rate(pottery, 'Where do you want to be?', 2);
  await pottery.getByRole('button', { name: 'Close panel' }).click();

  await nameInput(app).fill('SQL');
  await addForm(app).getByRole('button', { name: 'Add', exact: true }).click();
  const sql = panel(app, 'SQL');
  await rate(sql, 'How good are you at it?', 4);
  await rate(sql, 'How much do you enjoy it?', 5);
  await rate(sql, 'Where do you want to be?', 5);

  // Evidence: add an achievement, write it as situation, action, result; it autosaves.
  await sql.getByRole('button', { name: 'Add an achievement' }).click();
  await expect(sql.getByLabel('Situation', { exact: true })).toBeFocused();
  await sql.getByLabel('Situation', { exact: true }).fill('Month-end reports took two days.');
  await sql.getByLabel('Action', { exact: true }).fill('Rebuilt them as one checked SQL pipeline.');
  await sql.getByLabel('Result', { exact: true }).fill('They take two hours now.');
  await sql.getByLabel('When (optional)').fill('2025-11');
  await sql.getByLabel('Result', { exact: true }).blur();
  await expectSaved(app);
  await snap(app, 'panel-sql-with-evidence');
  await sql.getByRole('button', { name: 'Close panel' }).click();
  await app.getByRole('button', { name: 'Done adding' }).click();

  await expect.poll(() => listedNames(app)).toEqual(['Negotiation', 'Python', 'Pottery', 'SQL']);
  await expect(skillList(app).getByRole('listitem').filter({ hasText: 'Pottery' })).toContainText('Craft');
  // A suggestion typed out in full brings its own category, even after a custom one was used.
  await expect(skillList(app).getByRole('listitem').filter({ hasText: 'SQL' })).toContainText('Technical');
  await snap(app, 'inventory-four-skills');
  await expectAccessible(app, 'inventory');

  // The map: each skill in its quadrant, in the table alternative too.
  await app.getByRole('tab', { name: 'Inventory' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Motivated-skills map' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('tab', { name: 'Motivated-skills map' })).toBeFocused();
  await app.getByText('Show as table').click();
  const quadrantTable = (title: string) => app.getByRole('table', { name: new RegExp(`^${title}`) });
  await expect(quadrantTable('Motivated strengths').getByRole('button', { name: 'SQL' })).toBeVisible();
  await expect(quadrantTable('Burnout risks').getByRole('button', { name: 'Negotiation' })).toBeVisible();
  await expect(quadrantTable('Growth areas').getByRole('button', { name: 'Python' })).toBeVisible();
  await expect(quadrantTable('Low priority').getByRole('button', { name: 'Pottery' })).toBeVisible();
  await snap(app, 'map-with-table');
  await expectAccessible(app, 'map');

  // Evidence is kept across a reload, and can be edited and removed (with undo).
  await quadrantTable('Motivated strengths').getByRole('button', { name: 'SQL' }).click();
  await expect(panel(app, 'SQL').getByLabel('Result', { exact: true })).toHaveValue('They take two hours now.');
  await panel(app, 'SQL').getByLabel('Result', { exact: true }).fill('They take two hours now, with fewer errors.');
  // Closing the panel writes the pending edit; the page says when it is stored.
  await app.keyboard.press('Escape');
  await expectSaved(app);
  await app.reload();
  await app.getByRole('list', { name: 'Skills' }).getByRole('button', { name: /^SQL/ }).click();
  await expect(panel(app, 'SQL').getByLabel('Result', { exact: true })).toHaveValue('They take two hours now, with fewer errors.');
  await expect(panel(app, 'SQL').getByLabel('When (optional)')).toHaveValue('2025-11');
  await panel(app, 'SQL').getByRole('button', { name: 'Remove achievement 1' }).click();
  await expect(panel(app, 'SQL').getByLabel('Situation', { exact: true })).toHaveCount(0);
  await expect(app.getByText('Deleted an achievement of “SQL”.')).toBeVisible();
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(panel(app, 'SQL').getByLabel('Situation', { exact: true })).toHaveValue('Month-end reports took two days.');
});

test('a learning plan flags an overdue action and a certification that expires soon, in the skill and across skills', async ({
  app,
}) => {
  await openSkillsOfNewWorkbook(app, 'Learning plan');
  await app.getByRole('button', { name: 'Add skill' }).click();
  for (const name of ['Statistics', 'Cloud infrastructure']) {
    await nameInput(app).fill(name);
    await nameInput(app).press('Escape');
    await nameInput(app).press('Enter');
    await expect(panel(app, name)).toBeVisible();
  }

  const cloud = panel(app, 'Cloud infrastructure');
  await cloud.getByLabel('New learning action').fill('Cloud practitioner exam');
  await cloud.getByLabel('Kind of the new action').selectOption({ label: 'Certification' });
  await cloud.getByRole('button', { name: 'Add action' }).click();
  await expect(cloud.getByLabel('Status')).toBeFocused();
  await cloud.getByLabel('Status').selectOption({ label: 'Done' });
  await cloud.getByLabel('Expires or renews on').fill(isoDay(30));
  await cloud.getByLabel('Cost (€)').fill('150');
  await cloud.getByLabel('Hours').fill('twelve');
  await cloud.getByLabel('Hours').blur();
  await expect(cloud.getByText('Hours must be a number, like 250 or 12.5.')).toBeVisible();
  await cloud.getByLabel('Hours').fill('12');
  await cloud.getByLabel('Provider').fill('A cloud vendor');
  await cloud.getByLabel('Provider').blur();
  await expectSaved(app);
  await expect(cloud.getByText('Expires soon')).toBeVisible();
  await snap(app, 'certification-in-panel');
  await expectAccessible(app, 'learning action editor');

  await app.getByRole('list', { name: 'Skills' }).getByRole('button', { name: /^Statistics/ }).click();
  const statistics = panel(app, 'Statistics');
  await statistics.getByRole('button', { name: 'Add action' }).click();
  await expect(statistics.getByText('Give the action a title, for example “Finish the statistics course”.')).toBeVisible();
  await rate(statistics, 'How good are you at it?', 3);
  await rate(statistics, 'Where do you want to be?', 5);
  await statistics.getByLabel('New learning action').fill('Statistics for analysts');
  await statistics.getByLabel('New learning action').press('Enter');
  await statistics.getByLabel('Due date').fill(isoDay(-10));
  await statistics.getByLabel('Cost (€)').fill('49,50');
  await statistics.getByLabel('Cost (€)').blur();
  await expect(statistics.getByText('Overdue')).toBeVisible();
  await statistics.getByLabel('New learning action').fill('Read a book on experiments');
  await statistics.getByLabel('Kind of the new action').selectOption({ label: 'Reading' });
  await statistics.getByRole('button', { name: 'Add action' }).click();
  await expect(statistics.getByLabel('Due date')).toHaveCount(2);
  await statistics.getByLabel('Due date').last().fill(isoDay(60));
  await expectSaved(app);
  await app.keyboard.press('Escape');

  // The inventory marks skills with something to look at.
  await expect(skillList(app).getByRole('listitem').filter({ hasText: 'Statistics' })).toContainText('1 overdue');
  await expect(skillList(app).getByRole('listitem').filter({ hasText: 'Cloud infrastructure' })).toContainText('1 expiring');

  await app.getByRole('tab', { name: 'Learning plan' }).click();
  const table = app.getByRole('table', { name: 'All learning actions, soonest due first' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const rowOf = (title: string) => table.getByRole('row').filter({ hasText: title });
  await expect(rowOf('Statistics for analysts')).toContainText('Overdue');
  await expect(rowOf('Statistics for analysts')).toContainText('€49.50');
  await expect(rowOf('Cloud practitioner exam')).toContainText('Expires soon');
  await expect(rowOf('Read a book on experiments')).not.toContainText('Overdue');
  // Soonest due first, undated last.
  await expect(table.getByRole('row').nth(1)).toContainText('Statistics for analysts');
  await expect(table.getByRole('row').nth(3)).toContainText('Cloud practitioner exam');
  await expect(app.getByText(/Needs your attention: 1 overdue; 1 certification expires within 90 days/)).toBeVisible();
  await expect(app.getByRole('list', { name: 'What to learn next' }).getByRole('listitem')).toHaveText([
    /Statistics\s*2 levels to go/,
  ]);
  await snap(app, 'combined-learning-plan');
  await expectAccessible(app, 'combined learning plan');
  await app.emulateMedia({ colorScheme: 'dark' });
  await snap(app, 'combined-learning-plan-dark');
  await expectAccessible(app, 'combined learning plan, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  await app.getByLabel('Hide done and dropped').check();
  await expect(rowOf('Cloud practitioner exam')).toHaveCount(0);
  await rowOf('Statistics for analysts').getByRole('button', { name: 'Statistics' }).click();
  await expect(panel(app, 'Statistics')).toBeVisible();
});
