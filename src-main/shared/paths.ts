import { foldName } from './names';
import type { CareerPath } from './planning';
import type { PrioritisedLearningOptions } from './skills-plan';
import type { Skill } from './workbook';

/*
 * Derived figures for the Paths section: how one path's required skills compare with the inventory,
 * how well the path fits (skills and values), all paths side by side, and how much the paths ask of
 * each skill for "What to learn next". Pure, so the renderer, the PDF and the tests share them.
 */

type RequiredSkill = CareerPath['requiredSkills'][number];
type InventorySkill = Pick<Skill, 'id' | 'name' | 'proficiency'>;
export type PathGauges = CareerPath['gauges'];
export type GaugeName = keyof PathGauges;

/** The inventory, looked up by id and by folded name, built once for many paths. */
export interface Inventory<S extends InventorySkill = InventorySkill> {
  byId: ReadonlyMap<string, S>;
  byName: ReadonlyMap<string, S>;
}

export function inventoryOf<S extends InventorySkill>(skills: readonly S[]): Inventory<S> {
  const byName = new Map<string, S>();
  // The first skill of a name wins, as the person sees it first in their list.
  for (const skill of skills) {
    const name = foldName(skill.name);
    if (!byName.has(name)) byName.set(name, skill);
  }
  return { byId: new Map(skills.map((skill) => [skill.id, skill])), byName };
}

/** The inventory skill a requirement means: the linked one, else one with the same name (see `sameName`). */
export function matchRequirement<S extends InventorySkill>(requirement: RequiredSkill, inventory: Inventory<S>): S | null {
  const linked = requirement.skillId === null ? undefined : inventory.byId.get(requirement.skillId);
  return linked ?? inventory.byName.get(foldName(requirement.name)) ?? null;
}

export type RequirementStatus = 'missing' | 'below' | 'met';

export interface RequirementReading<S extends InventorySkill = InventorySkill> {
  requirement: RequiredSkill;
  /** Position in the path's list, to address the requirement when changing it. */
  index: number;
  skill: S | null;
  status: RequirementStatus;
  /**
   * Levels between today's proficiency and the level needed: 0 when met, the whole level when the
   * skill is missing, null when the skill is in the inventory but its proficiency is not rated yet.
   */
  levelsShort: number | null;
}

/**
 * One path's required skills against the inventory: 'missing' when no inventory skill matches,
 * 'below' when the proficiency is under the level needed or not rated yet, 'met' otherwise.
 */
export function skillGapAnalysis<S extends InventorySkill>(
  path: Pick<CareerPath, 'requiredSkills'>,
  inventory: Inventory<S>,
): RequirementReading<S>[] {
  return path.requiredSkills.map((requirement, index) => {
    const skill = matchRequirement(requirement, inventory);
    if (skill === null) return { requirement, index, skill, status: 'missing', levelsShort: requirement.level };
    if (skill.proficiency === null) return { requirement, index, skill, status: 'below', levelsShort: null };
    const levelsShort = Math.max(0, requirement.level - skill.proficiency);
    return { requirement, index, skill, status: levelsShort > 0 ? 'below' : 'met', levelsShort };
  });
}

/**
 * Skill coverage as a whole percentage: the levels the person has reached of the levels the path needs,
 * each requirement counting up to its level needed (a skill past the level earns no extra credit; a
 * missing or unrated skill counts 0). A path needing SQL 4 and Python 2, with SQL at 3 and no Python,
 * covers 3 of 6 levels: 50 %. Null when the path names no required skills.
 */
export function skillCoverage(readings: readonly RequirementReading[]): number | null {
  let needed = 0;
  let reached = 0;
  for (const { requirement, skill } of readings) {
    needed += requirement.level;
    reached += Math.min(requirement.level, skill?.proficiency ?? 0);
  }
  return needed === 0 ? null : Math.round((100 * reached) / needed);
}

export interface ValuesAlignment {
  /** Core value ids the path serves and strains, in the order of the core ranking. */
  serves: string[];
  strains: string[];
  coreCount: number;
  /**
   * (core values served − core values strained) ÷ core values, as a whole percentage from −100 to 100.
   * Null when there are no core values yet, or the path is not marked against any of them.
   */
  figure: number | null;
}

