import type { Page } from '@playwright/test';
import { expect, snap, test } from './harness/fixtures';
import { putRows } from './page-storage';
import { createWorkbook } from './skills-helpers';

/* A long address book: only the people near the screen are drawn, and every one can be reached. */

const list = (app: Page) => app.getByRole('list', { name: 'Your people' });

/** Writes valid people rows straight into the app's database; reload to read them. */
async function seedPeople(app: Page, total: number): Promise<void> {
  const stamp = '2026-01-01T00:00:00.000Z';
  const rows = Array.from({ length: total }, (_, index) => ({
    id: `person-${index}`,
    // Zero-padded, so the list's order by name is the order of the numbers.
    name: `Person ${String(index).padStart(4, '0')}`,
    roles: index % 3 === 0 ? ['mentor'] : [],
    organisation: index % 2 === 0 ? `Organisation ${index} with a longer name that wraps at narrow widths` : '',
    title: '',
    howWeMet: '',
    canHelpWith: [],
    contact: '',
    cadenceDays: index % 4 === 0 ? 28 : null,
    lastContact: index % 4 === 0 ? '2026-01-10' : null,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  await putRows(app, 'people', rows);
}

async function scrollListBy(app: Page, pixels: number): Promise<void> {
  await list(app).evaluate((element, by) => {
    let scroller: HTMLElement | null = element.parentElement;
    while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    (scroller ?? document.scrollingElement)?.scrollBy(0, by);
  }, pixels);
}

test('1,000 people draw only what is near the screen, and the last one can be scrolled to and opened', async ({ app }) => {
  await createWorkbook(app, 'Many people');
  await seedPeople(app, 1_000);
  await app.reload();
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^People/ }).click();
  await expect(list(app).getByRole('listitem').first()).toContainText('Person 0000');
  expect(await list(app).getByRole('listitem').count()).toBeLessThan(100);

  for (let step = 0; step < 300; step += 1) {
    if ((await list(app).getByRole('button', { name: /^Person 0999/ }).count()) > 0) break;
    await scrollListBy(app, 3_000);
  }
  const last = list(app).getByRole('button', { name: /^Person 0999/ });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await list(app).getByRole('listitem').count()).toBeLessThan(100);
  await snap(app, 'scrolled-to-the-end');

  // The board names the first few people of a crowded seat and says how many more (the list has them all).
  const mentors = app.getByRole('region', { name: 'Your board' }).getByRole('listitem').filter({ has: app.getByRole('heading', { name: 'Mentor' }) });
  await expect(mentors.getByRole('button', { name: /^Person/ })).toHaveCount(8);
  await expect(mentors).toContainText('and 326 more');

  await last.click();
  await expect(app.getByRole('region', { name: 'Person 0999', exact: true }).getByLabel('Name', { exact: true })).toHaveValue('Person 0999');
});
