import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { generateWorkbook } from '../../bench/generate-workbook';
import { writeWorkbookFile } from '../../src-main/shared/workbook-file-write';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { heading } from './workbook-helpers';
import { importPreview } from './workbook-files-helpers';
import { pdfDialog, pdfNotice } from './pdf-export-helpers';

/* Cancel while the PDF is being made: a workbook big enough that the render takes seconds. */

const bigTitle = 'Large plan to cancel';

test('Cancel during the progress stops the render and leaves no file', async ({ app, host, dialogs }, testInfo) => {
  test.setTimeout(120_000);
  const snapshot = generateWorkbook({ title: bigTitle, sizes: { skills: 800, people: 400, milestones: 800, interactions: 800 } });
  const source = testInfo.outputPath('large.waypoint');
  writeFileSync(source, writeWorkbookFile(snapshot, { exportedAt: '2026-11-30T08:00:00.000Z', app: { name: 'Waypoint', version: '0.1.0' } }));
  await host.openWithApp(source);
  await importPreview(app).getByRole('button', { name: 'Import as a new workbook' }).click();
  await expect(heading(app, bigTitle)).toBeVisible({ timeout: 60_000 });

  const folder = testInfo.outputPath('pdf');
  mkdirSync(folder, { recursive: true });
  dialogs.queueSave(`${folder}/large.pdf`);
  await host.emit('menuCommand', { kind: 'export-pdf' });
  const dialog = pdfDialog(app);
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();

  const progress = dialog.getByRole('status');
  await expect(progress).toContainText(/Writing .+, page \d+…/, { timeout: 30_000 });
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(app, 'progress');
  await expectAccessible(app, 'PDF progress');

  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(pdfNotice(app)).toHaveCount(0);
  expect(readdirSync(folder), 'no file and no temporary file').toEqual([]);
  const lastProgress = host.calls.sendToRenderer.at(-1)?.[1];
  expect(lastProgress && 'done' in lastProgress && lastProgress.done < lastProgress.total, 'stopped before the last part').toBe(true);
});
