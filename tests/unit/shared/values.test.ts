import { describe, expect, it } from 'vitest';
import {
  addToCore,
  cardsInPile,
  cardsLeftText,
  completionProblems,
  coreCandidates,
  coreProblems,
  indexCards,
  maxCoreValues,
  moveCoreValueTo,
  pileCounts,
  pileForKey,
  pileKeys,
  placeCard,
  remainingCards,
  removeFromCore,
  sameChoices,
  setMeaning,
  sortCards,
  valuesDeck,
  valuesDeckSchema,
  type CoreValue,
  type SortChoices,
} from '@shared/values';
import { valuePiles, valueSortSchema } from '@shared/workbook';
import { foldName } from '@shared/names';

const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const empty: SortChoices = { placements: {}, core: [] };
const core = (...ids: string[]): CoreValue[] => ids.map((valueId) => ({ valueId, meaning: `${valueId} matters` }));

function placeAll(choices: SortChoices, entries: Array<[string, (typeof valuePiles)[number]]>): SortChoices {
  return entries.reduce((current, [id, pile]) => placeCard(current, id, pile), choices);
}

describe('the built-in deck', () => {
  it('is parsed and dealt in file order', () => {
    expect(valuesDeck.length).toBeGreaterThanOrEqual(35);
    expect(valuesDeck[0]?.id).toBe('autonomy');
  });

  it('refuses duplicate ids and names, empty descriptions and ids that are not kebab-case', () => {
    const result = valuesDeckSchema.safeParse([
      { id: 'calm', name: 'Calm', description: 'Quiet.' },
      { id: 'calm', name: 'calm', description: ' ' },
      { id: 'Big Team', name: 'Team', description: 'People.' },
    ]);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['1.id', '1.name', '1.description', '2.id']));
  });
});

describe('sortCards', () => {
  it('indexes the cards by id', () => {
    const index = indexCards(sortCards(valuesDeck, [{ id: 'x1', name: 'Patience', description: '' }]));
    expect(index.get('autonomy')?.name).toBe('Autonomy');
    expect(index.get('x1')?.custom).toBe(true);
    expect(index.size).toBe(valuesDeck.length + 1);
  });

  it('deals the deck first, then the person’s own values', () => {
    const dealt = sortCards([{ id: 'calm', name: 'Calm', description: 'Quiet.' }], [
      { id: 'x1', name: 'Patience', description: 'Taking time.' },
    ]);
    expect(dealt).toEqual([
      { id: 'calm', name: 'Calm', description: 'Quiet.', custom: false },
      { id: 'x1', name: 'Patience', description: 'Taking time.', custom: true },
    ]);
  });
});

