import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';

const deck: Array<{ name: string }> = JSON.parse(readFileSync(new URL('../../resources/values-deck.json', import.meta.url), 'utf8'));
const name = (index: number): string => deck[index]?.name ?? `missing card ${index}`;

async function openValues(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Values/ }).click();
  await app.getByRole('button', { name: 'Start the card sort' }).first().click();
  await expect(app.getByRole('article')).toBeFocused();
}

async function expectFocusOnPage(app: Page): Promise<void> {
  expect(await app.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
}

/** The page reflows instead of scrolling sideways. */
async function expectNoSidewaysScroll(app: Page): Promise<void> {
  const overflow = await app.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

function ownValues(app: Page): Locator {
  return app.getByRole('region', { name: 'Your own values' }).getByRole('listitem');
}

function pileCards(app: Page, label: string): Locator {
  return app.getByRole('list', { name: label }).getByRole('listitem');
}

function coreItems(app: Page): Locator {
  return app.getByRole('list', { name: 'Ranking', exact: true }).getByRole('heading', { level: 3 });
}

async function addValue(app: Page, valueName: string): Promise<void> {
  await app.getByLabel('Name', { exact: true }).fill(valueName);
  await app.getByRole('button', { name: 'Add value' }).click();
}

test('own values follow one name rule, can be renamed, and focus stays on the list through delete and undo', async ({ app }) => {
  await openValues(app, 'Own values');
  const nameError = app.locator('#custom-name-error');

  await addValue(app, 'Patience');
  await expect(ownValues(app)).toHaveCount(1);
  for (const again of ['patience', 'PATIENCE ', 'Pâtience']) {
    await addValue(app, again);
    await expect(nameError).toHaveText('Name is already one of your values.');
  }
  await addValue(app, name(0).toLowerCase());
  await expect(nameError).toHaveText('Name is already in the deck.');
  await addValue(app, '\u200B\u200B');
  await expect(nameError).toHaveText('Name must not be empty.');
  await expect(ownValues(app)).toHaveCount(1);
  await app.getByRole('region', { name: 'Your own values' }).scrollIntoViewIfNeeded();
  await snap(app, 'invisible name refused');

  await addValue(app, 'Craft');
  await expect(ownValues(app)).toHaveText([/Craft/, /Patience/]);

  // Rename by keyboard: a duplicate is refused at the field, a new name is kept.
  await app.getByRole('button', { name: 'Rename Craft' }).focus();
  await app.keyboard.press('Enter');
  const renameField = app.getByRole('textbox', { name: 'Name of Craft' });
  await expect(renameField).toBeFocused();
  await renameField.fill('patience');
  await renameField.blur();
  await expect(app.getByText('Name of Craft is already one of your values.')).toBeVisible();
  // Done does not drop the refused name without a word: it says so and goes back to the field.
  await app.getByRole('button', { name: 'Done editing Craft' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'Not saved: Name of Craft is already one of your values.' })).toBeVisible();
  await expect(renameField).toBeFocused();
  await app.getByRole('button', { name: 'Delete Patience' }).scrollIntoViewIfNeeded();
  await snap(app, 'rename refused');
  await expectAccessible(app, 'values: renaming an own value');
  await renameField.fill('Craftsmanship');
  // At 200 % zoom (640 CSS pixels of a 1280 pixel window) the open row still fits.
  await app.setViewportSize({ width: 640, height: 800 });
  await app.getByRole('button', { name: 'Delete Patience' }).scrollIntoViewIfNeeded();
  await snap(app, 'renaming at 200 percent');
  await expectNoSidewaysScroll(app);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByRole('button', { name: 'Done editing Craft' }).click();
  await expect(ownValues(app)).toHaveText([/Craftsmanship/, /Patience/]);
  await expect(app.getByRole('button', { name: 'Rename Craftsmanship' })).toBeFocused();
  await expect(app.getByRole('article')).toBeVisible();
  await snap(app, 'renamed');

  // Delete by keyboard: focus moves to the next value, and undo brings focus to the restored one.
  await app.getByRole('button', { name: 'Delete Craftsmanship' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText('Deleted the value “Craftsmanship”.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Delete Patience' })).toBeFocused();
  await expectFocusOnPage(app);
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(ownValues(app)).toHaveText([/Craftsmanship/, /Patience/]);
  await expect(app.getByRole('button', { name: 'Rename Craftsmanship' })).toBeFocused();
  await expectFocusOnPage(app);

  // Ctrl+Z does the same; deleting the last value leaves focus in the add form.
  await app.getByRole('button', { name: 'Delete Patience' }).click();
  await expect(app.getByRole('button', { name: 'Delete Craftsmanship' })).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(app.getByRole('button', { name: 'Rename Patience' })).toBeFocused();
  await app.getByRole('button', { name: 'Delete Patience' }).click();
  await app.getByRole('button', { name: 'Delete Craftsmanship' }).click();
  await expect(ownValues(app)).toHaveCount(0);
  await expect(app.getByLabel('Name', { exact: true })).toBeFocused();
  await expectFocusOnPage(app);
  await expectAccessible(app, 'values: own values after deletes');
});

test('a meaning comes back with its card, and an unfinished sort can be started over or discarded with undo', async ({ app }) => {
  test.setTimeout(90_000);
  await openValues(app, 'Sort again');
  await expect(app.getByRole('button', { name: 'Continue sort' })).toBeVisible();
  const card = app.getByRole('article');
  await app.keyboard.press('1');
  for (let index = 1; index < deck.length; index += 1) await app.keyboard.press('3');
  await expect(app.getByText('0 cards left', { exact: true })).toBeVisible();

  // Only the ranking is left: the header says so.
  await expect(app.getByRole('button', { name: 'Finish your ranking' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Continue sort' })).toHaveCount(0);

  const meaning = app.getByRole('textbox', { name: `What ${name(0)} means to me` });
  await meaning.fill('I choose how to reach the goal.');
  await meaning.blur();
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // The card leaves the Always pile and comes back: so does what it means.
  await pileCards(app, 'Always valued').getByRole('button', { name: name(0) }).focus();
  await app.keyboard.press('o');
  await expect(coreItems(app)).toHaveCount(0);
  await expect(pileCards(app, 'Often valued').getByRole('button', { name: name(0) })).toBeFocused();
  await app.keyboard.press('a');
  await expect(coreItems(app)).toHaveText([`Rank 1 of 1: ${name(0)}`]);
  await expect(meaning).toHaveValue('I choose how to reach the goal.');
  // The move is on screen before it is stored; a reload in that instant is the close flow's job
  // (the window waits for pending writes), not this journey's.
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await app.reload();
  await expect(meaning).toHaveValue('I choose how to reach the goal.');

  // Start over: every card is back in hand; undo puts the piles and the meaning back.
  await app.getByRole('button', { name: 'Start over' }).click();
  await expect(card).toBeFocused();
  await expect(card).toHaveAccessibleName(name(0));
  await expect(app.getByText(`${deck.length} cards left`, { exact: true })).toBeVisible();
  await expect(app.getByText(`Deleted your choices in this sort (${deck.length} cards placed).`)).toBeVisible();
  await snap(app, 'started over');
  await app.setViewportSize({ width: 640, height: 800 });
  await app.getByRole('button', { name: 'Discard this sort' }).scrollIntoViewIfNeeded();
  await snap(app, 'sort tools at 200 percent');
  await expectNoSidewaysScroll(app);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(app.getByText('0 cards left', { exact: true })).toBeVisible();
  await expect(meaning).toHaveValue('I choose how to reach the goal.');
  await expectFocusOnPage(app);

  // Discard: back to the start, with the start button focused; Ctrl+Z brings the sort back.
  await app.getByRole('button', { name: 'Discard this sort' }).click();
  await expect(app.getByRole('heading', { name: 'Find out what matters most to you at work' })).toBeVisible();
  const startButton = app.getByRole('button', { name: 'Start the card sort' }).first();
  await expect(startButton).toBeFocused();
  await snap(app, 'sort discarded');
  await app.keyboard.press('Control+z');
  await expect(app.getByRole('heading', { name: 'Rank your core values' })).toBeFocused();
  await expect(meaning).toHaveValue('I choose how to reach the goal.');
  await expectAccessible(app, 'values: sort restored');
});
