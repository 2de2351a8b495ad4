import { countFlags, type FlagCounts } from '@shared/learning-plan';
import type { LearningAction, Skill } from '@shared/workbook';
import { foldName } from '@shared/names';

/*
 * Look-ups the Skills views build once per change of the data (never per row or per keystroke).
 * Plain functions, so they can be tested without a DOM.
 */

export function groupActionsBySkill<A extends Pick<LearningAction, 'skillId'>>(actions: readonly A[]): ReadonlyMap<string, A[]> {
  const bySkill = new Map<string, A[]>();
  for (const action of actions) {
    const list = bySkill.get(action.skillId);
    if (list) list.push(action);
    else bySkill.set(action.skillId, [action]);
  }
  return bySkill;
}

/** Overdue and expiry counts per skill; skills with nothing flagged are left out. */
export function flagCountsBySkill(
  actionsBySkill: ReadonlyMap<string, ReadonlyArray<Parameters<typeof countFlags>[0][number]>>,
  today: string,
): ReadonlyMap<string, FlagCounts> {
  const flags = new Map<string, FlagCounts>();
  for (const [skillId, actions] of actionsBySkill) {
    const counts = countFlags(actions, today);
    if (counts.overdue + counts.expired + counts.expiring > 0) flags.set(skillId, counts);
  }
  return flags;
}

export function foldedNames(skills: ReadonlyArray<Pick<Skill, 'name'>>): ReadonlySet<string> {
  return new Set(skills.map((skill) => foldName(skill.name)));
}

/** One folded text per skill (name and notes), in list order, for the search. */
export function searchTexts(skills: ReadonlyArray<Pick<Skill, 'name' | 'notes'>>): string[] {
  return skills.map((skill) => foldName(`${skill.name}\n${skill.notes}`));
}

/**
 * Skills whose category matches ('' for any) and whose name or notes contain the query. The search
 * texts are asked for only when there is a query, so an unfiltered list costs nothing to build.
 */
export function filterSkills<S extends Pick<Skill, 'category'>>(
  skills: readonly S[],
  searchTextsOf: () => readonly string[],
  query: string,
  category: string,
): readonly S[] {
  const folded = foldName(query);
  if (folded === '' && category === '') return skills;
  const texts = folded === '' ? [] : searchTextsOf();
  return skills.filter(
    (skill, position) =>
      (category === '' || skill.category === category) && (folded === '' || (texts[position] ?? '').includes(folded)),
  );
}
