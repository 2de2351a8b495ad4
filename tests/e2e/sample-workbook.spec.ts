import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { heading, openSwitcher, switcherToggle } from './workbook-helpers';

/* The bundled sample workbook: opened from the welcome screen and the switcher, a finished plan in every section. */

const sampleTitle = 'Maya Okafor (sample)';

async function openSection(app: Page, name: string): Promise<void> {
  const escaped = name.replace(/[?]/g, '\\?');
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: new RegExp(`^${escaped}`) }).click();
  await expect(heading(app, name)).toBeVisible();
}

/** Each section with something from the sample that shows there, instead of the section's empty state. */
const sections: ReadonlyArray<{ name: string; content: (app: Page) => Locator }> = [
  { name: 'Vision', content: (app) => app.getByRole('textbox', { name: 'Where I want to be in 5 years' }) },
  { name: 'Job or career?', content: (app) => app.getByRole('button', { name: /^14 Nov 2025 Senior data analyst, Kestrelway Freight/ }) },
  { name: 'Skills', content: (app) => app.getByText('Statistics and experiment design', { exact: true }) },
  { name: 'Values', content: (app) => app.getByRole('region', { name: 'Your core values' }).getByText('I do my best work when I am allowed to dig.', { exact: false }) },
  { name: 'People', content: (app) => app.getByText('Agreed: Send Hannah the one-page case for each path') },
  { name: 'Paths', content: (app) => app.getByRole('table', { name: /./ }).getByText('Move into product management') },
  { name: 'Milestones', content: (app) => app.getByRole('button', { name: /Finish the product discovery course/ }).first() },
  { name: 'Experience', content: (app) => app.getByRole('article', { name: 'Operations planner' }) },
  { name: 'Reviews', content: (app) => app.getByRole('button', { name: '2026 Q2 29 May 2026 Complete' }) },
];

async function openSampleFromWelcome(app: Page): Promise<void> {
  await expect(app.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
  await app.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(heading(app, sampleTitle)).toBeVisible();
}

test('the sample opens from the welcome screen with every section filled, in light and dark', async ({ app }) => {
  test.setTimeout(120_000);
  await snap(app, 'welcome');
  await openSampleFromWelcome(app);

  await expect(app.getByRole('textbox', { name: 'Your name' })).toHaveValue('Maya Okafor');
  const attention = app.getByRole('region', { name: 'Needs your attention' });
  await expect(attention.getByRole('link', { name: /Write Rafael a short note/ })).toBeVisible();
  await expect(attention.getByRole('link', { name: 'Cloud data warehouse associate certification' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Your plan so far' })).toContainText('100% complete');
  await snap(app, 'overview');
  await expectAccessible(app, 'sample overview');

  for (const section of sections) {
    await openSection(app, section.name);
    await expect(section.content(app), section.name).toBeVisible();
    await snap(app, section.name);
    await expectAccessible(app, `sample ${section.name}`);
  }
  await openSection(app, 'Vision');
  await expect(app.getByRole('textbox', { name: 'Where I want to be in 5 years' })).toHaveValue(/^I lead a small team/);
  await openSection(app, 'People');
  await expect(app.getByRole('heading', { level: 3, name: 'Connector' }).locator('..')).toContainText('Empty seat.');

  await app.emulateMedia({ colorScheme: 'dark' });
  for (const section of sections) {
    await openSection(app, section.name);
    await expect(section.content(app), section.name).toBeVisible();
    await expectAccessible(app, `sample ${section.name}, dark`);
  }
  await snap(app, 'reviews-dark');
});

test('opening the sample again from the switcher makes a second copy, edited apart from the first', async ({ app }) => {
  await openSampleFromWelcome(app);
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(heading(app, `${sampleTitle} (2)`)).toBeVisible();
  await expect(switcherToggle(app)).toHaveAttribute('aria-expanded', 'false');

  await openSwitcher(app);
  const listed = app.getByRole('list', { name: 'Your workbooks' }).getByRole('button');
  await expect(listed).toHaveText([`${sampleTitle} Maya Okafor`, `${sampleTitle} (2) Maya Okafor`]);
  await snap(app, 'two copies');
  await switcherToggle(app).click();

  const name = app.getByRole('textbox', { name: 'Your name' });
  await name.fill('Maya O.');
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await openSwitcher(app);
  await listed.filter({ hasText: /\(sample\) Maya/ }).click();
  await expect(heading(app, sampleTitle)).toBeVisible();
  await expect(name).toHaveValue('Maya Okafor');
  await openSection(app, 'Skills');
  await expect(app.getByText('16 skills')).toBeVisible();
});
