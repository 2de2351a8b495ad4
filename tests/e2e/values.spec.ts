import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './harness/fixtures';

interface DeckValue {
  id: string;
  name: string;
  description: string;
}

const deck: DeckValue[] = JSON.parse(readFileSync(new URL('../../resources/values-deck.json', import.meta.url), 'utf8'));
const name = (index: number): string => deck[index]?.name ?? `missing card ${index}`;

/** The keys a person presses for each card of the deck: twelve "always" cards (more than the ten core values allow). */
function keyFor(index: number): string {
  const plan: Array<[limit: number, digit: string, letter: string]> = [
    [12, '1', 'a'],
    [20, '2', 'o'],
    [28, '3', 's'],
    [34, '4', 'e'],
    [Infinity, '5', 'n'],
  ];
  const [, digit, letter] = plan.find(([limit]) => index < limit) ?? plan[4]!;
  return index % 2 === 0 ? digit : letter;
}

async function createWorkbook(app: Page, title: string): Promise<void> {
  await app.getByLabel('Title of your workbook').fill(title);
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(app: Page, target: Locator, limit = 150): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await app.keyboard.press('Tab');
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
}

function pile(app: Page, label: string): Locator {
  return app.getByRole('list', { name: 'Values', exact: true }).getByRole('listitem').filter({ has: app.getByRole('heading', { name: label }) });
}

function pileCards(app: Page, label: string): Locator {
  return app.getByRole('list', { name: label }).getByRole('listitem');
}

function coreItems(app: Page): Locator {
  return app.getByRole('list', { name: 'Ranking', exact: true }).getByRole('heading', { level: 3 });
}

