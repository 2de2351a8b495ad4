import { hasVisibleText } from '@shared/model-primitives';
import { visibleName } from '@shared/names';
import { comparePaths, inventoryOf, matchRequirement, skillGapAnalysis, valuesAlignment } from '@shared/paths';
import type { CareerPath } from '@shared/planning';
import { newSkill } from '@shared/skills-plan';
import { currentCore, indexCards, sortCards, valuesDeck } from '@shared/values';
import type { CustomValue, ValueSort } from '@shared/workbook';
import { invalid, type Row, type WriteResult } from '../../db';
import type { LiveQuery } from '../../state/live-query.svelte';
import { PathEditing } from './path-editing';
import { findRequirement, withRequirementChanged } from './path-edits';

type PathRow = Row<'paths'>;

/** Where undo of a deleted path puts focus: its row in the list. */
export function pathFocus(pathId: string): string {
  return `[data-path-id="${CSS.escape(pathId)}"] button.open`;
}

const nameMessage = 'is needed: a few words you would recognise it by';
const activeActions: ReadonlySet<string> = new Set(['planned', 'in-progress']);

/**
 * The Paths section's state: the paths in the person's order, and what their figures are read against
 * (the skills inventory and its learning actions, the current core values, the people). Which path is
 * open, and which view; the edits inside a path come from `PathEditing`. Must be created during
 * component initialisation (it owns live queries).
 */
export class PathsState extends PathEditing {
  readonly paths: LiveQuery<PathRow[], string> = this.live((id) => this.repositories.paths.list(id), []);
  readonly skills: LiveQuery<Row<'skills'>[], string> = this.live((id) => this.repositories.skills.list(id), []);
  readonly actions: LiveQuery<Row<'learningActions'>[], string> = this.live((id) => this.repositories.learningActions.list(id), []);
  readonly people: LiveQuery<Row<'people'>[], string> = this.live((id) => this.repositories.people.list(id), []);
  readonly #sorts: LiveQuery<ValueSort[], string> = this.live((id) => this.repositories.valueSorts.list(id), []);
  readonly #customValues: LiveQuery<CustomValue[], string> = this.live((id) => this.repositories.customValues.list(id), []);
  openPathId = $state<string | null>(null);
  /** False while the open panel shows a path just added from the add form: focus stays in the form. */
  panelTakesFocus = $state(true);
  addFormOpen = $state(false);
  /** Read out by a polite live region: what a step in the gap analysis did. */
  announcement = $state('');

