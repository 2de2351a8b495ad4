import { foldName } from '@shared/names';
import bundledSkills from '../../../resources/skills.json';
import { isBuiltInCategory, type BuiltInCategory } from './categories';

export type SkillSuggestion = { name: string; category: BuiltInCategory };

function isSuggestion(entry: { name: string; category: string }): entry is SkillSuggestion {
  return isBuiltInCategory(entry.category);
}

/** Our own list of common skills, bundled with the app: suggestions never come from the network. */
export const skillSuggestions: readonly SkillSuggestion[] = bundledSkills.filter(isSuggestion);

// Suggestion names never change, so each is folded once rather than on every keystroke.
const foldedNames = new Map<string, string>();
function foldedName(suggestion: SkillSuggestion): string {
  let folded = foldedNames.get(suggestion.name);
  if (folded === undefined) {
    folded = foldName(suggestion.name);
    foldedNames.set(suggestion.name, folded);
  }
  return folded;
}

/**
 * Suggestions for what has been typed so far: names that start with it first, then names with a
 * word that starts with it, then any other match. Skills already in the inventory are left out.
 */
export function matchSuggestions(
  typed: string,
  existingNames: ReadonlySet<string>,
  limit = 8,
  list: readonly SkillSuggestion[] = skillSuggestions,
): SkillSuggestion[] {
  const query = foldName(typed);
  if (query === '') return [];
  const ranked: Array<{ suggestion: SkillSuggestion; rank: number }> = [];
  for (const suggestion of list) {
    const name = foldedName(suggestion);
    if (existingNames.has(name)) continue;
    const at = name.indexOf(query);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : /[\s(/-]/.test(name.charAt(at - 1)) ? 1 : 2;
    ranked.push({ suggestion, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.suggestion.name.localeCompare(b.suggestion.name));
  return ranked.slice(0, limit).map(({ suggestion }) => suggestion);
}

/** The bundled suggestion with exactly this name (ignoring case and accents), if any. */
export function findSuggestion(name: string, list: readonly SkillSuggestion[] = skillSuggestions): SkillSuggestion | null {
  const folded = foldName(name);
  return list.find((suggestion) => foldedName(suggestion) === folded) ?? null;
}