async function expectSaved(app: Page): Promise<void> {
  await expect(app.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test('the whole deck is sorted and ranked by keyboard alone, kept across a reload, and redone with the first result kept', async ({
  app,
}) => {
  // Forty cards, a ranking and a redo, one key press at a time.
  test.setTimeout(120_000);
  await createWorkbook(app, 'Values by keyboard');

  // From here on: no mouse at all.
  await tabTo(app, app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Values/ }));
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Values' })).toBeFocused();
  await expect(app.getByRole('heading', { name: 'Find out what matters most to you at work' })).toBeVisible();
  await snap(app, 'empty state');
  await expectAccessible(app, 'values: empty state');

  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Start the card sort' }).first()).toBeFocused();
  await app.keyboard.press('Enter');

  const card = app.getByRole('article');
  const progress = app.getByRole('progressbar', { name: 'Cards sorted' });
  await expect(card).toBeFocused();
  await expect(card).toHaveAccessibleName(name(0));
  await expect(app.getByText(`${deck.length} cards left`, { exact: true })).toBeVisible();

  for (let index = 0; index < deck.length; index += 1) {
    await expect(card).toHaveAccessibleName(name(index));
    await expect(card).toBeFocused();
    await app.keyboard.press(keyFor(index));
    if (index === 0) {
      await expect(app.getByText(`${name(0)} placed in Always valued. ${deck.length - 1} cards left.`)).toBeAttached();
    }
    if (index === 14) {
      await expect(app.getByText(`${deck.length - 15} cards left`, { exact: true })).toBeVisible();
      await expect(progress).toHaveAttribute('aria-valuenow', '15');
      await snap(app, 'sort in progress');
      await expectAccessible(app, 'values: sort in progress');
    }
  }

  await expect(app.getByText('0 cards left', { exact: true })).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', String(deck.length));
  await expect(card).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Rank your core values' })).toBeFocused();
  await expect(pileCards(app, 'Always valued')).toHaveCount(12);
  await expect(pileCards(app, 'Often valued')).toHaveCount(8);
  await expect(pileCards(app, 'Never valued')).toHaveCount(6);
  await expect(pile(app, 'Always valued')).toContainText(name(11));
  // Ten of the twelve "always" cards became core values; the other two wait below the ranking.
  await expect(coreItems(app)).toHaveCount(10);
  await snap(app, 'ranking');
  await expectAccessible(app, 'values: ranking');
  await app.getByRole('heading', { name: 'Your piles' }).scrollIntoViewIfNeeded();
  await snap(app, 'piles');

  // A placed card moves to another pile with its key.
  const lastCard = pileCards(app, 'Never valued').getByRole('button', { name: name(deck.length - 1) });
  await tabTo(app, lastCard);
  await app.keyboard.press('o');
  await expect(pileCards(app, 'Often valued').getByRole('button', { name: name(deck.length - 1) })).toBeFocused();
  await expect(pileCards(app, 'Never valued')).toHaveCount(5);

  // Rank: Alt+↓ on a focused value, then a Move up button.
  const firstValue = app.getByRole('listitem', { name: `Rank 1 of 10: ${name(0)}` });
  await tabTo(app, firstValue);
  await app.keyboard.press('Alt+ArrowDown');
  await app.keyboard.press('Alt+ArrowDown');
  await expect(app.getByRole('listitem', { name: `Rank 3 of 10: ${name(0)}` })).toBeFocused();
  await tabTo(app, app.getByRole('button', { name: `Move ${name(5)} up` }));
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: `Move ${name(5)} up` })).toBeFocused();
  await expect(coreItems(app).nth(4)).toHaveText(`Rank 5 of 10: ${name(5)}`);

  // Swap a core value for one of the two extra "always" cards, and move the other to "often".
  await tabTo(app, app.getByRole('button', { name: `Remove ${name(9)} from core values` }));
  await app.keyboard.press('Enter');
  await tabTo(app, app.getByRole('button', { name: `Add ${name(10)} to core values` }));
  await app.keyboard.press('Enter');
  await tabTo(app, app.getByRole('button', { name: `Move ${name(11)} to Often valued` }));
  await app.keyboard.press('Enter');
  const ranked = [name(1), name(2), name(0), name(3), name(5), name(4), name(6), name(7), name(8), name(10)];
  await expect(coreItems(app)).toHaveText(ranked.map((value, index) => `Rank ${index + 1} of 10: ${value}`));
  await expect(pileCards(app, 'Often valued')).toHaveCount(10);

  await tabTo(app, app.getByRole('textbox', { name: `What ${name(1)} means to me` }));
  await app.keyboard.type('I keep my job even when the market turns.');
  await tabTo(app, app.getByRole('textbox', { name: `What ${name(0)} means to me` }));
  await app.keyboard.type('I choose how to reach the goal.');
  await tabTo(app, app.getByRole('button', { name: 'Mark sort as complete' }));
  await app.keyboard.press('Enter');

  const result = app.getByRole('region', { name: 'Your core values' });
  await expect(result).toBeVisible();
  await expect(result.getByRole('listitem')).toHaveCount(10);
  await expect(result.getByRole('listitem').first()).toContainText(name(1));
  await expect(result).toContainText('I keep my job even when the market turns.');
  await expect(app.getByRole('button', { name: 'Start a new sort' })).toBeVisible();
  await expectSaved(app);
  await snap(app, 'sort complete');
  await expectAccessible(app, 'values: sort complete');

  await app.reload();
  await expect(result).toBeVisible();
  await expect(result.getByRole('listitem').nth(2)).toContainText(`Rank 3: ${name(0)} I choose how to reach the goal.`);
  await expect(result.getByRole('listitem').nth(9)).toContainText(name(10));
  await expect(pileCards(app, 'Always valued')).toHaveCount(11);

  // Redo: a fresh sort, with the first result listed with its date.
  await tabTo(app, app.getByRole('button', { name: 'Start a new sort' }));
  await app.keyboard.press('Enter');
  await expect(card).toBeFocused();
  await expect(card).toHaveAccessibleName(name(0));
  await expect(app.getByText(`${deck.length} cards left`, { exact: true })).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
  const earlier = app.getByRole('list', { name: 'Earlier sorts' }).getByRole('listitem').first();
  await expect(earlier.getByRole('heading', { name: `Sort of ${today}` })).toBeVisible();
  await expect(earlier).toContainText('I keep my job even when the market turns.');
  await expect(earlier.getByRole('listitem')).toHaveCount(10);
  await app.keyboard.press('5');
  await expect(card).toHaveAccessibleName(name(1));
  await earlier.scrollIntoViewIfNeeded();
  await snap(app, 'new sort with history');
  await expectAccessible(app, 'values: new sort with history');

  await app.reload();
  await expect(app.getByText(`${deck.length - 1} cards left`, { exact: true })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Continue sort' })).toBeVisible();
  await expect(earlier.getByRole('heading', { name: `Sort of ${today}` })).toBeVisible();
});

