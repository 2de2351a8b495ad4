import { foldName, visibleName } from './names';
import { isRated, skillQuadrant } from './skills-plan';
import { currentCore, indexCards, sortCards, valuesDeck } from './values';
import type { CustomValue, ValueSort, Vision } from './workbook';

/**
 * The ikigai canvas of the Vision section: four areas the person describes, where they meet in their
 * own words, and suggestions for the areas drawn from what the workbook already knows.
 */
export const ikigaiAreas = ['love', 'goodAt', 'worldNeeds', 'paidFor'] as const;
export type IkigaiArea = (typeof ikigaiAreas)[number];
export type Ikigai = Vision['ikigai'];

export const ikigaiAreaLabels: Readonly<Record<IkigaiArea, { title: string; short: string; hint: string }>> = {
  love: {
    title: 'What I love',
    short: 'Love',
    hint: 'Work and subjects you would keep doing even when nobody asked.',
  },
  goodAt: {
    title: 'What I am good at',
    short: 'Good at',
    hint: 'What others come to you for, and what you do well without strain.',
  },
  worldNeeds: {
    title: 'What the world needs',
    short: 'World needs',
    hint: 'Problems and people you want to matter to: what should there be more of?',
  },
  paidFor: {
    title: 'What I can be paid for',
    short: 'Paid for',
    hint: 'Skills and roles someone pays for today, or would pay for with a little more work.',
  },
};

export const overlapLabel = 'Where they meet, in my own words';

export type SuggestionSource = 'motivated-strength' | 'enjoyed-skill' | 'core-value';

/** What each area's suggestions are drawn from, said above them. */
export const suggestionHeadings: Readonly<Record<IkigaiArea, string>> = {
  love: 'Suggested from the skills you enjoy most',
  goodAt: 'Suggested from your motivated strengths',
  worldNeeds: 'Suggested from your core values',
  paidFor: 'Suggested from your strongest motivated strengths',
};

export interface IkigaiSuggestion {
  area: IkigaiArea;
  text: string;
  source: SuggestionSource;
}

export interface SuggestionSkill {
  name: string;
  proficiency: number | null;
  enjoyment: number | null;
}

export interface SuggestionInputs {
  /** The skills inventory, in the person's order. */
  skills: readonly SuggestionSkill[];
  /** Names of the core values, most important first. */
  coreValues: readonly string[];
  /** What the canvas holds now: a suggestion already written in its area is not offered again. */
  ikigai: Ikigai;
}

/** Enjoyment of 4 or 5: a skill the person looks forward to using. */
const highEnjoyment = 4;
/** Proficiency of 4 or 5: strong enough that someone pays for it today. */
const paidProficiency = 4;
/** At most this many suggestions per area, so the list stays a prompt rather than a copy of the inventory. */
export const suggestionsPerArea = 6;

type Rated = SuggestionSkill & { proficiency: number; enjoyment: number };
const mostEnjoyed = (a: Rated, b: Rated): number => b.enjoyment - a.enjoyment || b.proficiency - a.proficiency;
const strongest = (a: Rated, b: Rated): number => b.proficiency - a.proficiency || b.enjoyment - a.enjoyment;

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Whether the area's text already names the suggestion as a whole word or phrase, whatever its case or
 * accents: "SQL (for reports)" names SQL, "MySQL" does not. Taken suggestions the person reworded stay out.
 */
function alreadyNamed(foldedText: string, foldedName: string): boolean {
  for (let at = foldedText.indexOf(foldedName); at !== -1; at = foldedText.indexOf(foldedName, at + 1)) {
    const before = foldedText[at - 1] ?? ' ';
    const after = foldedText[at + foldedName.length] ?? ' ';
    if (!wordCharacter.test(before) && !wordCharacter.test(after)) return true;
  }
  return false;
}

/**
 * Suggestions for each area: what you love from the skills you enjoy most (enjoyment 4–5), what you are
 * good at from your motivated strengths (the Skills map), what you can be paid for from the motivated
 * strengths you are strongest in (proficiency 4–5), and what the world needs from your core values.
 * Each list is in order of strength (ties keep the inventory's order, values keep their ranking), has
 * no repeats, leaves out what the area's text already names, and holds at most `suggestionsPerArea`.
 */
export function ikigaiSuggestions(inputs: SuggestionInputs): Record<IkigaiArea, IkigaiSuggestion[]> {
  const rated = inputs.skills.filter(isRated).filter((skill) => visibleName(skill.name) !== '');
  const strengths = rated.filter((skill) => skillQuadrant(skill) === 'motivated-strength');
  const enjoyed = rated.filter((skill) => skill.enjoyment >= highEnjoyment).sort(mostEnjoyed);
  const paid = strengths.filter((skill) => skill.proficiency >= paidProficiency).sort(strongest);
  const good = [...strengths].sort(strongest);

  const listFor = (area: IkigaiArea, names: readonly string[], source: SuggestionSource): IkigaiSuggestion[] => {
    const written = foldName(inputs.ikigai[area]);
    const offered = new Set<string>();
    const list: IkigaiSuggestion[] = [];
    for (const name of names) {
      const text = visibleName(name);
      const folded = foldName(text);
      if (text === '' || offered.has(folded) || alreadyNamed(written, folded)) continue;
      offered.add(folded);
      list.push({ area, text, source });
      if (list.length === suggestionsPerArea) break;
    }
    return list;
  };

  return {
    love: listFor('love', enjoyed.map((skill) => skill.name), 'enjoyed-skill'),
    goodAt: listFor('goodAt', good.map((skill) => skill.name), 'motivated-strength'),
    worldNeeds: listFor('worldNeeds', inputs.coreValues, 'core-value'),
    paidFor: listFor('paidFor', paid.map((skill) => skill.name), 'motivated-strength'),
  };
}

/** The area's text with a suggestion added on a line of its own. */
export function withSuggestion(text: string, suggestion: string): string {
  if (text.trim() === '') return suggestion;
  return `${text.replace(/\s+$/, '')}\n${suggestion}`;
}

/**
 * An area's text shortened for the drawing: its first lines, each cut to `maxLength` characters with …,
 * and "+ N more" in place of the last line when there are more than `maxLines`.
 */
export function areaSummary(text: string, maxLines = 3, maxLength = 24): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ([...line].length > maxLength ? `${[...line].slice(0, maxLength - 1).join('').trimEnd()}…` : line));
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `+ ${lines.length - maxLines + 1} more`];
}

/**
 * The names of the core values to suggest, most important first: those of the newest sort when it has
 * any (finished or not), otherwise of the latest finished sort. `sorts` is newest first. A value whose
 * card is gone (an own value deleted since) is left out.
 */
export function coreValueNames(sorts: readonly ValueSort[], customValues: readonly CustomValue[]): string[] {
  const core = currentCore(sorts);
  if (core.length === 0) return [];
  const cards = indexCards(sortCards(valuesDeck, customValues));
  return core.flatMap((value) => {
    const card = cards.get(value.valueId);
    return card ? [card.name] : [];
  });
}
