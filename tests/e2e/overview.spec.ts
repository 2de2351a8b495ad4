import type { Page } from '@playwright/test';
import { learningActionSchema, lensIds, milestoneSchema, personSchema, reviewSchema, roleCheckSchema, skillSchema } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { putRows } from './page-storage';
import { createWorkbook, isoDay } from './skills-helpers';

/* The Overview journey: a first-run guide for an empty workbook; what is due, each opening where it is edited. */

const stamp = '2026-03-02T10:00:00.000Z';
const attention = (app: Page) => app.getByRole('region', { name: 'Needs your attention' });

async function seedWhatIsDue(app: Page): Promise<void> {
  await putRows(app, 'skills', [
    skillSchema.parse({
      id: 'skill-sql',
      name: 'SQL',
      category: 'technical',
      proficiency: 3,
      enjoyment: 4,
      targetLevel: 4,
      notes: '',
      evidence: [],
      order: 0,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  const action = { provider: '', cost: null, hours: null, notes: '', createdAt: stamp, updatedAt: stamp };
  await putRows(app, 'learningActions', [
    learningActionSchema.parse({ ...action, id: 'course', skillId: 'skill-sql', kind: 'course', title: 'Advanced SQL course', status: 'in-progress', dueDate: isoDay(-3), expiresOn: null }),
    learningActionSchema.parse({ ...action, id: 'cert', skillId: 'skill-sql', kind: 'certification', title: 'Database certificate', status: 'done', dueDate: null, expiresOn: isoDay(20) }),
  ]);
  await putRows(app, 'people', [
    personSchema.parse({
      id: 'amira',
      name: 'Amira Haddad',
      roles: ['mentor'],
      organisation: 'Northwind',
      title: '',
      howWeMet: '',
      canHelpWith: [],
      contact: '',
      cadenceDays: 28,
      lastContact: isoDay(-40),
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await putRows(app, 'reviews', [
    reviewSchema.parse({
      id: 'spring',
      period: '2026 Spring',
      date: isoDay(-100),
      status: 'complete',
      moved: '',
      stuck: '',
      next: '',
      completedAt: stamp,
      figures: null,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await putRows(app, 'milestones', [
    milestoneSchema.parse({
      id: 'portfolio',
      title: 'Publish a portfolio',
      horizon: '90d',
      specific: '',
      measure: '',
      whyItMatters: '',
      valueIds: [],
      targetDate: isoDay(30),
      pathId: null,
      skillIds: [],
      personIds: [],
      status: 'in-progress',
      progress: 0,
      steps: [{ id: 'pick', text: 'Pick three projects', done: false, due: isoDay(5) }],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await putRows(app, 'roleChecks', [
    roleCheckSchema.parse({
      id: 'check',
      date: isoDay(-10),
      role: 'Data analyst',
      lenses: Object.fromEntries(lensIds.map((lens) => [lens, { score: 3, note: '' }])),
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
}

test('an empty workbook shows where to start; later the Overview lists what is due and each item opens where it is edited', async ({ app }) => {
  await createWorkbook(app, 'Weekly look');
  const guide = app.getByRole('region', { name: 'Where to start' });
  await expect(guide.getByRole('listitem')).toHaveCount(9);
  await expect(guide.getByRole('listitem').first()).toContainText('Experience');
  await expect(app.getByText('Add 5 more skills and plan learning for one.')).toBeVisible();
  await expectAccessible(app, 'overview, first run');
  await snap(app, 'first-run');

  await seedWhatIsDue(app);
  await app.reload();
  await expect(guide).toHaveCount(0);
  await expect(attention(app).getByRole('region', { name: 'Get back in touch' })).toContainText(/Amira Haddad\s*Overdue by 12 days/);
  const learning = attention(app).getByRole('region', { name: 'Learning' });
  await expect(learning.getByRole('listitem')).toHaveText([/Advanced SQL course\s*Overdue: was due/, /Database certificate\s*Expires .+: time to renew/]);
  await expect(attention(app)).toContainText(/Last review 2026 Spring, 100 days ago\. The next was due/);
  await expect(attention(app)).toContainText('Data analyst on');
  await expect(attention(app)).toContainText('reads as a career step (3 of 5).');
  await expect(attention(app).getByRole('region', { name: 'Next actions' })).toContainText(/Pick three projects \(Publish a portfolio\)\s*Due/);
  await expect(attention(app).getByRole('region', { name: 'Milestones' })).toContainText('Publish a portfolio');
  await expectAccessible(app, 'overview, what is due');
  await snap(app, 'what-is-due');

  // By keyboard: the person opens in People, in their panel.
  await attention(app).getByRole('link', { name: 'Amira Haddad' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const panel = app.getByRole('region', { name: 'Amira Haddad', exact: true });
  await expect(panel.getByLabel('Name', { exact: true })).toHaveValue('Amira Haddad');
  // The address loses the item once it is opened: going back to People later does not reopen it.
  await expect.poll(() => app.evaluate(() => window.location.hash)).toBe('#/people');

  await app.goBack();
  await expect(attention(app)).toBeVisible();
  await learning.getByRole('link', { name: 'Advanced SQL course' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'SQL', exact: true })).toBeVisible();

  await app.goBack();
  await attention(app).getByRole('link', { name: /^Pick three projects/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Milestones' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Publish a portfolio', exact: true }).getByLabel('Milestone', { exact: true })).toHaveValue('Publish a portfolio');

  await app.goBack();
  await attention(app).getByRole('link', { name: 'Reviews' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  await expect(app.locator('[data-review-id="spring"] button.open')).toBeFocused();

  await app.goBack();
  await attention(app).getByRole('link', { name: 'Job or career?' }).click();
  await expect(app.locator('[data-check-id="check"] button.open')).toBeFocused();

  // An item that is gone opens its section, with focus on the page heading.
  await app.evaluate(() => {
    window.location.hash = '#/reviews/no-such-review';
  });
  await expect(app.getByRole('heading', { level: 1, name: 'Reviews' })).toBeFocused();

  await app.goto(app.url().replace(/#.*$/, '#/overview'));
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(app, 'overview, dark');
  await snap(app, 'what-is-due-dark');
});
