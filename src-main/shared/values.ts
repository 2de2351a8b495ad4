import { z } from './zod';
import deckJson from '../../resources/values-deck.json' with { type: 'json' };
import { requiredText } from './model-primitives';
import { valuePiles, type ValueSort } from './workbook';
import { foldName } from './names';

/*
 * The values card sort: the built-in deck and the pure rules of a sort (which cards are left, what the
 * piles hold, how core values are chosen and ranked, and what completing a sort requires).
 */

export type ValuePile = (typeof valuePiles)[number];
export type CoreValue = ValueSort['core'][number];
type Placements = ValueSort['placements'];

type SetAsideMeanings = NonNullable<ValueSort['setAsideMeanings']>;

/** What one run of the sort holds that the person changes while sorting and ranking. */
export interface SortChoices {
  placements: Placements;
  core: CoreValue[];
  setAsideMeanings?: SetAsideMeanings;
}

/** The choices of a stored sort. */
export function choicesOf(sort: SortChoices): SortChoices {
  const { placements, core, setAsideMeanings } = sort;
  return setAsideMeanings === undefined ? { placements, core } : { placements, core, setAsideMeanings };
}

export const maxCoreValues = 10;

export const deckValueSchema = z.object({
  id: z
    .string()
    .max(64, 'must be at most 64 characters')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by -'),
  name: requiredText(80),
  description: requiredText(300),
});
export type DeckValue = z.infer<typeof deckValueSchema>;

export const valuesDeckSchema = z
  .array(deckValueSchema)
  .min(1, 'must hold at least one value')
  .superRefine((deck, context) => {
    const seenIds = new Set<string>();
    const seenNames = new Set<string>();
    deck.forEach((value, index) => {
      if (seenIds.has(value.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: 'is used twice' });
      const name = foldName(value.name);
      if (seenNames.has(name)) context.addIssue({ code: 'custom', path: [index, 'name'], message: 'is used twice' });
      seenIds.add(value.id);
      seenNames.add(name);
    });
  });

/** The built-in deck, in the order its cards are dealt. */
export const valuesDeck: readonly DeckValue[] = valuesDeckSchema.parse(deckJson);

/** A card of one sort: a deck value or a value the person added. */
export interface ValueCard {
  id: string;
  name: string;
  description: string;
  custom: boolean;
}

/** The deck followed by the person's own values: every card a sort has to place. */
export function sortCards(
  deck: readonly DeckValue[],
  customValues: ReadonlyArray<{ id: string; name: string; description: string }>,
): ValueCard[] {
  return [
    ...deck.map((value) => ({ ...value, custom: false })),
    ...customValues.map(({ id, name, description }) => ({ id, name, description, custom: true })),
  ];
}

export function indexCards(cards: readonly ValueCard[]): ReadonlyMap<string, ValueCard> {
  return new Map(cards.map((card) => [card.id, card]));
}

export const pileLabels: Readonly<Record<ValuePile, string>> = {
  always: 'Always valued',
  often: 'Often valued',
  sometimes: 'Sometimes valued',
  seldom: 'Seldom valued',
  never: 'Never valued',
};

/** The keys that place a focused card: a digit for the pile's position and a letter from its name. */
export const pileKeys: Readonly<Record<ValuePile, { digit: string; letter: string }>> = {
  always: { digit: '1', letter: 'A' },
  often: { digit: '2', letter: 'O' },
  sometimes: { digit: '3', letter: 'S' },
  seldom: { digit: '4', letter: 'E' },
  never: { digit: '5', letter: 'N' },
};

/** The pile a key press chooses (`KeyboardEvent.key`), or null when the key is not a pile key. */
export function pileForKey(key: string): ValuePile | null {
  const pressed = key.toUpperCase();
  return valuePiles.find((pile) => pileKeys[pile].digit === pressed || pileKeys[pile].letter === pressed) ?? null;
}

/** Cards not placed on any pile yet, in the order they are dealt. */
export function remainingCards<T extends { id: string }>(cards: readonly T[], placements: Placements): T[] {
  return cards.filter((card) => placements[card.id] === undefined);
}

export function cardsInPile<T extends { id: string }>(cards: readonly T[], placements: Placements, pile: ValuePile): T[] {
  return cards.filter((card) => placements[card.id] === pile);
}

/** How many of the cards lie on each pile; placements of cards that no longer exist do not count. */
export function pileCounts(cards: ReadonlyArray<{ id: string }>, placements: Placements): Record<ValuePile, number> {
  const counts: Record<ValuePile, number> = { always: 0, often: 0, sometimes: 0, seldom: 0, never: 0 };
  for (const card of cards) {
    const pile = placements[card.id];
    if (pile !== undefined) counts[pile] += 1;
  }
  return counts;
}

/** The cards core values are chosen from: the "always valued" pile. */
export function coreCandidates<T extends { id: string }>(cards: readonly T[], placements: Placements): T[] {
  return cardsInPile(cards, placements, 'always');
}

/**
 * Puts a card on a pile. A card that lands on "always" joins the core values while there is room; a card
 * that leaves "always" leaves the core values too, so the core always comes from that pile.
 */
