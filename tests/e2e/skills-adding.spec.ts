import { expect, snap, test } from './harness/fixtures';
import { addForm, listedNames, nameInput, openSkillsOfNewWorkbook, panel, rate, skillList } from './skills-helpers';
import { storedRow } from './stored-rows';

/* Adding skills quickly, by keyboard and by a hasty double click, and skills that are not rated yet. */

test.describe.configure({ timeout: 90_000 });

test('a double click on “Add your first skill” leaves the form open', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Double click');
  await app.getByRole('button', { name: 'Add your first skill' }).dblclick();
  await expect(addForm(app)).toBeVisible();
  await expect(nameInput(app)).toBeFocused();
  await snap(app, 'form-open-after-double-click');

  // A name of zero-width spaces is no name.
  await nameInput(app).fill('\u200B\u200B');
  await nameInput(app).press('Enter');
  await expect(app.getByText('Give the skill a name, for example “Public speaking”.')).toBeVisible();
  await expect(skillList(app)).toHaveCount(0);
});

test('skills added in a row by keyboard each keep their name, and focus stays in the add form', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Keyboard adding');
  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await expect(nameInput(app)).toBeFocused();
  // Typed straight on, without waiting for anything.
  await app.keyboard.type('Pottery');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Welding');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Carpentry');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Enter');
  await expect.poll(() => listedNames(app)).toEqual(['Pottery', 'Welding', 'Carpentry']);
  await expect(nameInput(app)).toBeFocused();
  await expect(nameInput(app)).toHaveValue('');
  await snap(app, 'three-added-by-keyboard');
  expect((await storedRow(app, 'skills', 'name', 'Pottery')).name).toBe('Pottery');

  // The last one's panel is open beside the form; closed after the form, focus goes to its row.
  await app.getByRole('button', { name: 'Done adding' }).click();
  await panel(app, 'Carpentry').getByLabel('Name', { exact: true }).click();
  await app.keyboard.press('Escape');
  await expect(panel(app, 'Carpentry')).toBeHidden();
  await expect(skillList(app).getByRole('button', { name: /^Carpentry/ })).toBeFocused();
});

test('a new skill is not rated yet: it stays off the map and out of the figures until it is rated', async ({ app }) => {
  await openSkillsOfNewWorkbook(app, 'Not rated');
  await app.getByRole('button', { name: 'Add your first skill' }).click();
  await nameInput(app).fill('Pottery');
  await nameInput(app).press('Escape');
  await nameInput(app).press('Enter');
  const pottery = panel(app, 'Pottery');
  await expect(pottery).toBeVisible();
  for (const question of ['How good are you at it?', 'How much do you enjoy it?', 'Where do you want to be?']) {
    await expect(pottery.getByRole('group', { name: question }).getByRole('radio', { checked: true })).toHaveCount(0);
  }
  await expect(pottery.getByText('Not rated yet.')).toBeVisible();
  const row = skillList(app).getByRole('listitem').filter({ hasText: 'Pottery' });
  await expect(row).toContainText('Not rated yet');
  await expect(row).not.toContainText('Motivated strengths');
  const stored = await storedRow(app, 'skills', 'name', 'Pottery');
  expect([stored.proficiency, stored.enjoyment, stored.targetLevel]).toEqual([null, null, null]);
  await snap(app, 'new-skill-not-rated');

  // The map leaves it off, and lists it beside the map.
  await pottery.getByRole('button', { name: 'Close panel' }).click();
  await app.getByRole('tab', { name: 'Motivated-skills map' }).click();
  await expect(app.getByRole('group', { name: 'Your skills on the map' }).getByRole('button')).toHaveCount(0);
  const notRated = app.getByRole('region', { name: 'Not rated yet' });
  await expect(notRated.getByRole('button', { name: 'Pottery' })).toBeVisible();
  await expect(app.getByText('Motivated strengths').first()).toBeVisible();
  await snap(app, 'map-with-unrated-skill');

  // Rated, it moves onto the map.
  await notRated.getByRole('button', { name: 'Pottery' }).click();
  await rate(panel(app, 'Pottery'), 'How good are you at it?', 2);
  await rate(panel(app, 'Pottery'), 'How much do you enjoy it?', 4);
  await expect(panel(app, 'Pottery').getByText('Growth areas.')).toBeVisible();
  await panel(app, 'Pottery').getByRole('button', { name: 'Close panel' }).click();
  await expect(app.getByRole('group', { name: 'Your skills on the map' }).getByRole('button', { name: /^Pottery/ })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Not rated yet' })).toHaveCount(0);
});
