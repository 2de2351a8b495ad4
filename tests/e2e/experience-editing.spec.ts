import { expect, snap, test } from './harness/fixtures';
import { achievement, addExperience, entries, openEntry, panel, startWorkbook } from './experience-helpers';
import { expectFocusNotOnBody } from './workbook-helpers';

test('dates outside 1900–2200 are refused with a message, in the new-entry form and in an entry', async ({ app }) => {
  await startWorkbook(app, 'Dates');
  await app.getByRole('button', { name: 'Add experience', exact: true }).click();
  const form = panel(app, 'Add experience');
  await expect(form.getByLabel('Start')).toHaveAttribute('min', '1900-01');
  await expect(form.getByLabel('Start')).toHaveAttribute('max', '2200-12');
  await form.getByLabel('Title').fill('Barista');
  await form.getByLabel('Organisation').fill('Corner Café');
  await form.getByLabel('Start').fill('0001-01');
  await form.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(form.getByText('Start must be between 1900 and 2200.')).toBeVisible();
  await form.press('Escape');

  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2024-02', end: '2025-06' });
  const end = role.getByLabel('End', { exact: true });
  await expect(end).toHaveAttribute('max', '2200-12');
  await end.fill('9999-12');
  await expect(role.getByRole('alert')).toHaveText('End must be between 1900 and 2200.');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await role.getByLabel('Start').fill('1899-12');
  await expect(role.getByText('Start must be between 1900 and 2200.')).toBeVisible();
  await snap(app, 'dates-out-of-range');

  await app.reload();
  await expect(entries(app)).toHaveCount(1);
  await expect(entries(app).first()).toContainText('Feb 2024 – Jun 2025 · 1 yr, 5 mths');
  const stored = await openEntry(app, 'Data analyst');
  await expect(stored.getByLabel('End', { exact: true })).toHaveValue('2025-06');
  await expect(stored.getByLabel('Start')).toHaveValue('2024-02');
});

test('removing an achievement puts focus on the next one, or on Add achievement when none is left', async ({ app }) => {
  await startWorkbook(app, 'Achievements');
  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  for (const [index, text] of ['First', 'Second', 'Third'].entries()) {
    await role.getByRole('button', { name: 'Add achievement' }).click();
    await expect(achievement(role, index + 1)).toBeFocused();
    await app.keyboard.type(text);
  }
  await expect(achievement(role, 3)).toHaveValue('Third');

  await role.getByRole('button', { name: 'Remove achievement 2' }).click();
  await expect(achievement(role, 2)).toHaveValue('Third');
  await expectFocusNotOnBody(app, 'removing the second achievement');
  await expect(achievement(role, 2)).toBeFocused();

  // The last one: focus moves up to the one before.
  await role.getByRole('button', { name: 'Remove achievement 2' }).press('Enter');
  await expect(achievement(role, 2)).toHaveCount(0);
  await expectFocusNotOnBody(app, 'removing the last achievement');
  await expect(achievement(role, 1)).toBeFocused();

  await role.getByRole('button', { name: 'Remove achievement 1' }).click();
  await expect(achievement(role, 1)).toHaveCount(0);
  await expectFocusNotOnBody(app, 'removing the only achievement');
  await expect(role.getByRole('button', { name: 'Add achievement' })).toBeFocused();
});
