import type { Page } from '@playwright/test';
import type { WorkbookSnapshot } from '../../src-main/shared/workbook';
import { goToSettings, markField, measureTyping, poll, settle, type Outcome, type ShowFigures, type TypingFigures } from './measure';

/*
 * The workbook search (Ctrl/Cmd+K) on the large workbook: how long from the shortcut until results for
 * a query can show (the dialog open and the workbook read), and typing a query into it.
 */

const readyTimeoutMs = 10_000;

/** Something a person would look for: part of a person's name, found among thousands of entries. */
export function searchQuery(snapshot: WorkbookSnapshot): string {
  return (snapshot.people[0]?.name ?? 'Amira Haddad').split(' ')[0] ?? 'Amira';
}

/**
 * From pressing Ctrl+K (on a settled page) and typing the query at once, until the first result is
 * drawn: the dialog opening, the workbook read and the first filtering. `repeats` times from Settings.
 */
export async function measureSearchOpen(page: Page, query: string, repeats: number): Promise<Outcome<ShowFigures>> {
  const runs: number[] = [];
  let longestTaskWhileOpening = 0;
  for (let run = 0; run < repeats; run++) {
    await goToSettings(page);
    const from = await page.evaluate(() => performance.now());
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type(query);
    const ready = await poll(() => page.evaluate(() => Boolean(document.querySelector('dialog[open] [role="option"]'))), readyTimeoutMs);
    if (!ready) return { missing: `not available yet (no result within ${readyTimeoutMs / 1000} s of Ctrl+K and “${query}”)` };
    const readyAt = await page.evaluate(() => performance.now());
    runs.push(readyAt - from);
    await settle(page);
    const opening = await page.evaluate(({ from }) => window.__waypointBench!.summary(from, performance.now()), { from });
    longestTaskWhileOpening = Math.max(longestTaskWhileOpening, opening.longestTask);
    await page.keyboard.press('Escape');
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { measured: { runs, median, max: Math.max(...runs), longestTaskWhileOpening } };
}

/** Typing the query into the open dialog, with the results following each key. */
export async function measureSearchTyping(page: Page, query: string): Promise<Outcome<TypingFigures>> {
  await goToSettings(page);
  await page.keyboard.press('ControlOrMeta+k');
  const field = await markField(page, 'Search for');
  if (field === null) return { missing: 'not available yet (no field labelled “Search for” after Ctrl+K)' };
  const figures = await measureTyping(page, query, field);
  await page.keyboard.press('Escape');
  return { measured: figures };
}
