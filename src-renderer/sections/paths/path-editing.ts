import { hasVisibleText } from '@shared/model-primitives';
import { visibleName } from '@shared/names';
import type { CareerPath } from '@shared/planning';
import { failed, invalid, saved, type EntityPatch, type Row, type WriteResult } from '../../db';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import {
  findRequirement,
  insertAt,
  withExperimentChanged,
  withRequirementChanged,
  withUncertaintyChanged,
  withValueMark,
  type Experiment,
  type GaugeName,
  type ValueMark,
} from './path-edits';

type PathRow = Row<'paths'>;

/**
 * Edits inside one path: its fields, gauges, value marks and people, and the items of its lists
 * (target roles, required skills, questions and their experiments). Each change is made from the
 * stored path in one read-and-write; removing an item offers undo like any deletion.
 */
export class PathEditing extends SectionState {
  update(pathId: string, patch: EntityPatch<'paths'>): Promise<WriteResult<PathRow>> {
    return this.updateRow(this.repositories.paths, pathId, patch);
  }

  setGauge(pathId: string, gauge: GaugeName, level: number): Promise<WriteResult<PathRow>> {
    return this.modifyRow(this.repositories.paths, pathId, (stored) => ({ gauges: { ...stored.gauges, [gauge]: level } }));
  }

  /** Changes the path from its stored state; `change` returns the fields it changes. */
  change(pathId: string, change: (stored: CareerPath) => EntityPatch<'paths'>): Promise<WriteResult<PathRow>> {
    return this.modifyRow(this.repositories.paths, pathId, change);
  }

  markValue(pathId: string, valueId: string, mark: ValueMark): Promise<WriteResult<PathRow>> {
    return this.change(pathId, (stored) => withValueMark(stored, valueId, mark));
  }

  togglePerson(pathId: string, personId: string, on: boolean): Promise<WriteResult<PathRow>> {
    return this.change(pathId, (stored) => ({
      personIds: [...stored.personIds.filter((id) => id !== personId), ...(on ? [personId] : [])],
    }));
  }

  addTargetRole(pathId: string, role: string): Promise<WriteResult<PathRow>> {
    const text = visibleName(role);
    if (text === '') return Promise.resolve(invalid([{ path: 'targetRoles', message: 'needs a few words, e.g. “Product manager”' }]));
    return this.change(pathId, (stored) => ({ targetRoles: [...stored.targetRoles, text] }));
  }

  setRequirementLevel(pathId: string, name: string, level: number): Promise<WriteResult<PathRow>> {
    return this.change(pathId, (stored) => ({ requiredSkills: withRequirementChanged(stored.requiredSkills, name, { level }) }));
  }

  addUncertainty(pathId: string, question: string): Promise<WriteResult<PathRow>> {
    const text = visibleName(question);
    if (text === '') return Promise.resolve(invalid([{ path: 'uncertainties', message: 'needs a few words, e.g. “Would I enjoy managing people?”' }]));
    return this.change(pathId, (stored) => ({
      uncertainties: [...stored.uncertainties, { id: crypto.randomUUID(), question: text, experiments: [] }],
    }));
  }

  updateQuestion(pathId: string, uncertaintyId: string, question: string): Promise<WriteResult<PathRow>> {
    if (!hasVisibleText(question)) return Promise.resolve(invalid([{ path: 'question', message: 'must not be empty' }]));
    return this.change(pathId, (stored) => ({
      uncertainties: withUncertaintyChanged(stored.uncertainties, uncertaintyId, (uncertainty) => ({ ...uncertainty, question })),
    }));
  }

  addExperiment(pathId: string, uncertaintyId: string, kind: Experiment['kind'], description: string): Promise<WriteResult<PathRow>> {
    const experiment: Experiment = { id: crypto.randomUUID(), kind, description: description.trim(), status: 'idea', learned: '' };
    return this.change(pathId, (stored) => ({
      uncertainties: withUncertaintyChanged(stored.uncertainties, uncertaintyId, (uncertainty) => ({
        ...uncertainty,
        experiments: [...uncertainty.experiments, experiment],
      })),
    }));
  }

  updateExperiment(pathId: string, uncertaintyId: string, experimentId: string, patch: Partial<Omit<Experiment, 'id'>>) {
    return this.change(pathId, (stored) => ({
      uncertainties: withExperimentChanged(stored.uncertainties, uncertaintyId, experimentId, patch),
    }));
  }