test('cards move by drag and drop, the piles can be searched, and a deleted own value comes back with undo', async ({
  app,
}) => {
  test.setTimeout(90_000);
  await createWorkbook(app, 'Values by mouse');
  await app.getByRole('navigation', { name: 'Workbook sections' }).getByRole('link', { name: /^Values/ }).click();
  await app.getByRole('button', { name: 'Start the card sort' }).first().click();

  const card = app.getByRole('article');
  await expect(card).toHaveAccessibleName(name(0));
  await card.dragTo(pile(app, 'Often valued'));
  await expect(pileCards(app, 'Often valued')).toHaveText([name(0)]);
  await expect(app.getByText(`${deck.length - 1} cards left`, { exact: true })).toBeVisible();
  await expect(card).toHaveAccessibleName(name(1));

  // A placed card is dragged on to another pile; the card in hand can also be dropped on a pile button.
  await pileCards(app, 'Often valued').getByRole('button', { name: name(0) }).dragTo(pile(app, 'Never valued'));
  await expect(pileCards(app, 'Never valued')).toHaveText([name(0)]);
  await expect(pileCards(app, 'Often valued')).toHaveCount(0);
  await card.dragTo(app.getByRole('button', { name: 'Always valued', exact: true }));
  await expect(pileCards(app, 'Always valued')).toHaveText([name(1)]);

  // Your own value joins the deck at the end.
  await app.getByLabel('Name', { exact: true }).fill('Patience');
  await app.getByLabel('Description', { exact: true }).fill('Time to do things properly, without rushing.');
  await app.getByRole('button', { name: 'Add value' }).click();
  await expect(app.getByRole('region', { name: 'Your own values' }).getByRole('list')).toContainText('Patience');
  await expect(app.getByText(`${deck.length - 1} cards left`, { exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Add value' }).click();
  await expect(app.getByText('Name must not be empty.')).toBeVisible();
  await app.getByLabel('Name', { exact: true }).fill('P');
  await expect(app.getByText('Name must not be empty.')).toBeHidden();
  await app.getByLabel('Name', { exact: true }).fill('');

  // Sort the rest with keys: Patience (the last card) and one more go to "always".
  await card.focus();
  for (let index = 2; index < deck.length; index += 1) await app.keyboard.press(index === 2 ? '1' : '3');
  await expect(card).toHaveAccessibleName('Patience');
  await app.keyboard.press('1');
  await expect(app.getByText('0 cards left', { exact: true })).toBeVisible();
  await expect(coreItems(app)).toHaveText([`Rank 1 of 3: ${name(1)}`, `Rank 2 of 3: ${name(2)}`, 'Rank 3 of 3: Patience']);

  // Reorder by dragging: Patience onto the first place.
  await app.getByRole('listitem', { name: 'Rank 3 of 3: Patience' }).dragTo(app.getByRole('listitem', { name: `Rank 1 of 3: ${name(1)}` }));
  await expect(coreItems(app)).toHaveText(['Rank 1 of 3: Patience', `Rank 2 of 3: ${name(1)}`, `Rank 3 of 3: ${name(2)}`]);
  await app.getByRole('textbox', { name: 'What Patience means to me' }).fill('Doing it once, properly.');
  await app.getByRole('textbox', { name: 'What Patience means to me' }).blur();
  await expectSaved(app);

  const search = app.getByRole('searchbox', { name: 'Search values' });
  await search.fill('patien');
  await expect(app.getByRole('list', { name: 'Values', exact: true }).getByRole('button')).toHaveText(['Patience']);
  await expect(app.getByText('1 placed card matches.')).toBeVisible();
  await app.getByRole('list', { name: 'Values', exact: true }).scrollIntoViewIfNeeded();
  await snap(app, 'piles searched');
  await search.fill('');
  await expect(pileCards(app, 'Sometimes valued')).toHaveCount(deck.length - 3);

  await app.getByRole('button', { name: 'Delete Patience' }).click();
  await expect(app.getByText('Deleted the value “Patience”.')).toBeVisible();
  await expect(coreItems(app)).toHaveText([`Rank 1 of 2: ${name(1)}`, `Rank 2 of 2: ${name(2)}`]);
  await expect(pile(app, 'Always valued')).not.toContainText('Patience');
  await expect(app.getByText('0 cards left', { exact: true })).toBeVisible();
  await snap(app, 'own value deleted');

  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(coreItems(app)).toHaveText(['Rank 1 of 3: Patience', `Rank 2 of 3: ${name(1)}`, `Rank 3 of 3: ${name(2)}`]);
  await expect(app.getByRole('textbox', { name: 'What Patience means to me' })).toHaveValue('Doing it once, properly.');
  await expect(pileCards(app, 'Always valued')).toContainText(['Patience']);
  await expectAccessible(app, 'values: own value restored');

  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('heading', { name: 'Rank your core values' }).scrollIntoViewIfNeeded();
  await snap(app, 'ranking in dark mode');
  await expectAccessible(app, 'values: ranking in dark mode');
});