  readonly loaded = $derived.by(
    () => this.paths.loaded && this.skills.loaded && this.actions.loaded && this.people.loaded && this.#sorts.loaded && this.#customValues.loaded,
  );
  readonly error = $derived(
    this.paths.error ?? this.skills.error ?? this.actions.error ?? this.people.error ?? this.#sorts.error ?? this.#customValues.error,
  );
  readonly openPath = $derived.by(() => this.paths.current.find((path) => path.id === this.openPathId) ?? null);
  readonly inventory = $derived.by(() => inventoryOf(this.skills.current));
  readonly #cards = $derived.by(() => indexCards(sortCards(valuesDeck, this.#customValues.current)));
  /** The current core values, most important first, with their names. */
  readonly coreValues = $derived.by(() =>
    currentCore(this.#sorts.current).flatMap(({ valueId }) => {
      const card = this.#cards.get(valueId);
      return card ? [{ id: valueId, name: card.name }] : [];
    }),
  );
  readonly coreValueIds = $derived(this.coreValues.map((value) => value.id));
  readonly comparison = $derived.by(() => comparePaths(this.paths.current, this.skills.current, this.coreValueIds));
  /** Skills with a planned or running learning action. */
  readonly skillsWithPlans = $derived.by(() => skillIdsWithPlans(this.actions.current));

  /** The name of any value id a path holds (a core value, or one no longer core). */
  valueName(valueId: string): string {
    return this.#cards.get(valueId)?.name ?? 'A value no longer in your deck';
  }

  gaps(path: CareerPath) {
    return skillGapAnalysis(path, this.inventory);
  }

  alignment(path: CareerPath) {
    return valuesAlignment(path, this.coreValueIds);
  }

  open(pathId: string, takeFocus = true): void {
    this.panelTakesFocus = takeFocus;
    this.openPathId = pathId;
  }

  close(): void {
    this.openPathId = null;
  }

  /** A new path, being explored, with nothing rated yet; it goes to the end of the person's list. */
  addPath(name: string, kind: CareerPath['kind']): Promise<WriteResult<PathRow>> {
    if (!hasVisibleText(name)) return Promise.resolve(invalid([{ path: 'name', message: nameMessage }]));
    return this.write(
      () =>
        this.repositories.paths.create(this.workbookId, {
          name: visibleName(name),
          kind,
          status: 'exploring',
          description: '',
          targetRoles: [],
          requiredSkills: [],
          servesValues: [],
          threatensValues: [],
          gauges: { resources: null, liking: null, confidence: null, coherence: null },
          uncertainties: [],
          personIds: [],
        }),
      { serial: 'paths/order' },
    );
  }

  rename(pathId: string, name: string): Promise<WriteResult<PathRow>> {
    if (!hasVisibleText(name)) return Promise.resolve(invalid([{ path: 'name', message: nameMessage }]));
    return this.update(pathId, { name: visibleName(name) });
  }

  /** Moves a path one place up or down in the person's list. */
  async moveBy(pathId: string, step: -1 | 1): Promise<boolean> {
    const all = this.paths.current;
    const at = all.findIndex((path) => path.id === pathId);
    if (at < 0 || !all[at + step]) return false;
    const result = await this.write(() => this.repositories.paths.move(this.workbookId, pathId, at + step), { serial: 'paths/order' });
    this.announcement =
      result.status === 'saved' ? `Moved ${all[at]?.name ?? 'the path'} to position ${at + step + 1} of ${all.length}.` : 'That move could not be saved.';
    return result.status === 'saved';
  }

  remove(pathId: string): Promise<WriteResult<unknown>> {
    if (this.openPathId === pathId) this.openPathId = null;
    return this.removeRow(this.repositories.paths, pathId, pathFocus(pathId));
  }

  /**
   * Adds a skill the path needs, linked to the inventory skill of the same name when there is one.
   * A name the path lists already is refused, so each requirement reads once.
   */
  addRequirement(pathId: string, name: string, level: number): Promise<WriteResult<PathRow>> {
    const text = visibleName(name);
    if (text === '') return Promise.resolve(invalid([{ path: 'requiredSkills', message: 'needs a skill name' }]));
    const skill = matchRequirement({ skillId: null, name: text, level }, this.inventory);
    const seen = { twice: false };
    return this.change(pathId, (stored) => {
      // Twice is the same name, or another name for the same inventory skill (renamed since it was listed).
      seen.twice =
        findRequirement(stored, text) >= 0 || (skill !== null && stored.requiredSkills.some((required) => required.skillId === skill.id));
      if (seen.twice) return {};
      return { requiredSkills: [...stored.requiredSkills, { skillId: skill?.id ?? null, name: skill?.name ?? text, level }] };
    }).then((result) => (seen.twice ? invalid([{ path: 'requiredSkills', message: `already lists ${text}` }]) : result));
  }

  /**
   * The gap analysis's step for a missing skill: adds it to the inventory, not rated yet, aiming for the
   * level the path needs (so it shows a gap once rated), and links the requirement to it.
   */
  async addToInventory(pathId: string, name: string, level: number): Promise<WriteResult<PathRow>> {
    // Added since the analysis was drawn (from Skills, or another window): link that one rather than add it twice.
    const existing = matchRequirement({ skillId: null, name, level }, this.inventory);
    if (existing) {
      return this.change(pathId, (stored) => ({
        requiredSkills: withRequirementChanged(stored.requiredSkills, name, { skillId: existing.id }),
      }));
    }
    const created = await this.write(
      () => this.repositories.skills.create(this.workbookId, { ...newSkill(name, 'transferable'), targetLevel: level }),
      { serial: 'skills/order' },
    );
    if (created.status !== 'saved') return created;
    const linked = await this.change(pathId, (stored) => ({
      requiredSkills: withRequirementChanged(stored.requiredSkills, name, { skillId: created.value.id }),
    }));
    if (linked.status === 'saved') this.announcement = `Added ${created.value.name} to your skills, aiming for level ${level}.`;
    return linked;
  }

  /** The gap analysis's step for a skill below the level needed: a planned learning action for it. */
  async planLearning(skill: { id: string; name: string }, level: number): Promise<WriteResult<Row<'learningActions'>>> {
    const result = await this.createRow(this.repositories.learningActions, {
      skillId: skill.id,
      kind: 'course',
      title: `Reach level ${level} in ${skill.name}`,
      provider: '',
      status: 'planned',
      dueDate: null,
      cost: null,
      hours: null,
      expiresOn: null,
      notes: '',
    });
    if (result.status === 'saved') this.announcement = `Planned learning for ${skill.name}. Add the details in Skills.`;
    return result;
  }
}

/** Skills with a planned or running learning action. */
function skillIdsWithPlans(actions: ReadonlyArray<{ skillId: string; status: string }>): ReadonlySet<string> {
  return new Set(actions.filter((action) => activeActions.has(action.status)).map((action) => action.skillId));
}
