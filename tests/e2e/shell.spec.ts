import type { Page } from '@playwright/test';
import { sectionIds, sectionTitles } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';

async function startWorkbook(app: Page, title = 'My career plan'): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Sections whose tools exist open on an empty state with the button that adds the first item. */
const sectionsWithTools: Partial<Record<(typeof sectionIds)[number], RegExp>> = {
  skills: /^Add (your first )?skill$/,
  values: /^Start the card sort$/,
  experience: /^Add (your first )?experience$/,
  'job-or-career': /^Start your first check$/,
  people: /^Add (your first )?person$/,
  paths: /^Add (your first )?path$/,
  reviews: /^Start your first review$/,
  milestones: /^Add (your first )?milestone$/,
};

/** Sections whose tools exist and open straight on their fields, with nothing to add first. */
const sectionsWithFields: Partial<Record<(typeof sectionIds)[number], string>> = {
  vision: 'Where I want to be in 5 years',
};

const sidebar = (app: Page) => app.getByRole('navigation', { name: 'Workbook sections' });

test('every section opens from the sidebar, explains itself, and passes axe', async ({ app }) => {
  await startWorkbook(app);
  await snap(app, 'overview-empty');

  for (const section of sectionIds.filter((id) => id !== 'overview')) {
    await sidebar(app).getByRole('link', { name: new RegExp(`^${escapeRegExp(sectionTitles[section])}`) }).click();
    await expect(app.getByRole('heading', { level: 1, name: sectionTitles[section], exact: true })).toBeVisible();
    const firstStep = sectionsWithTools[section];
    const firstField = sectionsWithFields[section];
    if (firstStep) await expect(app.getByRole('button', { name: firstStep }).first()).toBeVisible();
    else if (firstField) await expect(app.getByRole('textbox', { name: firstField, exact: true })).toBeVisible();
    else await expect(app.getByText('A question to start with')).toBeVisible();
    await expect(app).toHaveURL(new RegExp(`#/${section}$`));
    await snap(app, section);
    await expectAccessible(app, sectionTitles[section]);
  }

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Reviews', exact: true })).toBeVisible();
});

test('the sidebar works with the keyboard alone, and page focus follows navigation', async ({ app }) => {
  await startWorkbook(app);
  const skills = sidebar(app).getByRole('link', { name: /^Skills/ });
  await skills.focus();
  await expect(skills).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Skills', exact: true })).toBeFocused();
  await expect(skills).toHaveAttribute('aria-current', 'page');
  await expect(skills).toContainText('not started');

  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Hide sidebar' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(sidebar(app)).toHaveCount(0);
  await snap(app, 'sidebar-collapsed');
  await app.getByRole('button', { name: 'Show sidebar' }).press('Enter');
  await expect(sidebar(app)).toBeVisible();
});

test('menu commands from the host move between sections, open Settings and toggle the sidebar', async ({ app, host }) => {
  await startWorkbook(app);
  await host.emit('menuCommand', { kind: 'go-to-section', section: 'people' });
  await expect(app.getByRole('heading', { level: 1, name: 'People', exact: true })).toBeVisible();
  await host.emit('menuCommand', { kind: 'open-settings' });
  await expect(app.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
  await host.emit('menuCommand', { kind: 'toggle-sidebar' });
  await expect(sidebar(app)).toHaveCount(0);
  await host.emit('menuCommand', { kind: 'toggle-sidebar' });
  await host.emit('menuCommand', { kind: 'new-workbook' });
  await expect(app.getByLabel('Title of the new workbook')).toBeFocused();
});

test('Settings change the theme, the date and number format and the currency, and keep them', async ({ app, host }) => {
  await startWorkbook(app);
  await sidebar(app).getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByText('Dates look like 15 March 2027; numbers like 1,234.5.')).toBeVisible();
  await snap(app, 'settings-light');

  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => host.calls.setThemeSource.at(-1)).toEqual(['dark']);
  await app.getByLabel('Language and region').selectOption('de-DE');
  await expect(app.getByText('Dates look like 15. März 2027; numbers like 1.234,5.')).toBeVisible();
  await app.getByLabel('Currency for costs').selectOption('CHF');
  await expect(app.getByText(/A course that costs 1490 shows as 1\.490,00\sCHF\./)).toBeVisible();
  await snap(app, 'settings-dark');
  await expectAccessible(app, 'settings (dark)');

  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByLabel('Language and region')).toHaveValue('de-DE');
  await expect(app.getByLabel('Currency for costs')).toHaveValue('CHF');

  await sidebar(app).getByRole('link', { name: /^Overview/ }).click();
  await snap(app, 'overview-dark');
  await expectAccessible(app, 'overview (dark)');
  await app.getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('radio', { name: 'Same as the system' }).check();
  await expect(app.locator('html')).not.toHaveAttribute('data-theme');

  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await app.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(27, 28, 30)');
  await app.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(251, 250, 248)');
  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(background).toBe('rgb(27, 28, 30)');
});

test('the shell stays usable at the narrowest window and at 200% zoom', async ({ app }) => {
  await app.setViewportSize({ width: 900, height: 640 });
  await startWorkbook(app, 'A plan with a rather long title to see how it wraps');
  await snap(app, 'narrow-900');
  await app.evaluate(() => {
    document.body.style.zoom = '2';
  });
  await expect(app.getByRole('button', { name: 'Hide sidebar' })).toBeVisible();
  await app.getByRole('button', { name: 'Hide sidebar' }).click();
  await expect(app.getByLabel('Your name')).toBeVisible();
  await snap(app, 'zoom-200');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
