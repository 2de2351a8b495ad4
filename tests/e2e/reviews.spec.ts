import type { Page } from '@playwright/test';
import { skillSchema, type Skill } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { putRows } from './page-storage';
import { createWorkbook, expectSaved, isoDay } from './skills-helpers';

/* The Reviews journey: a review written and completed, a second one compared with it, the trend. */

const reviewList = (app: Page) => app.getByRole('region', { name: 'Your reviews' }).getByRole('listitem');

function skill(id: string, name: string, proficiency: number, targetLevel: number): Skill {
  const stamp = '2026-03-02T10:00:00.000Z';
  return skillSchema.parse({
    id,
    name,
    category: 'technical',
    proficiency,
    enjoyment: 4,
    targetLevel,
    notes: '',
    evidence: [],
    order: 0,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

async function openReviews(app: Page): Promise<void> {
  const link = app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Reviews/ });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Reviews', exact: true })).toBeFocused();
}

test('a review is written by keyboard and completed, a second is compared with it, and the figures show over time', async ({ app }) => {
  await createWorkbook(app, 'Quarterly reviews');
  // Three skills with targets: one is at its target.
  await putRows(app, 'skills', [skill('sql', 'SQL', 5, 5), skill('python', 'Python', 3, 4), skill('writing', 'Writing', 2, 3)]);
  await app.reload();
  await openReviews(app);
  await expect(app.getByRole('heading', { name: 'How is the plan going?' })).toBeVisible();
  await snap(app, 'empty');

  await app.getByRole('button', { name: 'Start your first review' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('What moved')).toBeFocused();
  await app.keyboard.type('Finished the SQL course; presented the churn model to the leadership team.');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('What is stuck')).toBeFocused();
  await app.keyboard.type('No time for the side project — again.');
  await expectSaved(app);
  await expect(app.getByText('No review completed yet: your first one is due now.')).toBeVisible();
  await expect(reviewList(app)).toHaveCount(1);
  await expect(reviewList(app).first()).toContainText('Draft');

  // The draft shows what it would keep; the period starts a quarter back, so it is dated a quarter ago.
  const preview = app.getByRole('table', { name: 'The figures it will keep, as they stand now' });
  await expect(preview.getByRole('row', { name: /Skills at their target/ })).toContainText('1 of 3');
  await app.getByLabel('Date of the review').fill(isoDay(-91));
  await app.getByLabel('Period').fill('Spring');
  await app.getByRole('group', { name: 'Energy in this period' }).getByRole('radio').first().focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await expectSaved(app);
  await snap(app, 'draft');

  await app.getByRole('button', { name: 'Complete this review' }).focus();
  await app.keyboard.press('Enter');
  const kept = app.getByRole('table', { name: /^Figures kept on / });
  await expect(kept.getByRole('row', { name: /Skills at their target/ })).toContainText('1 of 3');
  await expect(reviewList(app).first()).toContainText('Complete');
  // Dated a quarter back, the next one is due about now.
  await expect(app.getByText(/Your next review is due (today|.+, in \d+ days?)\./)).toBeVisible();
  await expect(app.getByText('Once you complete a second review')).toBeVisible();

  // Python reaches its target before the next review.
  await putRows(app, 'skills', [skill('python', 'Python', 4, 4)]);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();

  // A double press starts one review, not two.
  await app.getByRole('button', { name: 'Start a review' }).dblclick();
  await expect(app.getByLabel('What moved')).toBeFocused();
  await expect(reviewList(app)).toHaveCount(2);
  await expect(app.getByRole('button', { name: 'Continue the review' })).toBeVisible();
  await app.keyboard.type('Python is where I wanted it.');
  await app.getByLabel('What I learned').fill('Short weekly blocks beat one long Saturday.');
  await app.getByLabel('What next').fill('Two informational interviews with product managers.');
  await expectSaved(app);
  await app.getByRole('button', { name: 'Complete this review' }).click();
  await expect(app.getByRole('button', { name: 'Start a review' })).toBeVisible();

  // Side by side: the earlier review first, each figure's change in words.
  const compared = app.getByRole('table', { name: /^Spring compared with / });
  await expect(compared.getByRole('row', { name: /Skills at their target/ })).toHaveText(/Skills at their target1 of 32 of 3\+1, better/);
  await expect(compared.getByRole('row', { name: /People contacted/ })).toContainText('no change');
  await expect(app.getByRole('img', { name: /^Skills at their target: 1 on .+, 2 on .+$/ })).toBeVisible();
  await app.getByRole('heading', { name: 'Your figures over time' }).scrollIntoViewIfNeeded();
  await snap(app, 'trend-and-comparison');

  // Either side can be any completed review.
  const earlier = app.getByLabel('Earlier');
  await earlier.selectOption({ index: 1 });
  const same = app.getByRole('table', { name: /^(\d{4} Q[1-4]) compared with \1$/ });
  await expect(same.getByRole('row', { name: /Skills at their target/ })).toContainText('no change');
  await earlier.selectOption({ index: 0 });
  await expect(compared).toBeVisible();

  await app.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(app, 'reviews, dark');
  await snap(app, 'trend-and-comparison-dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(app, 'reviews, light');

  // A deleted review comes back with undo, figures and all.
  await app.getByRole('button', { name: 'Delete the review Spring' }).click();
  await expect(reviewList(app)).toHaveCount(1);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(reviewList(app)).toHaveCount(2);
  await expect(app.getByRole('img', { name: /^Skills at their target: 1 on .+, 2 on .+$/ })).toBeVisible();

  // At 200% zoom nothing makes the page scroll sideways.
  await app.evaluate(() => {
    document.body.style.zoom = '2';
  });
  const sidewaysOverflow = () =>
    app.evaluate(() => {
      const main = document.querySelector('main');
      return main ? main.scrollWidth - main.clientWidth : 0;
    });
  await expect.poll(sidewaysOverflow).toBeLessThanOrEqual(0);
  await snap(app, 'zoomed');
});

test('a review cannot lose its period name, and text typed just before a reload is kept', async ({ app }) => {
  await createWorkbook(app, 'Review edge cases');
  await openReviews(app);
  await app.getByRole('button', { name: 'Start your first review' }).click();
  const period = app.getByLabel('Period');
  await period.fill('   ');
  await period.blur();
  await expect(app.getByText('Period needs a name, such as “2026 Q4”.')).toBeVisible();
  await expect(period).toHaveAttribute('aria-invalid', 'true');

  await app.getByLabel('What moved').fill('Typed and reloaded at once');
  await app.reload();
  await expect(app.getByLabel('What moved')).toHaveValue('Typed and reloaded at once');
  await expectSaved(app);
  // The refused name was never stored: the list keeps the period's own name.
  await expect(reviewList(app).first()).toContainText(/^\s*\d{4} Q[1-4]\s/);
});