export function placeCard(choices: SortChoices, valueId: string, pile: ValuePile): SortChoices {
  const placed = { ...choices, placements: { ...choices.placements, [valueId]: pile } };
  return pile === 'always' ? addToCore(placed, valueId) : removeFromCore(placed, valueId);
}

/**
 * Adds an "always" card at the bottom of the ranking, with what it meant to the person when it was
 * ranked before; does nothing when it is there already or the core is full.
 */
export function addToCore(choices: SortChoices, valueId: string): SortChoices {
  const inCore = choices.core.some((core) => core.valueId === valueId);
  if (inCore || choices.placements[valueId] !== 'always' || choices.core.length >= maxCoreValues) return choices;
  const { [valueId]: meaning = '', ...stillAside } = choices.setAsideMeanings ?? {};
  return withSetAside({ ...choices, core: [...choices.core, { valueId, meaning }] }, stillAside);
}

/** Takes a value out of the ranking (its card stays where it is) and keeps what it meant to the person. */
export function removeFromCore(choices: SortChoices, valueId: string): SortChoices {
  const leaving = choices.core.find((core) => core.valueId === valueId);
  if (!leaving) return choices;
  const core = choices.core.filter((value) => value !== leaving);
  const aside = choices.setAsideMeanings ?? {};
  return withSetAside({ ...choices, core }, leaving.meaning === '' ? aside : { ...aside, [valueId]: leaving.meaning });
}

/** Stores the meanings set aside, leaving the field out while there are none (as sorts stored before it). */
function withSetAside(choices: SortChoices, setAsideMeanings: SetAsideMeanings): SortChoices {
  const { setAsideMeanings: _, ...rest } = choices;
  return Object.keys(setAsideMeanings).length === 0 ? rest : { ...rest, setAsideMeanings };
}

/** Moves a core value to a position (clamped to the list); the others keep their order. */
export function moveCoreValueTo(core: readonly CoreValue[], valueId: string, toIndex: number): CoreValue[] {
  const from = core.findIndex((value) => value.valueId === valueId);
  const moving = core[from];
  if (moving === undefined) return [...core];
  const rest = core.filter((_, index) => index !== from);
  const target = Math.min(Math.max(Math.trunc(toIndex), 0), rest.length);
  return [...rest.slice(0, target), moving, ...rest.slice(target)];
}

export function setMeaning(core: readonly CoreValue[], valueId: string, meaning: string): CoreValue[] {
  return core.map((value) => (value.valueId === valueId ? { ...value, meaning } : value));
}

/** What is wrong with a ranking, in plain words; empty when it is fine. */
export function coreProblems(core: readonly CoreValue[], placements: Placements): string[] {
  const problems: string[] = [];
  if (core.length > maxCoreValues) {
    problems.push(`You can keep at most ${maxCoreValues} core values; you have ${core.length}.`);
  }
  const ids = core.map((value) => value.valueId);
  if (new Set(ids).size !== ids.length) problems.push('A value is ranked twice.');
  if (ids.some((id) => placements[id] !== 'always')) {
    problems.push('Core values must come from your Always valued pile.');
  }
  return problems;
}

/** "1 card" / "12 cards". */
export function cardsWord(count: number): string {
  return count === 1 ? '1 card' : `${count} cards`;
}

/** What still stands between a sort and being complete: every card placed, at least one core value ranked. */
export function completionProblems(cards: ReadonlyArray<{ id: string }>, choices: SortChoices): string[] {
  const problems: string[] = [];
  const left = remainingCards(cards, choices.placements).length;
  if (left > 0) problems.push(`Place the last ${cardsWord(left)} on a pile.`);
  if (choices.core.length === 0) problems.push('Choose at least one core value from your Always valued pile.');
  return [...problems, ...coreProblems(choices.core, choices.placements)];
}

/** Equal records (placements, meanings set aside), whatever order their keys were written in. */
function sameEntries<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

function sameCore(a: readonly CoreValue[], b: readonly CoreValue[]): boolean {
  return a.length === b.length && a.every((value, index) => value.valueId === b[index]?.valueId && value.meaning === b[index]?.meaning);
}

/** Equal placements, ranking and meanings set aside: what a stored sort is compared with to know it caught up. */
export function sameChoices(a: SortChoices, b: SortChoices): boolean {
  return (
    sameEntries(a.placements, b.placements) &&
    sameCore(a.core, b.core) &&
    sameEntries(a.setAsideMeanings ?? {}, b.setAsideMeanings ?? {})
  );
}

/**
 * The core values that count now, most important first: those of the newest sort when it has any
 * (finished or not), otherwise those of the latest finished sort. `sorts` is newest first.
 */
export function currentCore(sorts: readonly ValueSort[]): CoreValue[] {
  const newest = sorts[0];
  const sort = newest && newest.core.length > 0 ? newest : sorts.find((candidate) => candidate.completedAt !== null);
  return sort?.core ?? [];
}

/** "31 cards left" / "1 card left". */
export function cardsLeftText(count: number): string {
  return `${cardsWord(count)} left`;
}
