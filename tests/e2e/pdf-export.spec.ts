import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { openSampleFromWelcome, sampleTitle } from './workbook-files-helpers';
import { openSwitcher } from './workbook-helpers';
import { addByKeyboard } from './skills-helpers';
import { pdfDialog, pdfNotice, pdfPageSize, pdfText, startsLikeAPdf } from './pdf-export-helpers';

/* Export PDF…: options, the save dialog, the render in main (the real handler), then Open or Show in folder. */

// Private fields of the sample, as short runs a table cell never wraps: Hannah Lindqvist's contact
// details and the note on Rafael Montoya.
const privateNotes = ['Personal email', 'Tell him plainly'];

test('export a shared Letter PDF from the switcher by keyboard alone: the file has the new skill and no private note', async ({
  app,
  host,
  dialogs,
}, testInfo) => {
  test.setTimeout(90_000);
  await openSampleFromWelcome(app);
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Skills/ }).click();
  await app.getByRole('button', { name: 'Add skill' }).click();
  await addByKeyboard(app, 'Kiln scheduling', 'Technical');

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = pdfDialog(app);
  await expect(dialog).toBeVisible();
  // The app's locale is en-GB, so A4 comes first; every section is in, private notes too.
  await expect(dialog.getByRole('radio', { name: /^A4/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(10);
  await expect(dialog.getByRole('checkbox', { name: 'Leave out private notes' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Leave out private notes' })).toHaveAccessibleDescription(/review reflections/);
  const exportButton = dialog.getByRole('button', { name: 'Export PDF…' });
  await expect(exportButton).toBeFocused();
  await snap(app, 'options');
  await expectAccessible(app, 'PDF options');

  // Keyboard only: back to the share box, tick it, back to the paper, choose Letter, then on to Export.
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('checkbox', { name: 'Leave out private notes' })).toBeFocused();
  await app.keyboard.press('Space');
  for (let step = 0; step < 11; step += 1) await app.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('radio', { name: /^A4/ })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^Letter/ })).toBeChecked();
  for (let step = 0; step < 13; step += 1) await app.keyboard.press('Tab');
  await expect(exportButton).toBeFocused();

  mkdirSync(testInfo.outputPath('pdf'), { recursive: true });
  const chosen = testInfo.outputPath('pdf', 'maya-plan');
  dialogs.queueSave(chosen);
  await app.keyboard.press('Enter');
  const notice = pdfNotice(app);
  await expect(notice).toContainText(`Saved the PDF of “${sampleTitle}” (`, { timeout: 30_000 });
  await expect(notice).toContainText(`pages) to ${chosen}.pdf`);
  await expect(dialog).toBeHidden();
  expect(host.calls.choosePdfSavePath).toEqual([[`${sampleTitle}.pdf`]]);
  expect(host.calls.sendToRenderer.length, 'progress was reported').toBeGreaterThan(2);

  const file = `${chosen}.pdf`;
  expect(readdirSync(testInfo.outputPath('pdf'))).toEqual(['maya-plan.pdf']);
  expect(startsLikeAPdf(file)).toBe(true);
  expect(pdfPageSize(file)).toBe('612 x 792 pts (letter)');
  const text = pdfText(file);
  expect(text).toContain('Maya Okafor');
  expect(text).toContain('Kiln scheduling');
  expect(text).toContain('Hannah Lindqvist');
  for (const note of privateNotes) expect(text).not.toContain(note);
  await snap(app, 'saved');
  await expectAccessible(app, 'PDF saved notice');

  await notice.getByRole('button', { name: 'Show in folder' }).click();
  expect(host.calls.showItemInFolder).toEqual([[file]]);
  await notice.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => host.calls.openPath).toEqual([[file]]);

  // The next export starts from the choices made this time.
  await host.emit('menuCommand', { kind: 'export-pdf' });
  await expect(dialog.getByRole('radio', { name: /^Letter/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Leave out private notes' })).toBeChecked();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('from the menu: a cancelled options dialog or save dialog writes nothing; one section on A4 keeps private notes', async ({
  app,
  host,
  dialogs,
}, testInfo) => {
  test.setTimeout(90_000);
  await openSampleFromWelcome(app);
  const dialog = pdfDialog(app);

  await host.emit('menuCommand', { kind: 'export-pdf' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(host.calls.choosePdfSavePath).toEqual([]);

  dialogs.queueSave(null);
  await host.emit('menuCommand', { kind: 'export-pdf' });
  await expect(dialog.getByRole('button', { name: 'Export PDF…' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(host.calls.choosePdfSavePath).toHaveLength(1);
  await expect(pdfNotice(app)).toHaveCount(0);
  expect(host.calls.sendToRenderer, 'nothing was rendered').toEqual([]);

  await host.emit('menuCommand', { kind: 'export-pdf' });
  for (const box of await dialog.getByRole('group', { name: 'Sections' }).getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose at least one section to print.');
  await snap(app, 'no section');
  await dialog.getByRole('checkbox', { name: 'People' }).check();
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // Choices cancelled with the dialog are not kept. The Overview offers the same dialog from its header.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await app.getByRole('main').getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog.getByRole('group', { name: 'Sections' }).getByRole('checkbox', { checked: true })).toHaveCount(10);
  for (const box of await dialog.getByRole('group', { name: 'Sections' }).getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: 'People' }).check();

  mkdirSync(testInfo.outputPath('pdf'), { recursive: true });
  const file = testInfo.outputPath('pdf', 'people.pdf');
  dialogs.queueSave(file);
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(pdfNotice(app)).toContainText(`to ${file}`, { timeout: 30_000 });
  expect(existsSync(file)).toBe(true);
  expect(pdfPageSize(file)).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
  const text = pdfText(file);
  expect(text).toContain('Hannah Lindqvist');
  for (const note of privateNotes) expect(text).toContain(note);
});
