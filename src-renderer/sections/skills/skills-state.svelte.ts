import { sameName, visibleName } from '@shared/names';
import { learningDemand } from '@shared/paths';
import { newSkill } from '@shared/skills-plan';
import type { LearningAction, Skill } from '@shared/workbook';
import { type Row, failed, invalid, saved, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SearchText } from '../../state/search-text.svelte';
import { currentDay } from '../../state/clock';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import { customCategories } from './categories';
import { filterSkills, flagCountsBySkill, foldedNames, groupActionsBySkill, searchTexts } from './skill-index';

export type SkillsTab = 'inventory' | 'map' | 'plan';
type SkillRow = Row<'skills'>;
type ActionRow = Row<'learningActions'>;
type Evidence = Skill['evidence'][number];

/**
 * The Skills section's state: one live query for the skills, one for all learning actions of the
 * workbook (no per-row queries) and one for the paths (what they ask of each skill), the search and filter, which tab and which skill panel are open.
 * Must be created during component initialisation (it owns live queries).
 */
export class SkillsState extends SectionState {
  readonly skills: LiveQuery<SkillRow[], string>;
  readonly actions: LiveQuery<ActionRow[], string>;
  /** The paths, for what they ask of each skill in "What to learn next". */
  readonly #paths: LiveQuery<Row<'paths'>[], string>;
  readonly search = new SearchText();
  /** '' for all categories. */
  category = $state('');
  tab = $state<SkillsTab>('inventory');
  openSkillId = $state<string | null>(null);
  /** False while the open panel shows a skill just added from the add form: focus stays in the form. */
  panelTakesFocus = $state(true);
  addFormOpen = $state(false);
  /** Read out by a polite live region: moves and other changes that are not visible at the focus. */
  announcement = $state('');
  readonly today = currentDay();

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.skills = this.live((id) => this.repositories.skills.list(id), []);
    this.actions = this.live((id) => this.repositories.learningActions.list(id), []);
    this.#paths = this.live((id) => this.repositories.paths.list(id), []);
  }

  readonly #searchTexts = $derived.by(() => searchTexts(this.skills.current));

  /** The skills the search and the category filter let through, in the person's order. */
  readonly visible = $derived.by(() => filterSkills(this.skills.current, () => this.#searchTexts, this.search.query, this.category));

  readonly filtering = $derived(this.search.active || this.category !== '');
  readonly customCategories = $derived.by(() => customCategories(this.skills.current.map((skill) => skill.category)));
  readonly existingNames = $derived.by(() => foldedNames(this.skills.current));
  readonly openSkill = $derived.by(() => this.skills.current.find((skill) => skill.id === this.openSkillId) ?? null);
  readonly actionsBySkill = $derived.by(() => groupActionsBySkill(this.actions.current));
  /** Overdue and expiry flags per skill, for the marks in the list. */
  readonly flagsBySkill = $derived.by(() => flagCountsBySkill(this.actionsBySkill, this.today));
  /** How much the paths being pursued or explored ask of each skill (see `learningDemand`). */
  readonly pathDemand = $derived.by(() => learningDemand(this.#paths.current, this.skills.current));

  clearFilters(): void {
    this.search.clear();
    this.category = '';
  }

  open(skillId: string): void {
    this.panelTakesFocus = true;
    this.openSkillId = skillId;
  }

  close(): void {
    this.openSkillId = null;
  }

  /**
   * Creates a skill, not rated yet. With `showPanel` its panel opens beside the add form without taking
   * focus: a keyboard user goes on typing the next name, and the panel is there to rate this one.
   */
  async addSkill(name: string, category: string, showPanel = true): Promise<WriteResult<SkillRow>> {
    // In the order they were asked for, like moves: quick additions land in the order typed.
    const result = await this.write(() => this.repositories.skills.create(this.workbookId, newSkill(name, category)), {
      serial: 'skills/order',
    });
    if (result.status === 'saved') {
      if (showPanel) {
        this.panelTakesFocus = false;
        this.openSkillId = result.value.id;
      }
      this.announcement = showPanel
        ? `Added ${result.value.name}, not rated yet. Its panel is open beside the form.`
        : `Added ${result.value.name}, not rated yet. Open it from the list to rate it.`;
    }
    return result;
  }

  update(skillId: string, patch: Partial<Omit<Skill, 'id' | 'createdAt' | 'updatedAt'>>): Promise<WriteResult<SkillRow>> {
    return this.updateRow(this.repositories.skills, skillId, patch);
  }

  /**
   * Renames a skill by the one name rule: something visible must be left, and no other skill may have
   * the same name (ignoring case, accents, spacing and invisible characters).
   */
  rename(skillId: string, name: string): Promise<WriteResult<SkillRow>> {
    const visible = visibleName(name);
    if (visible === '') return Promise.resolve(invalid([{ path: 'name', message: 'must not be empty' }]));
    const other = this.skills.current.find((skill) => skill.id !== skillId && sameName(skill.name, visible));
    if (other) return Promise.resolve(invalid([{ path: 'name', message: `is already in your skills as “${other.name}”` }]));
    return this.update(skillId, { name: visible });
  }

  /** A new learning action for a skill, planned and without dates until the person adds them. */
  createAction(skillId: string, title: string, kind: LearningAction['kind']): Promise<WriteResult<ActionRow>> {
    return this.createRow(this.repositories.learningActions, {
      skillId,
      kind,
      title,
      provider: '',
      status: 'planned',
      dueDate: null,
      cost: null,
      hours: null,
      expiresOn: null,
      notes: '',
    });
  }

  updateAction(actionId: string, patch: Partial<Omit<LearningAction, 'id' | 'createdAt' | 'updatedAt'>>): Promise<WriteResult<ActionRow>> {
    return this.updateRow(this.repositories.learningActions, actionId, patch);
  }

  /**
   * Moves a skill one place up or down among the skills shown (a filtered list moves past hidden ones),
   * as `repositories.skills.move` counts positions in the whole list.
   */
  async moveBy(skillId: string, step: -1 | 1): Promise<boolean> {
    const shown = this.visible;
    const at = shown.findIndex((skill) => skill.id === skillId);
    const neighbour = shown[at + step];
    if (at < 0 || !neighbour) return false;
    const all = this.skills.current;
    const neighbourIndex = all.findIndex((skill) => skill.id === neighbour.id);
    const moved = await this.#moveTo(skillId, step < 0 ? neighbourIndex : neighbourIndex + 1);
    if (moved) this.announcement = `Moved ${shown[at]?.name ?? 'the skill'} to position ${at + step + 1} of ${shown.length}.`;
    return moved;
  }

  /** Drops a dragged skill just before another one, or at the end when `beforeId` is null. */
  async moveBefore(skillId: string, beforeId: string | null): Promise<boolean> {
    if (skillId === beforeId) return false;
    const all = this.skills.current;
    const from = all.findIndex((skill) => skill.id === skillId);
    const target = beforeId === null ? all.length : all.findIndex((skill) => skill.id === beforeId);
    if (from < 0 || target < 0) return false;
    // `move` counts positions without the moving skill; everything after it shifts up by one.
    const toIndex = target > from ? target - 1 : target;
    const moved = await this.#moveTo(skillId, toIndex);
    if (moved) this.announcement = `Moved ${all[from]?.name ?? 'the skill'} to position ${toIndex + 1} of ${all.length}.`;
    return moved;
  }

  async #moveTo(skillId: string, toIndex: number): Promise<boolean> {
    // Positions are relative to the whole list, so moves run one after another.
    const result = await this.write(() => this.repositories.skills.move(this.workbookId, skillId, toIndex), { serial: 'skills/order' });
    if (result.status !== 'saved') this.announcement = result.status === 'failed' ? result.message : 'That move could not be saved.';
    return result.status === 'saved';
  }

  async remove(skillId: string): Promise<void> {
    const result = await this.removeRow(this.repositories.skills, skillId, skillFocus(skillId));
    if (result.status === 'saved' && this.openSkillId === skillId) this.openSkillId = null;
  }

  /** Changes a skill's evidence list from its stored state, one change at a time. */
  changeEvidence(skillId: string, change: (evidence: Evidence[]) => Evidence[]): Promise<WriteResult<SkillRow>> {
    return this.modifyRow(this.repositories.skills, skillId, (skill) => ({ evidence: change(skill.evidence) }));
  }

  /** Removes one achievement and offers undo in the toast (and on Ctrl+Z), like any other deletion. */
  removeEvidence(skill: SkillRow, entryId: string): Promise<WriteResult<unknown>> {
    const skills = this.repositories.skills;
    return this.app.writer.deleteWithUndo({
      workbookId: this.workbookId,
      remove: async () => {
        const removed: { entry: Evidence; index: number }[] = [];
        const result = await skills.modify(this.workbookId, skill.id, (current) => {
          const index = current.evidence.findIndex((entry) => entry.id === entryId);
          const entry = current.evidence[index];
          if (entry) removed.push({ entry, index });
          return { evidence: current.evidence.filter((item) => item.id !== entryId) };
        });
        const first = removed[0];
        if (result.status !== 'saved') return result;
        return first ? saved(first) : failed('That achievement was already removed.');
      },
      restore: ({ entry, index }) =>
        skills.modify(this.workbookId, skill.id, (current) => ({
          evidence: current.evidence.some((item) => item.id === entry.id)
            ? current.evidence
            : [...current.evidence.slice(0, index), entry, ...current.evidence.slice(index)],
        })),
      describe: () => `an achievement of “${skill.name}”`,
      focusAfterUndo: `#${CSS.escape(`evidence-${entryId}-situation`)}`,
      serial: entityKey('skills', skill.id),
    });
  }

  removeAction(actionId: string): Promise<WriteResult<unknown>> {
    return this.removeRow(this.repositories.learningActions, actionId, actionFocus(actionId));
  }
}

/** The button that shows a learning action in its skill's panel. */
export function actionFocus(actionId: string): string {
  return `#${CSS.escape(`action-${actionId}-summary`)}`;
}

/** The element that shows a skill in the inventory, for focus after an undo. */
export function skillFocus(skillId: string): string {
  return `[data-skill-id="${CSS.escape(skillId)}"] [data-control="name"]`;
}
