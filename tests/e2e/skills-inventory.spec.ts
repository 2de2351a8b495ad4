import { skillSchema } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import {
  addForm,
  createWorkbook,
  expectSaved,
  listedNames,
  nameInput,
  openSkillsOfNewWorkbook,
  panel,
  seedSkills,
  skillList,
} from './skills-helpers';

test.describe.configure({ timeout: 90_000 });

test('skills are reordered by keyboard and by dragging, deleted and restored with their learning plan, searched and filtered', async ({
  app,
}) => {
  await openSkillsOfNewWorkbook(app, 'Reorder');
  await app.getByRole('button', { name: 'Add skill' }).click();
  for (const name of ['Active listening', 'Budgeting', 'Curiosity', 'Data cleaning']) {
    await nameInput(app).fill(name);
    await nameInput(app).press('Escape');
    await addForm(app).getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel(app, name)).toBeVisible();
  }
  await panel(app, 'Data cleaning').getByLabel('Notes').fill('Mostly spreadsheets from suppliers.');
  await panel(app, 'Data cleaning').getByLabel('New learning action').fill('Pandas workshop');
  await panel(app, 'Data cleaning').getByRole('button', { name: 'Add action' }).click();
  await expectSaved(app);
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Done adding' }).click();
  await expect.poll(() => listedNames(app)).toEqual(['Active listening', 'Budgeting', 'Curiosity', 'Data cleaning']);

  // Keyboard: the Move buttons, and Alt+Arrow on a focused row; focus stays with the moved skill.
  await skillList(app).getByRole('button', { name: 'Move Curiosity up' }).click();
  await expect.poll(() => listedNames(app)).toEqual(['Active listening', 'Curiosity', 'Budgeting', 'Data cleaning']);
  await expect(skillList(app).getByRole('button', { name: 'Move Curiosity up' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect.poll(() => listedNames(app)).toEqual(['Curiosity', 'Active listening', 'Budgeting', 'Data cleaning']);
  await skillList(app).getByRole('button', { name: /^Data cleaning/ }).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => listedNames(app)).toEqual(['Curiosity', 'Active listening', 'Data cleaning', 'Budgeting']);
  await expect(skillList(app).getByRole('button', { name: /^Data cleaning/ })).toBeFocused();
  await app.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => listedNames(app)).toEqual(['Curiosity', 'Active listening', 'Budgeting', 'Data cleaning']);
  await expect(app.getByRole('status').filter({ hasText: 'Moved Data cleaning to position 4 of 4.' })).toHaveCount(1);

  // Mouse: drag Budgeting onto the top half of the first row.
  const rows = skillList(app).getByRole('listitem');
  await rows.filter({ hasText: 'Budgeting' }).dragTo(rows.first(), { targetPosition: { x: 40, y: 4 } });
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting', 'Curiosity', 'Active listening', 'Data cleaning']);
  await snap(app, 'reordered');
  await app.reload();
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting', 'Curiosity', 'Active listening', 'Data cleaning']);

  // Delete with undo: the skill and its learning plan come back, in place.
  await skillList(app).getByRole('button', { name: /^Data cleaning/ }).click();
  await panel(app, 'Data cleaning').getByRole('button', { name: 'Delete skill' }).click();
  await expect(app.getByText('Deleted the skill “Data cleaning” and 1 learning action.')).toBeVisible();
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting', 'Curiosity', 'Active listening']);
  await snap(app, 'deleted-with-undo');
  await expectAccessible(app, 'after delete');
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting', 'Curiosity', 'Active listening', 'Data cleaning']);
  await app.getByRole('tab', { name: 'Learning plan' }).click();
  await expect(app.getByRole('table', { name: /All learning actions/ })).toContainText('Pandas workshop');
  await app.getByRole('tab', { name: 'Inventory' }).click();

  // Search by name and by notes; filter by category.
  await app.getByLabel('Search skills').fill('budg');
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting']);
  await app.getByLabel('Search skills').fill('suppliers');
  await expect.poll(() => listedNames(app)).toEqual(['Data cleaning']);
  await expect(app.getByText('1 of 4 skills')).toBeVisible();
  await snap(app, 'searched-by-notes');
  await app.getByLabel('Search skills').fill('nothing like this');
  await expect(app.getByText('No skills match your search.')).toBeVisible();
  await app.getByRole('button', { name: 'Clear search and filter' }).click();
  await expect.poll(() => listedNames(app)).toHaveLength(4);

  await app.getByRole('search').getByLabel('Category', { exact: true }).selectOption({ label: 'People' });
  await expect.poll(() => listedNames(app)).toEqual(['Active listening']);
  await app.getByRole('search').getByLabel('Category', { exact: true }).selectOption({ label: 'All categories' });
  await skillList(app).getByRole('button', { name: /^Budgeting/ }).click();
  await panel(app, 'Budgeting').getByLabel('Category', { exact: true }).selectOption({ label: 'People' });
  await expectSaved(app);
  await app.keyboard.press('Escape');
  await app.getByRole('search').getByLabel('Category', { exact: true }).selectOption({ label: 'People' });
  await expect.poll(() => listedNames(app)).toEqual(['Budgeting', 'Active listening']);
  await snap(app, 'filtered-by-category');
  await expectAccessible(app, 'filtered');

  // Usable from 900 px wide: every control of a row stays on screen.
  await app.setViewportSize({ width: 900, height: 700 });
  await expect(skillList(app).getByRole('button', { name: 'Move Active listening up' })).toBeInViewport();
  await snap(app, 'narrow-window');
});

test('a long inventory draws only the rows on screen, scrolls to the last skill and still finds any skill', async ({ app }) => {
  await createWorkbook(app, 'Long inventory');
  const stamp = '2026-03-02T10:00:00.000Z';
  const rows = Array.from({ length: 600 }, (_, index) =>
    skillSchema.parse({
      id: `bulk-${index}`,
      name: `Skill number ${String(index + 1).padStart(3, '0')}`,
      category: index % 2 === 0 ? 'technical' : 'people',
      proficiency: 1 + (index % 5),
      enjoyment: 1 + ((index * 3) % 5),
      targetLevel: 5,
      notes: index === 543 ? 'The one about bookbinding.' : '',
      evidence: [],
      order: index,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  await seedSkills(app, rows);
  await app.evaluate(() => (window.location.hash = '#/skills'));
  await app.reload();

  const items = skillList(app).getByRole('listitem');
  await expect(items.first()).toContainText('Skill number 001');
  await expect(items.first()).toHaveAttribute('aria-setsize', '600');
  expect(await items.count()).toBeLessThan(100);
  await expect(app.getByText('600 skills')).toBeVisible();

  // Scrolling to the end draws the last rows, in place, with their positions in the whole list.
  await app.locator('main').evaluate((main) => main.scrollTo({ top: main.scrollHeight }));
  const last = items.filter({ hasText: 'Skill number 600' });
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-posinset', '600');
  expect(await items.count()).toBeLessThan(100);
  await snap(app, 'long-list-scrolled-to-the-end');

  // The keyboard moves work at the far end too.
  await skillList(app).getByRole('button', { name: 'Move Skill number 600 up' }).click();
  await expect(items.nth((await items.count()) - 1)).toContainText('Skill number 599');
  await expect(skillList(app).getByRole('button', { name: 'Move Skill number 600 up' })).toBeFocused();

  await app.getByLabel('Search skills').fill('bookbinding');
  await expect.poll(() => listedNames(app)).toEqual(['Skill number 544']);
  await expectAccessible(app, 'long list, searched');
});