  removeTargetRole(path: PathRow, index: number, focus?: string) {
    const role = path.targetRoles[index] ?? '';
    return this.#removeItem(path.id, `the target role “${role}”`, focus, (stored) => {
      const at = stored.targetRoles[index] === role ? index : stored.targetRoles.indexOf(role);
      if (at < 0) return null;
      return {
        patch: { targetRoles: stored.targetRoles.filter((_, i) => i !== at) },
        putBack: (current) => ({ targetRoles: insertAt(current.targetRoles, at, role) }),
      };
    });
  }

  removeRequirement(path: PathRow, name: string, focus?: string) {
    return this.#removeItem(path.id, `“${name}”, a skill ${path.name} needs`, focus, (stored) => {
      const at = findRequirement(stored, name);
      const requirement = stored.requiredSkills[at];
      if (!requirement) return null;
      return {
        patch: { requiredSkills: stored.requiredSkills.filter((_, i) => i !== at) },
        putBack: (current) =>
          findRequirement(current, name) >= 0 ? {} : { requiredSkills: insertAt(current.requiredSkills, at, requirement) },
      };
    });
  }

  removeUncertainty(path: PathRow, uncertaintyId: string, focus?: string) {
    const question = path.uncertainties.find((uncertainty) => uncertainty.id === uncertaintyId)?.question ?? '';
    return this.#removeItem(path.id, `the question “${question}”`, focus, (stored) => {
      const at = stored.uncertainties.findIndex((uncertainty) => uncertainty.id === uncertaintyId);
      const uncertainty = stored.uncertainties[at];
      if (!uncertainty) return null;
      return {
        patch: { uncertainties: stored.uncertainties.filter((_, i) => i !== at) },
        putBack: (current) =>
          current.uncertainties.some((item) => item.id === uncertaintyId) ? {} : { uncertainties: insertAt(current.uncertainties, at, uncertainty) },
      };
    });
  }

  removeExperiment(path: PathRow, uncertaintyId: string, experimentId: string, focus?: string) {
    const question = path.uncertainties.find((uncertainty) => uncertainty.id === uncertaintyId)?.question ?? '';
    return this.#removeItem(path.id, `an experiment for “${question}”`, focus, (stored) => {
      const experiments = stored.uncertainties.find((uncertainty) => uncertainty.id === uncertaintyId)?.experiments ?? [];
      const at = experiments.findIndex((experiment) => experiment.id === experimentId);
      const experiment = experiments[at];
      if (!experiment) return null;
      const change = (current: CareerPath, list: (items: Experiment[]) => Experiment[]) =>
        withUncertaintyChanged(current.uncertainties, uncertaintyId, (uncertainty) => ({ ...uncertainty, experiments: list(uncertainty.experiments) }));
      return {
        patch: { uncertainties: change(stored, (items) => items.filter((item) => item.id !== experimentId)) },
        putBack: (current) => ({
          uncertainties: change(current, (items) => (items.some((item) => item.id === experimentId) ? items : insertAt(items, at, experiment))),
        }),
      };
    });
  }

  /**
   * Removes one item of a list inside a path, with undo in the toast and on Ctrl+Z. `take` finds the
   * item in the stored path and says how to remove it and how to put it back.
   */
  #removeItem(
    pathId: string,
    what: string,
    focusAfterUndo: string | undefined,
    take: (stored: CareerPath) => { patch: EntityPatch<'paths'>; putBack: (current: CareerPath) => EntityPatch<'paths'> } | null,
  ): Promise<WriteResult<unknown>> {
    const paths = this.repositories.paths;
    return this.app.writer.deleteWithUndo({
      workbookId: this.workbookId,
      remove: async () => {
        const taken: Array<(current: CareerPath) => EntityPatch<'paths'>> = [];
        const result = await paths.modify(this.workbookId, pathId, (stored) => {
          const found = take(stored);
          if (!found) return {};
          taken.push(found.putBack);
          return found.patch;
        });
        if (result.status !== 'saved') return result;
        const putBack = taken[0];
        return putBack ? saved(putBack) : failed('That was already removed.');
      },
      restore: (putBack) => paths.modify(this.workbookId, pathId, putBack),
      describe: () => what,
      focusAfterUndo,
      serial: entityKey('paths', pathId),
    });
  }
}
