import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { entityCollections } from '../../src-main/shared/collections';
import { expect } from './harness/fixtures';
import { repositoryRoot } from './harness/app-server';
import { storedRows } from './stored-rows';
import { heading } from './workbook-helpers';

/* What the journeys around workbook files (.waypoint export and import) share. */

export const samplePath = join(repositoryRoot, 'resources/samples/maya-okafor.waypoint');
export const sampleTitle = 'Maya Okafor (sample)';

export const importPreview = (app: Page) => app.getByRole('dialog', { name: 'Import a workbook' });
export const refusedPreview = (app: Page) => app.getByRole('dialog', { name: 'This file cannot be imported' });
export const fileNotice = (app: Page) => app.getByRole('status').filter({ hasText: /Exported “|Imported “|Replaced “|The workbook was not exported/ });

export async function openSampleFromWelcome(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(heading(app, sampleTitle)).toBeVisible();
}

/** The id of the one workbook stored with this title. */
export async function workbookIdByTitle(app: Page, title: string): Promise<string> {
  const matches = (await storedRows(app, 'workbooks')).filter((row) => row['title'] === title);
  expect(matches, `workbooks titled ${title}`).toHaveLength(1);
  return String(matches[0]!['id']);
}

/**
 * Everything a workbook holds, as comparable text: per table, each row's id and fields, without the
 * workbook id (an imported workbook gets a new one) or the workbook row's own stamps.
 */
export async function workbookContent(app: Page, workbookId: string): Promise<Record<string, string[]>> {
  const content: Record<string, string[]> = {};
  for (const table of ['vision', ...entityCollections]) {
    const rows = (await storedRows(app, table)).filter((row) => row['workbookId'] === workbookId);
    content[table] = rows.map(({ workbookId: _workbookId, ...row }) => JSON.stringify(row)).sort();
  }
  return content;
}

/** How many rows each table holds across every workbook: what a refused import must leave as it was. */
export async function allRowCounts(app: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['workbooks', 'vision', ...entityCollections]) counts[table] = (await storedRows(app, table)).length;
  return counts;
}

/** Drops a file on the window the way a file manager does: a real drop event whose DataTransfer carries a File. */
export async function dropFile(app: Page, fileName: string, text: string): Promise<void> {
  const dataTransfer = await app.evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: '' }));
      return transfer;
    },
    { name: fileName, content: text },
  );
  await app.dispatchEvent('main', 'dragenter', { dataTransfer });
  await app.dispatchEvent('main', 'dragover', { dataTransfer });
  await app.dispatchEvent('main', 'drop', { dataTransfer });
}
