import type { Locator, Page } from '@playwright/test';
import { skillSchema, type Skill } from '../../src-main/shared/workbook';
import { expect } from './harness/fixtures';
import { putRows } from './page-storage';

/* What the Skills journeys (skills.spec.ts, skills-inventory.spec.ts) share: finding things as a person would. */

/** Today moved by some days, as an ISO day in local time (what a date field takes). */
export function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export async function createWorkbook(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export async function openSkillsOfNewWorkbook(app: Page, title = 'Skills journey'): Promise<void> {
  await createWorkbook(app, title);
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Skills/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
}

export const skillList = (app: Page) => app.getByRole('list', { name: 'Skills' });
export const addForm = (app: Page) => app.getByRole('form', { name: 'Add a skill' });
export const nameInput = (app: Page) => addForm(app).getByLabel('Skill', { exact: true });
export const categoryInput = (app: Page) => addForm(app).getByLabel('Category', { exact: true });
export const panel = (app: Page, name: string) => app.getByRole('region', { name, exact: true });

export async function listedNames(app: Page): Promise<string[]> {
  return skillList(app).locator('.name').allTextContents();
}

export async function expectSaved(app: Page): Promise<void> {
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Adds a skill with the inline form from the keyboard: type, Escape the suggestions, Tab on, choose, Enter. */
export async function addByKeyboard(app: Page, name: string, category: string): Promise<void> {
  const nameField = nameInput(app);
  await nameField.focus();
  await app.keyboard.type(name);
  await app.keyboard.press('Escape');
  await app.keyboard.press('Tab');
  await expect(categoryInput(app)).toBeFocused();
  await categoryInput(app).selectOption({ label: category });
  await nameField.focus();
  await app.keyboard.press('Enter');
  await expect(panel(app, name)).toBeVisible();
}

export async function rate(scope: Locator, question: string, level: number): Promise<void> {
  await scope.getByRole('group', { name: question }).getByRole('radio', { name: new RegExp(`^${level}`) }).check();
}

/** Writes valid skill rows straight into the app's database (keyed as the app keys them); reload to read them. */
export async function seedSkills(app: Page, skills: Skill[]): Promise<void> {
  await putRows(app, 'skills', skills);
}

export type SkillLevels = [name: string, proficiency: number, enjoyment: number];

/** Valid skill rows rated as given (target one level up), for `seedSkills`. */
export function ratedSkillRows(levels: readonly SkillLevels[], stamp = '2026-03-02T10:00:00.000Z'): Skill[] {
  return levels.map(([name, proficiency, enjoyment], index) =>
    skillSchema.parse({
      id: `seeded-${index}`,
      name,
      category: 'technical',
      proficiency,
      enjoyment,
      targetLevel: Math.min(5, proficiency + 1),
      notes: '',
      evidence: [],
      order: index,
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
}
