/*
 * What a milestone can link to besides paths, skills and people: the core values it serves.
 */
import { indexCards, sortCards, valuesDeck } from './values';
import type { CustomValue, ValueSort } from './workbook';

export interface ValueChoice {
  id: string;
  name: string;
  core: boolean;
}

/**
 * The values a milestone may name in "why it matters": the core values of the newest sort that has any
 * (else of the latest finished sort), in rank order, then values the milestone already links that are
 * no longer core (so they can be unticked). `sorts` is newest first.
 */
export function valueChoices(
  sorts: readonly ValueSort[],
  customValues: readonly CustomValue[],
  linked: readonly string[],
): ValueChoice[] {
  const newest = sorts[0];
  const sort = newest && newest.core.length > 0 ? newest : sorts.find((candidate) => candidate.completedAt !== null);
  const cards = indexCards(sortCards(valuesDeck, customValues));
  const coreIds = sort?.core.map((value) => value.valueId) ?? [];
  const choices: ValueChoice[] = [];
  for (const id of coreIds) {
    const card = cards.get(id);
    if (card) choices.push({ id, name: card.name, core: true });
  }
  for (const id of linked) {
    if (coreIds.includes(id)) continue;
    const card = cards.get(id);
    if (card) choices.push({ id, name: card.name, core: false });
  }
  return choices;
}
