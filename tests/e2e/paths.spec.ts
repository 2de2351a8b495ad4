import type { Locator, Page } from '@playwright/test';
import { pathSchema, personSchema, valueSortSchema } from '../../src-main/shared/workbook';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { putRows } from './page-storage';
import { createWorkbook, ratedSkillRows, seedSkills } from './skills-helpers';
import { expectSaved } from './workbook-helpers';

/* The Paths journeys: a pursued path's gaps closed one step at a time and seen in Skills; paths compared. */

const stamp = '2026-03-02T10:00:00.000Z';

/** SQL at 2 of 5 (aiming for 3), enjoyed: the inventory the paths are read against. */
const skills = ratedSkillRows([['SQL', 2, 4]]);

const sort = valueSortSchema.parse({
  id: 'sort-1',
  startedAt: stamp,
  completedAt: stamp,
  placements: { autonomy: 'always', 'helping-others': 'always' },
  core: [
    { valueId: 'autonomy', meaning: '' },
    { valueId: 'helping-others', meaning: '' },
  ],
  createdAt: stamp,
  updatedAt: stamp,
});

const mentor = personSchema.parse({
  id: 'person-1',
  name: 'Amira Haddad',
  roles: ['mentor'],
  organisation: 'Northwind',
  title: 'Head of analytics',
  howWeMet: '',
  canHelpWith: [],
  contact: '',
  cadenceDays: null,
  lastContact: null,
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
});

const sidebar = (app: Page) => app.getByRole('navigation', { name: 'Workbook sections' });
const addForm = (app: Page) => app.getByRole('form', { name: 'Add a path' });
const nameField = (app: Page) => addForm(app).getByLabel('Name', { exact: true });
const pathRows = (app: Page) => app.getByRole('region', { name: 'Your paths' }).getByRole('listitem');
const panel = (app: Page, name: string) => app.getByRole('region', { name, exact: true });

async function openSection(app: Page, name: string): Promise<void> {
  const link = sidebar(app).getByRole('link', { name: new RegExp(`^${name}`) });
  await link.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
}

async function seedSkillsAndValues(app: Page): Promise<void> {
  await seedSkills(app, skills);
  await putRows(app, 'valueSorts', [sort]);
  await putRows(app, 'people', [mentor]);
  await app.reload();
}

async function addRequirement(scope: Locator, name: string, level: number): Promise<void> {
  const form = scope.getByRole('group', { name: 'Skills this path needs' });
  await form.getByLabel('Skill', { exact: true }).fill(name);
  await form.getByLabel('Level needed', { exact: true }).selectOption(String(level));
  await form.getByRole('button', { name: 'Add skill' }).click();
  await expect(form.getByLabel('Skill', { exact: true })).toHaveValue('');
}

