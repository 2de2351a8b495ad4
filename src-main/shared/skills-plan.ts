import type { LearningAction, Skill } from './workbook';

/*
 * Derived figures for the Skills section: gaps, the motivated-skills quadrants and the prioritised
 * learning list. Pure, so the renderer, the PDF and the tests share one definition.
 */

/**
 * A skill as the person first adds it: not rated yet (no levels), with no notes or evidence. The one
 * place new skills get their defaults, wherever they are added from.
 */
export function newSkill(
  name: string,
  category: string,
): Pick<Skill, 'name' | 'category' | 'proficiency' | 'enjoyment' | 'targetLevel' | 'notes' | 'evidence'> {
  return { name, category, proficiency: null, enjoyment: null, targetLevel: null, notes: '', evidence: [] };
}

type Levels = Pick<Skill, 'proficiency' | 'enjoyment'>;
export type RatedLevels = { proficiency: number; enjoyment: number };

/** Rated enough to place on the map: both proficiency and enjoyment are set. */
export function isRated<S extends Levels>(skill: S): skill is S & RatedLevels {
  return skill.proficiency !== null && skill.enjoyment !== null;
}

/** Levels still to go from today's proficiency to the target; never negative; null until both are rated. */
export function skillGap(skill: Pick<Skill, 'proficiency' | 'targetLevel'>): number | null {
  if (skill.proficiency === null || skill.targetLevel === null) return null;
  return Math.max(0, skill.targetLevel - skill.proficiency);
}

export const skillQuadrants = ['motivated-strength', 'growth-area', 'burnout-risk', 'low-priority'] as const;
export type SkillQuadrant = (typeof skillQuadrants)[number];

/** Levels 3–5 count as high, 1–2 as low: a 3 is already solid ground. */
export function isHighLevel(level: number): boolean {
  return level >= 3;
}

/** The map quadrant of a rated skill (see `isRated`: a skill not rated yet stays off the map). */
export function skillQuadrant(skill: RatedLevels): SkillQuadrant {
  const skilled = isHighLevel(skill.proficiency);
  const enjoyed = isHighLevel(skill.enjoyment);
  if (skilled) return enjoyed ? 'motivated-strength' : 'burnout-risk';
  return enjoyed ? 'growth-area' : 'low-priority';
}

export const quadrantLabels: Readonly<Record<SkillQuadrant, { title: string; advice: string }>> = {
  'motivated-strength': {
    title: 'Motivated strengths',
    advice: 'You are good at these and you enjoy them. Build your career on these.',
  },
  'burnout-risk': {
    title: 'Burnout risks',
    advice: 'You are good at these but they drain you: use them sparingly, or change how you use them.',
  },
  'growth-area': {
    title: 'Growth areas',
    advice: 'You enjoy these and are still learning. Time spent here can turn them into strengths.',
  },
  'low-priority': {
    title: 'Low priority',
    advice: 'Neither strong nor enjoyable for now. Let them be, unless a path you want needs them.',
  },
};

export interface PrioritisedSkill {
  skill: Skill;
  gap: number;
  priority: number;
  reason: string;
}

export interface PrioritisedLearningOptions {
  /** Extra weight per skill id from the paths that need the skill (see `learningDemand` in paths.ts); 0 when absent. */
  pathDemand?: ReadonlyMap<string, number>;
  /**
   * Per skill id, the level a path being pursued needs. Above the skill's own target (or with no
   * target) it becomes the target; a skill not rated yet that such a path needs counts the whole level
   * as its gap, so it is listed until the person rates it.
   */
  pathLevels?: ReadonlyMap<string, number>;
}

const activeStatuses: ReadonlySet<LearningAction['status']> = new Set(['planned', 'in-progress']);

// One collator for the whole sort: creating one per comparison is slow with thousands of skills.
const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function levelsToGo(gap: number): string {
  return gap === 1 ? '1 level to go' : `${gap} levels to go`;
}

interface LearningGoal {
  gap: number;
  /** The level a pursued path needs, when it (not the skill's own target) sets the gap. */
  pathLevel: number | null;
}

/** The gap to close: to the skill's own target, or to the level a pursued path needs when that is higher. */
function learningGoal(skill: Skill, pathLevel: number | null): LearningGoal | null {
  // Not rated yet: the whole level is still to go, as for a skill the inventory does not have.
  if (skill.proficiency === null && pathLevel !== null) return { gap: Math.max(pathLevel, skill.targetLevel ?? 0), pathLevel };
  const ownGap = skillGap(skill);
  if (pathLevel === null || skill.proficiency === null || (skill.targetLevel !== null && skill.targetLevel >= pathLevel)) {
    return ownGap === null || ownGap === 0 ? null : { gap: ownGap, pathLevel: null };
  }
  const gap = pathLevel - skill.proficiency;
  return gap > 0 ? { gap, pathLevel } : null;
}

/** A short plain sentence on why a skill sits where it does in the list. */
function describeReason(skill: Skill, goal: LearningGoal, demand: number): string {
  const { enjoyment } = skill;
  const reasons: string[] = [];
  if (enjoyment !== null && enjoyment >= 4) reasons.push('you enjoy it');
  let sentence: string;
  if (goal.pathLevel === null) {
    if (demand > 0) reasons.push('a path you are weighing needs it');
    sentence = levelsToGo(goal.gap);
  } else if (skill.proficiency === null) {
    reasons.push(`a path you are pursuing needs level ${goal.pathLevel}`);
    sentence = 'not rated yet';
  } else {
    sentence = `${levelsToGo(goal.gap)} to the level a path you are pursuing needs`;
  }
  if (reasons.length === 1) sentence += `, and ${reasons[0]}`;
  if (reasons.length === 2) sentence += `, ${reasons[0]}, and ${reasons[1]}`;
  if (enjoyment !== null && enjoyment <= 2) sentence += ', though you enjoy it less';
  return sentence;
}

/**
 * What to learn next: skills below their target, most worth it first (skills whose proficiency or
 * target is not rated yet have no gap to close, unless a pursued path needs them: see `pathLevels`). Priority weighs the gap twice, then enjoyment around
 * the middle of the scale (the middle when not rated), then how much the paths need it. Skills that already
 * have a planned or running learning action come after equally urgent ones that have none.
 */
export function prioritisedLearning(
  skills: Skill[],
  actions: LearningAction[],
  options: PrioritisedLearningOptions = {},
): PrioritisedSkill[] {
  const withActiveAction = new Set<string>();
  for (const action of actions) {
    if (activeStatuses.has(action.status)) withActiveAction.add(action.skillId);
  }

  const entries: Array<PrioritisedSkill & { active: boolean }> = [];
  for (const skill of skills) {
    const goal = learningGoal(skill, options.pathLevels?.get(skill.id) ?? null);
    if (goal === null) continue;
    const demand = options.pathDemand?.get(skill.id) ?? 0;
    entries.push({
      skill,
      gap: goal.gap,
      priority: goal.gap * 2 + ((skill.enjoyment ?? 3) - 3) + demand,
      reason: describeReason(skill, goal, demand),
      active: withActiveAction.has(skill.id),
    });
  }

  entries.sort(
    (first, second) =>
      second.priority - first.priority ||
      Number(first.active) - Number(second.active) ||
      nameOrder.compare(first.skill.name, second.skill.name) ||
      (first.skill.id < second.skill.id ? -1 : first.skill.id > second.skill.id ? 1 : 0),
  );
  return entries.map(({ skill, gap, priority, reason }) => ({ skill, gap, priority, reason }));
}