/** Which core values (`coreValueIds`, most important first) the path serves or strains, and the figure. */
export function valuesAlignment(
  path: Pick<CareerPath, 'servesValues' | 'threatensValues'>,
  coreValueIds: readonly string[],
): ValuesAlignment {
  const served = new Set(path.servesValues);
  const strained = new Set(path.threatensValues);
  const serves = coreValueIds.filter((id) => served.has(id));
  const strains = coreValueIds.filter((id) => strained.has(id));
  const coreCount = coreValueIds.length;
  const figure =
    coreCount === 0 || serves.length + strains.length === 0 ? null : Math.round((100 * (serves.length - strains.length)) / coreCount);
  // -0 reads as "−0 %" in some formatters.
  return { serves, strains, coreCount, figure: figure === 0 ? 0 : figure };
}

/** Uncertainties not tested yet: none of their experiments is done. */
export function openUncertainties(path: Pick<CareerPath, 'uncertainties'>): number {
  return path.uncertainties.filter((uncertainty) => !uncertainty.experiments.some((experiment) => experiment.status === 'done')).length;
}

export interface PathComparison {
  path: CareerPath;
  coverage: number | null;
  alignment: number | null;
  missing: number;
  below: number;
  met: number;
  gauges: PathGauges;
  openUncertainties: number;
}

/** Every path's figures side by side, in the order the paths are given (the person's own order). */
export function comparePaths(
  paths: readonly CareerPath[],
  skills: readonly InventorySkill[],
  coreValueIds: readonly string[],
): PathComparison[] {
  const inventory = inventoryOf(skills);
  return paths.map((path) => {
    const readings = skillGapAnalysis(path, inventory);
    const count = (status: RequirementStatus) => readings.filter((reading) => reading.status === status).length;
    return {
      path,
      coverage: skillCoverage(readings),
      alignment: valuesAlignment(path, coreValueIds).figure,
      missing: count('missing'),
      below: count('below'),
      met: count('met'),
      gauges: path.gauges,
      openUncertainties: openUncertainties(path),
    };
  });
}

/**
 * How much each path's status counts towards a skill's place in "What to learn next": a path being
 * pursued counts 2, one being explored 1, parked and dropped paths nothing.
 */
export const pathDemandWeights: Readonly<Record<CareerPath['status'], number>> = {
  pursuing: 2,
  exploring: 1,
  parked: 0,
  dropped: 0,
};
/** The most path demand one skill can get, so fifty paths cannot push a small gap past every other skill. */
export const maxPathDemand = 4;

/**
 * What the paths ask of the inventory, for `prioritisedLearning`:
 * - `pathDemand`: per skill id, the sum of the weights of the paths that require it (each path once,
 *   capped at `maxPathDemand`);
 * - `pathLevels`: per skill id, the highest level a path being pursued needs. A skill needed above its
 *   own target, or not rated yet, then has a gap too: a pursued path is a target of its own.
 * Requirements match skills as in the gap analysis (link, else same name).
 */
export function learningDemand(
  paths: readonly Pick<CareerPath, 'status' | 'requiredSkills'>[],
  skills: readonly InventorySkill[],
): Required<PrioritisedLearningOptions> {
  const inventory = inventoryOf(skills);
  const pathDemand = new Map<string, number>();
  const pathLevels = new Map<string, number>();
  for (const path of paths) {
    const weight = pathDemandWeights[path.status];
    if (weight === 0) continue;
    const counted = new Set<string>();
    for (const requirement of path.requiredSkills) {
      const skill = matchRequirement(requirement, inventory);
      if (skill === null) continue;
      if (!counted.has(skill.id)) {
        counted.add(skill.id);
        pathDemand.set(skill.id, Math.min(maxPathDemand, (pathDemand.get(skill.id) ?? 0) + weight));
      }
      if (path.status === 'pursuing') pathLevels.set(skill.id, Math.max(pathLevels.get(skill.id) ?? 0, requirement.level));
    }
  }
  return { pathDemand, pathLevels };
}
