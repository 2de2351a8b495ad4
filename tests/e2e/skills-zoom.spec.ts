import type { Page } from '@playwright/test';
import { skillSchema } from '../../src-main/shared/workbook';
import { expect, snap, test } from './harness/fixtures';
import { addForm, createWorkbook, nameInput, panel, seedSkills, skillList } from './skills-helpers';

/* Skills at 200 % zoom: a 1280 px window shows 640 CSS pixels; the page must reflow, not scroll sideways. */

test.describe.configure({ timeout: 90_000 });

const stamp = '2026-03-02T10:00:00.000Z';
const seeded = [
  ['Negotiation with suppliers and partners', 'people', 4, 2, 5],
  ['Python', 'technical', 2, 5, 5],
  ['Public speaking', 'transferable', 3, 4, 4],
  ['Bookbinding', 'Craft and making things by hand', 1, 1, 2],
  ['A skill not rated yet', 'domain', null, null, null],
] as const;

/** How far the page and the main content scroll sideways (0 when they fit). */
async function sidewaysOverflow(app: Page): Promise<{ page: number; main: number }> {
  return app.evaluate(() => {
    const page = document.scrollingElement ?? document.documentElement;
    const main = document.querySelector('main');
    return {
      page: page.scrollWidth - page.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
}

/** Every control of the Skills page lies inside the main content's box (within its padding, not over it). */
async function controlsCutOff(app: Page): Promise<string[]> {
  return app.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no main'];
    const bounds = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const left = bounds.left + main.clientLeft + parseFloat(style.paddingLeft);
    const right = bounds.left + main.clientLeft + main.clientWidth - parseFloat(style.paddingRight);
    const controls = main.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], dd, li');
    return [...controls]
      .filter((control) => control.offsetParent !== null && !control.closest('.sidebar-toggle'))
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.left < left - 0.5 || box.right > right + 0.5;
      })
      .map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName);
  });
}

async function expectReflowed(app: Page, where: string): Promise<void> {
  expect(await sidewaysOverflow(app), `${where}: sideways scrolling`).toEqual({ page: 0, main: 0 });
  expect(await controlsCutOff(app), `${where}: controls cut off`).toEqual([]);
}

test('the Skills page reflows at 200 % zoom with the sidebar shown, and at 450 px with it hidden', async ({ app }) => {
  await createWorkbook(app, 'Zoomed');
  await seedSkills(
    app,
    seeded.map(([name, category, proficiency, enjoyment, targetLevel], index) =>
      skillSchema.parse({
        id: `zoom-${index}`,
        name,
        category,
        proficiency,
        enjoyment,
        targetLevel,
        notes: '',
        evidence: [],
        order: index,
        createdAt: stamp,
        updatedAt: stamp,
      }),
    ),
  );
  await app.setViewportSize({ width: 640, height: 800 });
  await app.evaluate(() => (window.location.hash = '#/skills'));
  await app.reload();
  await expect(skillList(app).getByRole('listitem')).toHaveCount(seeded.length);

  for (const [width, sidebar] of [
    [640, 'shown'],
    [450, 'hidden'],
  ] as const) {
    await app.setViewportSize({ width, height: 800 });
    if (sidebar === 'hidden') await app.getByRole('button', { name: 'Hide sidebar' }).click();
    await app.getByRole('tab', { name: 'Inventory' }).click();
    await expect(skillList(app).getByRole('button', { name: 'Move Python up' })).toBeVisible();
    await expectReflowed(app, `inventory at ${width} px`);
    await snap(app, `inventory-${width}`);

    await app.getByRole('button', { name: 'Add skill' }).click();
    await expectReflowed(app, `add form at ${width} px`);
    await snap(app, `add-form-${width}`);
    // No room for a panel beside the form: the skill is added and listed, and the form stays in view.
    const added = `Woodturning ${width}`;
    await nameInput(app).fill(added);
    await nameInput(app).press('Escape');
    await nameInput(app).press('Enter');
    await expect(skillList(app).getByRole('button', { name: new RegExp(`^${added}`) })).toBeVisible();
    await expect(panel(app, added)).toHaveCount(0);
    await expect(nameInput(app)).toBeFocused();
    await expect(addForm(app)).toBeInViewport();
    await app.getByRole('button', { name: 'Done adding' }).click();

    await app.getByRole('tab', { name: 'Motivated-skills map' }).click();
    await expect(app.getByRole('heading', { name: 'Motivated-skills map' })).toBeVisible();
    await expectReflowed(app, `map at ${width} px`);
    await snap(app, `map-${width}`);

    await app.getByRole('tab', { name: 'Learning plan' }).click();
    await expectReflowed(app, `learning plan at ${width} px`);
    await snap(app, `plan-${width}`);
  }
});