describe('pile keys', () => {
  it('maps digits and letters (either case) to piles, and nothing else', () => {
    expect(pileForKey('1')).toBe('always');
    expect(pileForKey('a')).toBe('always');
    expect(pileForKey('O')).toBe('often');
    expect(pileForKey('3')).toBe('sometimes');
    expect(pileForKey('e')).toBe('seldom');
    expect(pileForKey('5')).toBe('never');
    expect(pileForKey('n')).toBe('never');
    expect(pileForKey('6')).toBeNull();
    expect(pileForKey('Enter')).toBeNull();
    expect(pileForKey('x')).toBeNull();
  });

  it('gives every pile its own digit and letter', () => {
    const keys = valuePiles.flatMap((pile) => [pileKeys[pile].digit, pileKeys[pile].letter]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('remaining cards and piles', () => {
  const placements = { a: 'always', c: 'never', gone: 'often' } as const;

  it('lists unplaced cards in deal order', () => {
    expect(remainingCards(cards, placements).map((card) => card.id)).toEqual(['b', 'd', 'e']);
    expect(remainingCards(cards, {})).toHaveLength(5);
  });

  it('counts only cards that still exist', () => {
    expect(pileCounts(cards, placements)).toEqual({ always: 1, often: 0, sometimes: 0, seldom: 0, never: 1 });
  });

  it('lists a pile and the core candidates (the always pile)', () => {
    expect(cardsInPile(cards, placements, 'never').map((card) => card.id)).toEqual(['c']);
    expect(coreCandidates(cards, placements).map((card) => card.id)).toEqual(['a']);
  });

  it('words the cards left', () => {
    expect(cardsLeftText(31)).toBe('31 cards left');
    expect(cardsLeftText(1)).toBe('1 card left');
    expect(cardsLeftText(0)).toBe('0 cards left');
  });
});

describe('placeCard', () => {
  it('adds always cards to the core in the order they are placed, up to the limit', () => {
    const ids = Array.from({ length: maxCoreValues + 2 }, (_, index) => `v${index}`);
    const choices = placeAll(
      empty,
      ids.map((id) => [id, 'always']),
    );
    expect(choices.core.map((value) => value.valueId)).toEqual(ids.slice(0, maxCoreValues));
    expect(Object.keys(choices.placements)).toHaveLength(maxCoreValues + 2);
  });

  it('takes a card out of the core when it leaves the always pile, and leaves other piles alone', () => {
    const choices = placeAll(empty, [
      ['a', 'always'],
      ['b', 'often'],
      ['c', 'always'],
    ]);
    const moved = placeCard(choices, 'a', 'often');
    expect(moved.placements).toEqual({ a: 'often', b: 'often', c: 'always' });
    expect(moved.core.map((value) => value.valueId)).toEqual(['c']);
    expect(choices.placements.a).toBe('always');
  });

  it('keeps the rank and meaning of a card placed on always again', () => {
    const choices: SortChoices = { placements: { a: 'always', b: 'always' }, core: core('a', 'b') };
    expect(placeCard(choices, 'b', 'always').core).toEqual(core('a', 'b'));
  });
});

describe('meanings of values that leave the ranking', () => {
  const ranked: SortChoices = { placements: { a: 'always', b: 'always' }, core: core('a', 'b') };

  it('keeps the meaning of a card that leaves the always pile and brings it back when the card returns', () => {
    const moved = placeCard(ranked, 'a', 'often');
    expect(moved.core).toEqual(core('b'));
    const back = placeCard(moved, 'a', 'always');
    expect(back.core).toEqual([...core('b'), { valueId: 'a', meaning: 'a matters' }]);
    expect(back.setAsideMeanings ?? {}).toEqual({});
  });

  it('keeps the meaning of a value taken out of the ranking until it is added again', () => {
    const removed = removeFromCore(ranked, 'b');
    expect(removed.setAsideMeanings).toEqual({ b: 'b matters' });
    expect(addToCore(removed, 'b').core).toEqual(core('a', 'b'));
  });

  it('sets nothing aside for an empty meaning, and the model stores what is set aside', () => {
    const blank: SortChoices = { placements: { a: 'always' }, core: [{ valueId: 'a', meaning: '' }] };
    expect(placeCard(blank, 'a', 'never').setAsideMeanings ?? {}).toEqual({});
    const moved = placeCard(ranked, 'a', 'seldom');
    const stored = valueSortSchema.parse({
      id: 's',
      startedAt: '2026-11-23T10:00:00.000Z',
      completedAt: null,
      ...moved,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(stored.setAsideMeanings).toEqual({ a: 'a matters' });
  });
});

describe('choosing core values', () => {
  const placements = { a: 'always', b: 'always', c: 'often' } as const;

  it('adds only always cards, once, while there is room', () => {
    expect(addToCore({ placements, core: [] }, 'c').core).toEqual([]);
    expect(addToCore({ placements, core: core('a') }, 'a').core).toEqual(core('a'));
    expect(addToCore({ placements, core: core('a') }, 'b').core).toEqual([...core('a'), { valueId: 'b', meaning: '' }]);
    const full = core(...Array.from({ length: maxCoreValues }, (_, index) => `v${index}`));
    expect(addToCore({ placements, core: full }, 'b').core).toBe(full);
  });

  it('removes a core value but keeps its card on the pile', () => {
    const removed = removeFromCore({ placements, core: core('a', 'b') }, 'a');
    expect(removed.core).toEqual(core('b'));
    expect(removed.placements).toEqual(placements);
  });
});

describe('ranking moves', () => {
  const ranking = core('a', 'b', 'c', 'd');
  const order = (values: CoreValue[]) => values.map((value) => value.valueId).join('');

  it('moves to an index, keeping meanings with their values', () => {
    const moved = moveCoreValueTo(ranking, 'd', 0);
    expect(order(moved)).toBe('dabc');
    expect(moved[0]).toEqual({ valueId: 'd', meaning: 'd matters' });
    expect(order(moveCoreValueTo(ranking, 'a', 99))).toBe('bcda');
    expect(order(moveCoreValueTo(ranking, 'b', 2.7))).toBe('acbd');
  });

  it('leaves the ranking as it is for an unknown value and never changes the input', () => {
    expect(moveCoreValueTo(ranking, 'zz', 0)).toEqual(ranking);
    expect(order(ranking)).toBe('abcd');
  });

  it('sets the meaning of one value only', () => {
    expect(setMeaning(ranking, 'b', 'Room to think')).toEqual([
      ranking[0],
      { valueId: 'b', meaning: 'Room to think' },
      ranking[2],
      ranking[3],
    ]);
  });
});

describe('validation and completion', () => {
  it('accepts a ranking of always cards', () => {
    expect(coreProblems(core('a', 'b'), { a: 'always', b: 'always' })).toEqual([]);
  });

  it('refuses more than the limit, duplicates and values outside the always pile', () => {
    const many = core(...Array.from({ length: 11 }, (_, index) => `v${index}`));
    const placements = Object.fromEntries(many.map((value) => [value.valueId, 'always' as const]));
    expect(coreProblems(many, placements)).toEqual(['You can keep at most 10 core values; you have 11.']);
    expect(coreProblems(core('a', 'a'), { a: 'always' })).toEqual(['A value is ranked twice.']);
    expect(coreProblems(core('a'), { a: 'often' })).toEqual(['Core values must come from your Always valued pile.']);
  });

  it('matches the model’s own limit on core values', () => {
    const sort = {
      id: 's1',
      startedAt: '2026-01-01T00:00:00.000Z',
      completedAt: null,
      placements: {},
      core: core(...Array.from({ length: maxCoreValues + 1 }, (_, index) => `v${index}`)),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(valueSortSchema.safeParse(sort).success).toBe(false);
    expect(valueSortSchema.safeParse({ ...sort, core: sort.core.slice(0, maxCoreValues) }).success).toBe(true);
  });

  it('requires every card placed and at least one core value', () => {
    expect(completionProblems(cards, empty)).toEqual([
      'Place the last 5 cards on a pile.',
      'Choose at least one core value from your Always valued pile.',
    ]);
    const allButOne = placeAll(empty, [
      ['a', 'often'],
      ['b', 'often'],
      ['c', 'never'],
      ['d', 'always'],
    ]);
    expect(completionProblems(cards, allButOne)).toEqual(['Place the last 1 card on a pile.']);
    const allPlaced = placeCard(allButOne, 'e', 'seldom');
    expect(completionProblems(cards, allPlaced)).toEqual([]);
    expect(completionProblems(cards, removeFromCore(allPlaced, 'd'))).toEqual([
      'Choose at least one core value from your Always valued pile.',
    ]);
  });
});

describe('equality of choices', () => {
  const of = (placements: SortChoices['placements'], ranking = core(), setAsideMeanings?: Record<string, string>): SortChoices =>
    setAsideMeanings ? { placements, core: ranking, setAsideMeanings } : { placements, core: ranking };

  it('compares placements whatever the key order', () => {
    expect(sameChoices(of({ a: 'always', b: 'never' }), of({ b: 'never', a: 'always' }))).toBe(true);
    expect(sameChoices(of({ a: 'always' }), of({ a: 'often' }))).toBe(false);
    expect(sameChoices(of({ a: 'always' }), of({ a: 'always', b: 'never' }))).toBe(false);
  });

  it('compares rankings by order and meaning', () => {
    expect(sameChoices(of({}, core('a', 'b')), of({}, core('a', 'b')))).toBe(true);
    expect(sameChoices(of({}, core('a', 'b')), of({}, core('b', 'a')))).toBe(false);
    expect(sameChoices(of({}, core('a')), of({}, setMeaning(core('a'), 'a', 'other')))).toBe(false);
    expect(sameChoices(of({}, core('a')), of({}, core('a', 'b')))).toBe(false);
  });

  it('compares meanings set aside, none being the same as an empty set', () => {
    expect(sameChoices(of({}, core(), {}), of({}))).toBe(true);
    expect(sameChoices(of({}, core(), { a: 'Mine' }), of({}))).toBe(false);
    expect(sameChoices(of({}, core(), { a: 'Mine' }), of({}, core(), { a: 'Yours' }))).toBe(false);
  });
});

describe('value names follow the one name rule (foldName)', () => {
  it('makes names that read the same equal: case, accents, spaces and invisible characters aside', () => {
    for (const variant of ['Patience', 'patience', 'PATIENCE ', '  pa\u200Btience', 'Pâtience', 'Patience\u00A0']) {
      expect(foldName(variant)).toBe('patience');
    }
    expect(foldName('Work  life\tbalance')).toBe(foldName('work life balance'));
  });

  it('keeps different names apart', () => {
    expect(foldName('Patience')).not.toBe(foldName('Patient'));
    expect(foldName('日本')).not.toBe(foldName('日本語'));
  });
});