test('a pursued path’s missing skill is added, gets a learning action, and leads What to learn next in Skills', async ({ app }) => {
  await createWorkbook(app, 'Paths journey');
  await seedSkillsAndValues(app);
  await openSection(app, 'Paths');
  await expect(app.getByRole('heading', { name: 'Which futures could you grow into?' })).toBeVisible();
  await snap(app, 'empty');

  // The first path by keyboard alone: a name of spaces is refused, then a name, the kind, Enter.
  await app.getByRole('button', { name: 'Add your first path' }).focus();
  await app.keyboard.press('Enter');
  await expect(nameField(app)).toBeFocused();
  await app.keyboard.type('   ');
  await app.keyboard.press('Enter');
  await expect(app.getByText('Name is needed: a few words you would recognise it by.')).toBeVisible();
  await expect(nameField(app)).toHaveAttribute('aria-invalid', 'true');
  await app.keyboard.press('Control+a');
  await app.keyboard.type('Product manager — data “tools” 🚀');
  await app.keyboard.press('Tab');
  await expect(addForm(app).getByRole('radio', { name: /Current track/ })).toBeFocused();
  await expect(addForm(app).getByRole('radio', { name: /Current track/ })).toBeChecked();
  await app.keyboard.press('ArrowDown');
  await expect(addForm(app).getByRole('radio', { name: /Alternative/ })).toBeChecked();
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  // Focus stays in the form for the next path; the panel opens beside it.
  await expect(nameField(app)).toBeFocused();
  await expect(nameField(app)).toHaveValue('');
  const name = 'Product manager — data “tools” 🚀';
  const pathPanel = panel(app, name);
  await expect(pathPanel).toBeVisible();
  await expect(pathRows(app)).toHaveCount(1);
  await expect(pathRows(app).first()).toContainText('Alternative · Exploring');
  await app.getByRole('button', { name: 'Done' }).click();

  // Pursue it, with a target role and two skills: one the inventory lacks, one it has below the level.
  await pathPanel.getByLabel('Status').selectOption({ label: 'Pursuing' });
  await pathPanel.getByRole('textbox', { name: 'Add a target role' }).fill('Product manager');
  await pathPanel.getByRole('button', { name: 'Add role' }).click();
  await expect(pathPanel.getByRole('button', { name: 'Remove the role Product manager' })).toBeVisible();
  await addRequirement(pathPanel, 'Stakeholder management', 4);
  await addRequirement(pathPanel, 'sql', 4);
  await expect(pathPanel.getByRole('list', { name: 'Skills this path needs' }).getByRole('listitem')).toHaveText([
    /Stakeholder management/,
    /SQL/,
  ]);
  // The same skill twice is refused at the field.
  await addRequirement(pathPanel, 'Stakeholder management', 2).catch(() => undefined);
  await expect(pathPanel.getByText('This path already lists Stakeholder management.')).toBeVisible();
  await pathPanel.getByLabel('Skill', { exact: true }).fill('');

  const missing = pathPanel.getByRole('list', { name: 'Skills missing from your inventory' });
  const below = pathPanel.getByRole('list', { name: 'Skills below the level needed' });
  await expect(missing.getByRole('listitem')).toHaveText([/Stakeholder management\s*needs level 4/]);
  await expect(below.getByRole('listitem')).toHaveText([/SQL\s*2 levels short of level 4/]);
  await expect(pathPanel.getByRole('definition').first()).toHaveText('25%');
  await pathPanel.getByRole('heading', { name: 'Skill gaps and fit' }).scrollIntoViewIfNeeded();
  await snap(app, 'gap-analysis');

  // One step each: add the missing skill (focus moves to its next step), then plan learning for it.
  await missing.getByRole('button', { name: 'Add to my skills: Stakeholder management' }).click();
  await expect(missing).toHaveCount(0);
  const planButton = below.getByRole('button', { name: 'Plan learning for Stakeholder management' });
  await expect(planButton).toBeFocused();
  await expect(below.getByRole('listitem').filter({ hasText: 'Stakeholder management' })).toContainText('needs level 4; not rated yet');
  await app.keyboard.press('Enter');
  await expect(below.getByRole('listitem').filter({ hasText: 'Stakeholder management' })).toContainText('Learning planned');
  await expectSaved(app);
  await snap(app, 'gap-steps-taken');

  // Values and a gauge: serving one of two core values reads +50 %.
  await pathPanel.getByRole('group', { name: 'Autonomy' }).getByRole('radio', { name: 'Serves' }).check();
  await expect(pathPanel.getByRole('definition').nth(1)).toHaveText('+50%');
  await pathPanel.getByRole('group', { name: /^Liking/ }).getByRole('radio', { name: /^4/ }).check();

  // An open question tested by a small experiment.
  await pathPanel.getByRole('textbox', { name: 'New question' }).fill('Would I enjoy running discovery interviews?');
  await pathPanel.getByRole('button', { name: 'Add question' }).click();
  await pathPanel.getByRole('button', { name: /^Add an experiment/ }).click();
  await expect(pathPanel.getByLabel('Experiment', { exact: true })).toBeFocused();
  await pathPanel.getByLabel('What you will do').fill('Coffee with a product manager at Northwind');
  await expectSaved(app);
  await expect(pathRows(app).first()).toContainText('Skills 25% · Values +50% · 1 open question');
  await snap(app, 'path-filled');
  await expectAccessible(app, 'paths with the panel open');
  await app.keyboard.press('Escape');
  await expect(pathPanel).toHaveCount(0);

  // Skills: the pursued path puts its skills first in What to learn next, saying why.
  await openSection(app, 'Skills');
  await app.getByRole('tab', { name: 'Learning plan' }).click();
  const next = app.getByRole('list', { name: 'What to learn next' }).getByRole('listitem');
  await expect(next).toHaveText([
    /^Stakeholder management\s*Not rated yet, and a path you are pursuing needs level 4\./,
    /^SQL\s*2 levels to go to the level a path you are pursuing needs, and you enjoy it\./,
  ]);
  await next.first().scrollIntoViewIfNeeded();
  await snap(app, 'skills-what-to-learn-next');
  await next.first().getByRole('button', { name: 'Plan learning for Stakeholder management' }).click();
  await expect(panel(app, 'Stakeholder management')).toContainText('Reach level 4 in Stakeholder management');
  await app.keyboard.press('Escape');

  // Back in the path, the planned skill links to its own panel in Skills.
  await openSection(app, 'Paths');
  await pathRows(app).first().getByRole('button').first().click();
  await pathPanel.getByRole('link', { name: 'open in Skills for Stakeholder management' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Skills', exact: true })).toBeVisible();
  await expect(panel(app, 'Stakeholder management')).toContainText('Reach level 4 in Stakeholder management');
});

test('two paths side by side in the comparison table, kept by keyboard, light and dark, and a deleted path comes back', async ({ app }) => {
  await createWorkbook(app, 'Paths compared');
  await seedSkillsAndValues(app);
  await openSection(app, 'Paths');

  // Two paths added without the mouse; the second is a wild card.
  await app.getByRole('button', { name: 'Add your first path' }).focus();
  await app.keyboard.press('Enter');
  await app.keyboard.type('Analytics lead');
  await app.keyboard.press('Enter');
  await expect(pathRows(app)).toHaveCount(1);
  await expect(nameField(app)).toBeFocused();
  await app.keyboard.type('Teaching data skills');
  await app.keyboard.press('Tab');
  await expect(addForm(app).getByRole('radio', { name: /Alternative/ })).toBeChecked();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(pathRows(app)).toHaveCount(2);
  await expect(pathRows(app).nth(1)).toContainText('Wild card · Exploring');
  await expect(pathRows(app).nth(1)).toContainText('No skills listed yet · Values not marked yet · No open questions');
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Done' }).click();

  // The first path needs SQL at 2, which the inventory has: full coverage; its gauges rated.
  await pathRows(app).first().getByRole('button', { name: /^Analytics lead/ }).click();
  const lead = panel(app, 'Analytics lead');
  await expect(lead.getByLabel('Name', { exact: true })).toBeFocused();
  await addRequirement(lead, 'SQL', 2);
  await expect(lead.getByText('You have every skill this path needs, at the level it needs.')).toBeVisible();
  // A skill taken off the path comes back with Ctrl+Z, focus on its level.
  await addRequirement(lead, 'Hiring', 3);
  await lead.getByRole('button', { name: 'Remove Hiring from this path' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText('Deleted “Hiring”, a skill Analytics lead needs.')).toBeVisible();
  await expect(lead.getByRole('button', { name: 'Remove SQL from this path' })).toBeFocused();
  await expect(lead.getByText('You have every skill this path needs, at the level it needs.')).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(lead.getByLabel('Level needed for Hiring')).toBeFocused();
  await expect(lead.getByLabel('Level needed for Hiring')).toHaveValue('3');
  // Removing the first skill leaves focus on the next one's remove button, which stays where it is.
  await lead.getByRole('button', { name: 'Remove SQL from this path' }).focus();
  await app.keyboard.press('Enter');
  await expect(lead.getByRole('list', { name: 'Skills this path needs' }).getByRole('listitem')).toHaveCount(1);
  await expect(lead.getByRole('button', { name: 'Remove Hiring from this path' })).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(lead.getByLabel('Level needed for SQL')).toBeFocused();
  await lead.getByRole('button', { name: 'Remove Hiring from this path' }).click();
  await expect(lead.getByText('You have every skill this path needs, at the level it needs.')).toBeVisible();
  // Someone from People who can help: a name not there is refused at the field.
  const helper = lead.getByRole('combobox', { name: 'Add a person who can help' });
  await helper.fill('Nobody Known');
  await lead.getByRole('button', { name: 'Add person' }).click();
  await expect(lead.getByText('That person is not in your People yet: add them there first.')).toBeVisible();
  await helper.fill('amira haddad');
  await lead.getByRole('button', { name: 'Add person' }).click();
  await expect(lead.getByRole('list', { name: 'People who can help on this path' })).toHaveText('Amira Haddad');
  await expect(helper).toHaveValue('');
  await lead.getByRole('group', { name: /^Resources/ }).getByRole('radio', { name: /^3/ }).check();
  await lead.getByRole('group', { name: 'Helping others' }).getByRole('radio', { name: 'Strains' }).check();
  await expectSaved(app);
  await app.keyboard.press('Escape');
  await expect(pathRows(app).first().getByRole('button', { name: /^Analytics lead/ })).toBeFocused();

  const table = app.getByRole('table', { name: 'Each path’s figures, gauges and open questions' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toHaveText(/Analytics lead\s*Current track\s*Exploring\s*100%\s*-50%\s*0\s*0\s*3/);
  await expect(table.getByRole('row').nth(2)).toHaveText(/Teaching data skills\s*Wild card\s*Exploring\s*No skills listed yet\s*Not marked yet/);
  await table.scrollIntoViewIfNeeded();
  await snap(app, 'comparison');
  await expectAccessible(app, 'paths compared');

  // The wild card moves up by keyboard; focus follows it.
  await pathRows(app).nth(1).getByRole('button', { name: 'Move Teaching data skills up' }).focus();
  await app.keyboard.press('Enter');
  await expect(pathRows(app).first()).toContainText('Teaching data skills');
  await expect(pathRows(app).first().getByRole('button', { name: 'Move Teaching data skills down' })).toBeFocused();

  await app.emulateMedia({ colorScheme: 'dark' });
  await pathRows(app).first().getByRole('button', { name: /^Teaching data skills/ }).click();
  await snap(app, 'dark-with-panel');
  await expectAccessible(app, 'paths, dark, with the panel open');

  // Deleting a path offers undo; Ctrl+Z brings it back with focus on its row.
  await panel(app, 'Teaching data skills').getByRole('button', { name: 'Delete path' }).click();
  await expect(pathRows(app)).toHaveCount(1);
  await app.keyboard.press('Control+z');
  await expect(pathRows(app)).toHaveCount(2);
  await expect(pathRows(app).first().getByRole('button', { name: /^Teaching data skills/ })).toBeFocused();
  await snap(app, 'dark');
  await app.emulateMedia({ colorScheme: 'light' });
});

/** How far the page, the main content and an open side panel's body scroll sideways (0 when they fit). */
async function sidewaysOverflow(app: Page): Promise<{ page: number; main: number; panel: number }> {
  return app.evaluate(() => {
    const overflow = (element: Element | null) => (element ? element.scrollWidth - element.clientWidth : 0);
    return {
      page: overflow(document.scrollingElement ?? document.documentElement),
      main: overflow(document.querySelector('main')),
      panel: overflow(document.querySelector('.side-panel .body')),
    };
  });
}

test('Paths reflows at 200 % zoom: the list, the comparison and a long path in its panel', async ({ app }) => {
  await createWorkbook(app, 'Zoomed paths');
  await seedSkillsAndValues(app);
  const longWord = 'Produktmanagementverantwortlichkeitsübernahme';
  await putRows(app, 'paths', [
    pathSchema.parse({
      id: 'path-1',
      name: `Lead a data-products team at a company that sells ${longWord}`,
      kind: 'alternative',
      status: 'pursuing',
      description: 'Five years from now I run discovery and delivery for the data products of a mid-sized firm.',
      targetRoles: ['Head of data products', longWord],
      requiredSkills: [
        { skillId: 'seeded-0', name: 'SQL', level: 4 },
        { skillId: null, name: `Stakeholder management across ${longWord}`, level: 5 },
      ],
      servesValues: ['autonomy'],
      threatensValues: ['helping-others'],
      gauges: { resources: 2, liking: 5, confidence: 3, coherence: null },
      uncertainties: [
        {
          id: 'question-1',
          question: 'Would I enjoy running discovery interviews every week?',
          experiments: [{ id: 'test-1', kind: 'shadowing', description: 'Shadow a product manager for a day', status: 'planned', learned: '' }],
        },
      ],
      personIds: ['person-1'],
      order: 0,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await app.setViewportSize({ width: 640, height: 800 });
  await app.evaluate(() => (window.location.hash = '#/paths'));
  await app.reload();
  await expect(pathRows(app)).toHaveCount(1);
  expect(await sidewaysOverflow(app)).toEqual({ page: 0, main: 0, panel: 0 });
  await snap(app, 'list-640');

  // A link that names the path (as the Overview's do) opens its panel.
  await app.evaluate(() => (window.location.hash = '#/paths/path-1'));
  const opened = app.getByRole('region', { name: /^Lead a data-products team/ });
  await expect(opened.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(opened.getByRole('list', { name: 'Skills missing from your inventory' })).toContainText(longWord);
  expect(await sidewaysOverflow(app)).toEqual({ page: 0, main: 0, panel: 0 });
  await snap(app, 'panel-640');
  await opened.getByRole('heading', { name: 'Skill gaps and fit' }).scrollIntoViewIfNeeded();
  await snap(app, 'panel-gaps-640');
  await expectAccessible(app, 'paths at 200 % zoom with the panel open');
});
