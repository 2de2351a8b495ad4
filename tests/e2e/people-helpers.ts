import type { Page } from '@playwright/test';
import { interactionSchema, personSchema, type Interaction, type Person } from '../../src-main/shared/workbook';
import { expect } from './harness/fixtures';
import { putRows } from './page-storage';

/* What the People journeys share: stored people and conversations to start from, and finding things as a person would. */

const stamp = '2026-03-02T10:00:00.000Z';

export function personRow(id: string, fields: Partial<Person> & { name: string }): Person {
  return personSchema.parse({
    id,
    roles: [],
    organisation: '',
    title: '',
    howWeMet: '',
    canHelpWith: [],
    contact: '',
    cadenceDays: null,
    lastContact: null,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  });
}

export function interactionRow(id: string, fields: Partial<Interaction> & { personId: string; date: string }): Interaction {
  return interactionSchema.parse({ id, kind: 'meeting', summary: '', notes: '', followUp: null, createdAt: stamp, updatedAt: stamp, ...fields });
}

/** Stores the rows in the first workbook and opens People on them. */
export async function seedPeople(app: Page, people: Person[], interactions: Interaction[] = []): Promise<void> {
  await putRows(app, 'people', people);
  await putRows(app, 'interactions', interactions);
  await app.evaluate(() => (window.location.hash = '#/people'));
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'People', exact: true })).toBeVisible();
}

export const followUpsCard = (app: Page) => app.getByRole('region', { name: 'Get back in touch' });
export const followUpItems = (app: Page) => followUpsCard(app).getByRole('listitem');
export const followUpOf = (app: Page, name: string) => followUpItems(app).filter({ has: app.getByRole('button', { name, exact: true }) });
export const personRows = (app: Page) => app.getByRole('region', { name: 'Your people' }).getByRole('listitem');
export const personPanel = (app: Page, name: string) => app.getByRole('region', { name, exact: true });
export const conversations = (app: Page, name: string) => personPanel(app, name).getByRole('list', { name: 'Conversations' }).getByRole('listitem');

/** The keys a date input takes for a day, in the US order the test browser shows (month, day, year). */
export function dateKeys(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${month}${day}${year}`;
}

/** How far the page and the main content scroll sideways (0 when they fit). */
export async function sidewaysOverflow(app: Page): Promise<{ page: number; main: number }> {
  return app.evaluate(() => {
    const main = document.querySelector('main');
    const page = document.scrollingElement ?? document.documentElement;
    return { page: page.scrollWidth - page.clientWidth, main: main ? main.scrollWidth - main.clientWidth : -1 };
  });
}
