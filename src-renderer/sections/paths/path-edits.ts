import { foldName } from '@shared/names';
import type { CareerPath } from '@shared/planning';

/*
 * Changes to the lists inside a path, as pure functions of the stored path: the state class applies
 * them in one read-and-write, so quick edits never undo each other.
 */

export type Requirement = CareerPath['requiredSkills'][number];
export type Uncertainty = CareerPath['uncertainties'][number];
export type Experiment = Uncertainty['experiments'][number];
export type ValueMark = 'serves' | 'strains' | 'none';
export type GaugeName = keyof CareerPath['gauges'];

/** The requirement with this name (names are unique in a path, as the person reads them). */
export function findRequirement(path: Pick<CareerPath, 'requiredSkills'>, name: string): number {
  const wanted = foldName(name);
  return path.requiredSkills.findIndex((requirement) => foldName(requirement.name) === wanted);
}

export function withRequirementChanged(
  list: readonly Requirement[],
  name: string,
  change: Partial<Requirement>,
): Requirement[] {
  const wanted = foldName(name);
  return list.map((requirement) => (foldName(requirement.name) === wanted ? { ...requirement, ...change } : requirement));
}

/** A value is served, strained or neither: marking one side takes it off the other. */
export function withValueMark(path: Pick<CareerPath, 'servesValues' | 'threatensValues'>, valueId: string, mark: ValueMark) {
  const servesValues = path.servesValues.filter((id) => id !== valueId);
  const threatensValues = path.threatensValues.filter((id) => id !== valueId);
  if (mark === 'serves') servesValues.push(valueId);
  if (mark === 'strains') threatensValues.push(valueId);
  return { servesValues, threatensValues };
}

export function valueMark(path: Pick<CareerPath, 'servesValues' | 'threatensValues'>, valueId: string): ValueMark {
  if (path.servesValues.includes(valueId)) return 'serves';
  if (path.threatensValues.includes(valueId)) return 'strains';
  return 'none';
}

export function withUncertaintyChanged(
  list: readonly Uncertainty[],
  uncertaintyId: string,
  change: (uncertainty: Uncertainty) => Uncertainty,
): Uncertainty[] {
  return list.map((uncertainty) => (uncertainty.id === uncertaintyId ? change(uncertainty) : uncertainty));
}

export function withExperimentChanged(
  list: readonly Uncertainty[],
  uncertaintyId: string,
  experimentId: string,
  change: Partial<Omit<Experiment, 'id'>>,
): Uncertainty[] {
  return withUncertaintyChanged(list, uncertaintyId, (uncertainty) => ({
    ...uncertainty,
    experiments: uncertainty.experiments.map((experiment) => (experiment.id === experimentId ? { ...experiment, ...change } : experiment)),
  }));
}

/** Puts an item back where it was (or at the end, when the list got shorter since). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(Math.max(index, 0), list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * A key per requirement that stays with it while others come and go (for list keys and element ids):
 * its folded name with spaces as _, numbered when a name repeats (as in a hand-edited file).
 */
export function requirementKeys(requirements: ReadonlyArray<{ name: string }>): string[] {
  const seen = new Map<string, number>();
  return requirements.map(({ name }) => {
    const folded = foldName(name).replace(/\s/gu, '_');
    const count = seen.get(folded) ?? 0;
    seen.set(folded, count + 1);
    return count === 0 ? folded : `${folded}~${count}`;
  });
}
