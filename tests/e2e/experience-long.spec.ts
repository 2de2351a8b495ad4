import type { Page } from '@playwright/test';
import { expect, snap, test } from './harness/fixtures';
import { entries, entryTitles, openEntry, startWorkbook, timeline } from './experience-helpers';
import { putRows } from './page-storage';

/** Writes valid experience rows straight into the app's database; reload to read them. */
async function seedExperiences(app: Page, total: number): Promise<void> {
  const stamp = '2026-01-01T00:00:00.000Z';
  const month = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  const rows = Array.from({ length: total }, (_, index) => {
    // Newest first is entry 0, a month apart, each lasting half a year (so they overlap); some have
    // several achievements, so heights vary.
    const endMonth = 2025 * 12 + 11 - index;
    return {
      id: `entry-${index}`,
      kind: index % 4 === 0 ? 'project' : 'role',
      title: `Entry ${index}`,
      organisation: `Organisation ${index}`,
      start: month(endMonth - 6),
      end: month(endMonth),
      description: '',
      achievements: Array.from({ length: index % 5 }, (_, n) => `Achievement ${n + 1} of entry ${index}, written out at some length`),
      skillLinks: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  await putRows(app, 'experiences', rows);
}

async function scrollTimelineBy(app: Page, pixels: number): Promise<void> {
  await timeline(app).evaluate((list, by) => {
    let scroller: HTMLElement | null = list.parentElement;
    while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    (scroller ?? document.scrollingElement)?.scrollBy(0, by);
  }, pixels);
}

test('a record of 600 entries draws only what is near the screen and scrolls to its oldest entry', async ({ app }) => {
  await startWorkbook(app, 'Long record');
  await seedExperiences(app, 600);
  await app.reload();
  await expect(entryTitles(app).first()).toHaveText('Entry 0');
  expect(await entries(app).count()).toBeLessThan(60);

  // Scrolling down draws what comes into view, year markers included, and never the whole record.
  for (let step = 0; step < 12; step += 1) await scrollTimelineBy(app, 2_000);
  await expect(entries(app).first()).toBeAttached();
  await expect(timeline(app).getByRole('button', { name: 'Entry 0', exact: true })).toHaveCount(0);
  expect(await entries(app).count()).toBeLessThan(60);
  await snap(app, 'scrolled-into-the-middle');

  for (let step = 0; step < 200; step += 1) {
    if (await timeline(app).getByRole('button', { name: 'Entry 599', exact: true }).isVisible()) break;
    await scrollTimelineBy(app, 4_000);
  }
  await expect(timeline(app).getByRole('button', { name: 'Entry 599', exact: true })).toBeInViewport();
  await snap(app, 'scrolled-to-the-end');

  // A drawn entry opens as usual, and search finds one far down the list.
  const far = await openEntry(app, 'Entry 598');
  await expect(far.getByLabel('Title')).toHaveValue('Entry 598');
  await far.press('Escape');
  await app.getByLabel('Search experience').fill('Organisation 577');
  await expect(entryTitles(app)).toHaveText(['Entry 577']);
});
