import type { LearningAction, Skill } from '@shared/workbook';
import { describeStorageError, failed, type Row, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import { LiveQuery } from '../../state/live-query.svelte';
import { customCategories } from './categories';
import { currentDay, filterSkills, flagCountsBySkill, foldedNames, groupActionsBySkill, searchTexts } from './skill-index';

export type SkillsTab = 'inventory' | 'map' | 'plan';
type SkillRow = Row<'skills'>;
type ActionRow = Row<'learningActions'>;
type Evidence = Skill['evidence'][number];

/** Levels a new skill starts with until the person rates it in the panel. */
const startingLevels = { proficiency: 3, enjoyment: 3, targetLevel: 3 } as const;
const searchDelay = 200;

/**
 * The Skills section's state: one live query for the skills and one for all learning actions of the
 * workbook (no per-row queries), the search and filter, which tab and which skill panel are open.
 * Must be created during component initialisation (it owns live queries).
 */
export class SkillsState {
  readonly skills: LiveQuery<SkillRow[], string>;
  readonly actions: LiveQuery<ActionRow[], string>;
  /** What is in the search box; `query` follows it after a pause in typing. */
  searchText = $state('');
  query = $state('');
  /** '' for all categories. */
  category = $state('');
  tab = $state<SkillsTab>('inventory');
  openSkillId = $state<string | null>(null);
  addFormOpen = $state(false);
  /** Read out by a polite live region: moves and other changes that are not visible at the focus. */
  announcement = $state('');
  readonly today = currentDay();

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Read-modify-write of a skill's evidence list runs one at a time, so two quick edits never overwrite each other. */
  #evidenceWrites: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly app: AppState,
    readonly workbookId: string,
  ) {
    this.skills = new LiveQuery(
      () => this.workbookId,
      (workbookId) => app.repositories.skills.list(workbookId),
      [],
    );
    this.actions = new LiveQuery(
      () => this.workbookId,
      (workbookId) => app.repositories.learningActions.list(workbookId),
      [],
    );
  }

  readonly #searchTexts = $derived.by(() => searchTexts(this.skills.current));

  /** The skills the search and the category filter let through, in the person's order. */
  readonly visible = $derived.by(() => filterSkills(this.skills.current, () => this.#searchTexts, this.query, this.category));

  readonly filtering = $derived(this.query.trim() !== '' || this.category !== '');
  readonly customCategories = $derived.by(() => customCategories(this.skills.current.map((skill) => skill.category)));
  readonly existingNames = $derived.by(() => foldedNames(this.skills.current));
  readonly openSkill = $derived.by(() => this.skills.current.find((skill) => skill.id === this.openSkillId) ?? null);
  readonly actionsBySkill = $derived.by(() => groupActionsBySkill(this.actions.current));
  /** Overdue and expiry flags per skill, for the marks in the list. */
  readonly flagsBySkill = $derived.by(() => flagCountsBySkill(this.actionsBySkill, this.today));

  setSearch(text: string): void {
    this.searchText = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.query = text), searchDelay);
  }

  clearFilters(): void {
    clearTimeout(this.#searchTimer);
    this.searchText = '';
    this.query = '';
    this.category = '';
  }

  open(skillId: string): void {
    this.openSkillId = skillId;
  }

  close(): void {
    this.openSkillId = null;
  }

  /** Creates a skill with middle levels and opens its panel so the person can rate it. */
  async addSkill(name: string, category: string): Promise<WriteResult<SkillRow>> {
    const result = await this.app.saveStatus.track(
      this.#pending(
        this.app.repositories.skills.create(this.workbookId, { name, category, ...startingLevels, notes: '', evidence: [] }),
      ),
    );
    if (result.status === 'saved') {
      this.openSkillId = result.value.id;
      this.announcement = `Added ${result.value.name}.`;
    }
    return result;
  }

  update(skillId: string, patch: Partial<Omit<Skill, 'id' | 'createdAt' | 'updatedAt'>>): Promise<WriteResult<SkillRow>> {
    return this.#pending(this.app.repositories.skills.update(this.workbookId, skillId, patch));
  }

  /** A new learning action for a skill, planned and without dates until the person adds them. */
  createAction(skillId: string, title: string, kind: LearningAction['kind']): Promise<WriteResult<ActionRow>> {
    return this.#pending(
      this.app.repositories.learningActions.create(this.workbookId, {
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
      }),
    );
  }

  updateAction(actionId: string, patch: Partial<Omit<LearningAction, 'id' | 'createdAt' | 'updatedAt'>>): Promise<WriteResult<ActionRow>> {
    return this.#pending(this.app.repositories.learningActions.update(this.workbookId, actionId, patch));
  }

  /**
   * Keeps a write among the pending edits until it is stored: a field flushed as its panel closes is
   * still being written when the window may be asked to close, and the close must wait for it.
   */
  #pending<T>(write: Promise<T>): Promise<T> {
    const settled = this.app.pendingEdits.register(() => write);
    write.then(settled, settled);
    return write;
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
    const result = await this.app.saveStatus.track(this.#pending(this.app.repositories.skills.move(this.workbookId, skillId, toIndex)));
    if (result.status !== 'saved') this.announcement = result.status === 'failed' ? result.message : 'That move could not be saved.';
    return result.status === 'saved';
  }

  async remove(skillId: string): Promise<void> {
    const result = await this.app.removeWithUndo(this.app.repositories.skills, this.workbookId, skillId);
    if (result.status === 'saved' && this.openSkillId === skillId) this.openSkillId = null;
  }

  /** Changes a skill's evidence list from its stored state, one change at a time. */
  changeEvidence(skillId: string, change: (evidence: Evidence[]) => Evidence[]): Promise<WriteResult<SkillRow>> {
    const write = this.#evidenceWrites.then(async (): Promise<WriteResult<SkillRow>> => {
      try {
        const skill = await this.app.repositories.skills.get(this.workbookId, skillId);
        if (!skill) return failed('This skill no longer exists; it may have been deleted. Nothing was saved.');
        return await this.app.repositories.skills.update(this.workbookId, skillId, { evidence: change(skill.evidence) });
      } catch (error) {
        return failed(describeStorageError(error));
      }
    });
    this.#evidenceWrites = write.catch(() => undefined);
    return this.#pending(write);
  }

  /** Removes one achievement and offers undo in the toast (and on Ctrl+Z), like any other deletion. */
  async removeEvidence(skill: SkillRow, entryId: string): Promise<void> {
    await this.app.pendingEdits.flushAll();
    const removed: { entry: Evidence; index: number }[] = [];
    const result = await this.app.saveStatus.track(
      this.changeEvidence(skill.id, (evidence) => {
        const index = evidence.findIndex((entry) => entry.id === entryId);
        const entry = evidence[index];
        if (entry) removed.push({ entry, index });
        return evidence.filter((item) => item.id !== entryId);
      }),
    );
    const restored = removed[0];
    if (result.status !== 'saved' || !restored) return;
    this.app.undo.push({
      what: `an achievement of “${skill.name}”`,
      undo: () =>
        this.app.saveStatus.track(
          this.changeEvidence(skill.id, (evidence) =>
            evidence.some((item) => item.id === restored.entry.id)
              ? evidence
              : [...evidence.slice(0, restored.index), restored.entry, ...evidence.slice(restored.index)],
          ),
        ),
    });
  }

  removeAction(actionId: string): Promise<WriteResult<unknown>> {
    return this.app.removeWithUndo(this.app.repositories.learningActions, this.workbookId, actionId);
  }
}
