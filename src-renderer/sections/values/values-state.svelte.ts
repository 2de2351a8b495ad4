import {
  addToCore,
  cardsLeftText,
  cardsWord,
  completionProblems,
  indexCards,
  moveCoreValueTo,
  pileLabels,
  placeCard,
  choicesOf,
  remainingCards,
  removeFromCore,
  sameChoices,
  setMeaning,
  sortCards,
  valuesDeck,
  type SortChoices,
  type ValueCard,
  type ValuePile,
} from '@shared/values';
import type { CustomValue, ValueSort } from '@shared/workbook';
import { failed, type EntityPatch, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';

/** Choices made in this window that the database may not show yet. */
interface LocalChoices extends SortChoices {
  sortId: string;
}

export type SortStage = 'none' | 'sorting' | 'ranking' | 'complete';

/** Sort writes carry whole pile and ranking states, so they run one after another: the last one wins. */
const sortWrites = 'valueSorts';

/** The row of one own value in the list (ids are letters, digits, - and _, so they need no escaping). */
export function customValueRow(valueId: string): string {
  return `[data-custom-value="${valueId}"]`;
}

/** Where the work on a sort continues: the card in hand while sorting, the ranking after. */
export const cardInHand = '#card-in-hand';
export const rankingHeading = '#ranking-heading';

/**
 * The Values section's data and writes. Placing a card shows at once (the next card appears before the
 * write lands), so a fast run of key presses never acts on a stale card; writes go out one after another,
 * each carrying the newest choices, so the last one always wins.
 */
export class ValuesState extends SectionState {
  readonly #customValues: LiveQuery<CustomValue[], string>;
  readonly #sorts: LiveQuery<ValueSort[], string>;
  #local = $state<LocalChoices | null>(null);
  #pendingWrites = $state(0);

  /** Read by a polite live region: what the last move did. */
  announcement = $state('');
  /** Why the last write did not go through, shown near the sort. */
  problem = $state<string | null>(null);

  readonly loaded: boolean;
  readonly customValues: CustomValue[];
  readonly cards: ValueCard[];
  readonly cardById: ReadonlyMap<string, ValueCard>;
  readonly #stored: ValueSort | null;
  /** The newest sort, with this window's unsaved choices on top. */
  readonly current: ValueSort | null;
  /** Derived once per change; the ranking reads it several times per render. */
  readonly completionProblems: string[];
  /** Earlier sorts, newest first. */
  readonly history: ValueSort[];
  readonly remaining: ValueCard[];
  readonly stage: SortStage;
  /** A placed card the person picked up to move; while it is null, the next unplaced card is in hand. */
  selectedId = $state<string | null>(null);
  readonly inHand: ValueCard | null;

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.#customValues = this.live((id) => this.repositories.customValues.list(id), []);
    this.#sorts = this.live((id) => this.repositories.valueSorts.list(id), []);
    this.loaded = $derived(this.#customValues.loaded && this.#sorts.loaded);
    this.customValues = $derived(this.#customValues.current);
    this.cards = $derived(sortCards(valuesDeck, this.customValues));
    this.cardById = $derived(indexCards(this.cards));
    this.#stored = $derived(this.#sorts.current[0] ?? null);
    this.current = $derived(this.#withLocalChoices());
    this.completionProblems = $derived(this.current ? completionProblems(this.cards, this.current) : []);
    this.history = $derived(this.#sorts.current.slice(1));
    this.remaining = $derived(this.current ? remainingCards(this.cards, this.current.placements) : []);
    this.stage = $derived(this.#stage());
    this.inHand = $derived(this.#inHand());

    // Once the database shows what this window chose, the local copy has done its job.
    $effect(() => {
      const local = this.#local;
      const stored = this.#stored;
      if (!local || this.#pendingWrites > 0) return;
      if (stored?.id !== local.sortId || sameChoices(choicesOf(stored), local)) this.#local = null;
    });
  }

  #withLocalChoices(): ValueSort | null {
    const stored = this.#stored;
    const local = this.#local;
    if (!stored || !local || local.sortId !== stored.id) return stored;
    const { sortId: _, ...choices } = local;
    return { ...stored, ...choices };
  }

  #stage(): SortStage {
    if (!this.current) return 'none';
    if (this.current.completedAt !== null) return 'complete';
    return this.remaining.length > 0 ? 'sorting' : 'ranking';
  }

  #inHand(): ValueCard | null {
    if (this.stage === 'none' || this.stage === 'complete') return null;
    const selected = this.selectedId === null ? undefined : this.cardById.get(this.selectedId);
    return selected ?? this.remaining[0] ?? null;
  }

  nameOf(valueId: string): string {
    return this.cardById.get(valueId)?.name ?? 'A value';
  }

  announce(text: string): void {
    this.announcement = text;
  }

  /** Queues a write after the ones before it; a refused write drops the local copy so the screen shows the truth. */
  async #writeSort<T>(write: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
    this.#pendingWrites += 1;
    try {
      const outcome = await this.write(write, { serial: sortWrites });
      if (outcome.status === 'saved') this.problem = null;
      else {
        this.#local = null;
        this.problem =
          outcome.status === 'failed' ? outcome.message : 'That change could not be saved, so the sort shows what is stored.';
      }
      return outcome;
    } finally {
      this.#pendingWrites -= 1;
    }
  }

  /** Applies a change to the current sort on screen now, and stores it. */
  #change(update: (choices: SortChoices) => SortChoices): Promise<WriteResult<unknown>> | null {
    const sort = this.current;
    if (!sort) return null;
    const next = update(choicesOf(sort));
    this.#local = { sortId: sort.id, ...next };
    return this.#writeSort(() => this.repositories.valueSorts.saveChoices(this.workbookId, sort.id, next));
  }

  async startSort(): Promise<WriteResult<unknown>> {
    const result = await this.#writeSort(() => this.repositories.valueSorts.start(this.workbookId));
    if (result.status === 'saved') {
      this.#local = null;
      this.announce(`New card sort started. ${cardsLeftText(this.cards.length)}.`);
    }
    return result;
  }

  place(valueId: string, pile: ValuePile): void {
    const before = this.current?.placements[valueId];
    if (this.selectedId === valueId) this.selectedId = null;
    if (before === pile) return;
    this.#change((choices) => placeCard(choices, valueId, pile));
    const name = this.nameOf(valueId);
    if (before === undefined) this.announce(`${name} placed in ${pileLabels[pile]}. ${cardsLeftText(this.remaining.length)}.`);
    else this.announce(`${name} moved from ${pileLabels[before]} to ${pileLabels[pile]}.`);
  }

  addToCore(valueId: string): void {
    this.#change((choices) => addToCore(choices, valueId));
    this.announce(`${this.nameOf(valueId)} added to your core values.`);
  }

  removeFromCore(valueId: string): void {
    this.#change((choices) => removeFromCore(choices, valueId));
    this.announce(`${this.nameOf(valueId)} removed from your core values. It stays in ${pileLabels.always}.`);
  }

  moveCore(valueId: string, toIndex: number): void {
    const core = this.current?.core ?? [];
    const from = core.findIndex((value) => value.valueId === valueId);
    const moved = moveCoreValueTo(core, valueId, toIndex);
    const to = moved.findIndex((value) => value.valueId === valueId);
    if (from === to) return;
    this.#change((choices) => ({ ...choices, core: moveCoreValueTo(choices.core, valueId, toIndex) }));
    this.announce(`${this.nameOf(valueId)} moved to rank ${to + 1} of ${moved.length}.`);
  }

  saveMeaning(valueId: string, meaning: string): Promise<WriteResult<unknown>> {
    const written = this.#change((choices) => ({ ...choices, core: setMeaning(choices.core, valueId, meaning) }));
    return written ?? Promise.resolve(failed('There is no card sort to save this in.'));
  }

  async complete(): Promise<WriteResult<unknown> | null> {
    const sort = this.current;
    if (!sort || this.completionProblems.length > 0) return null;
    const result = await this.#writeSort(() => this.repositories.valueSorts.complete(this.workbookId, sort.id, choicesOf(sort)));
    if (result.status === 'saved') this.announce('Card sort marked as complete.');
    return result;
  }

  async reopen(): Promise<void> {
    const sort = this.current;
    if (!sort) return;
    const result = await this.#writeSort(() => this.repositories.valueSorts.reopen(this.workbookId, sort.id));
    if (result.status === 'saved') this.announce('The card sort is open again. You can move cards and change your ranking.');
  }

  /**
   * The unfinished sort the person is about to discard or empty (none once it is complete), with where
   * focus goes should they undo that; the card in hand and this window's copy of the choices are let go.
   */
  #leaveUnfinishedSort(): { sort: ValueSort; focusAfterUndo: string } | null {
    const sort = this.current;
    if (!sort || sort.completedAt !== null) return null;
    const focusAfterUndo = this.stage === 'sorting' ? cardInHand : rankingHeading;
    this.#local = null;
    this.selectedId = null;
    return { sort, focusAfterUndo };
  }

  /**
   * Deletes the unfinished sort, with undo in the toast and on Ctrl+Z: the person is back at the result
   * of their last finished sort, or at the start. Undo brings the sort back where they left it.
   */
  async discardSort(): Promise<WriteResult<unknown> | null> {
    const leaving = this.#leaveUnfinishedSort();
    if (!leaving) return null;
    const { sort, focusAfterUndo } = leaving;
    const result = await this.removeRow(this.repositories.valueSorts, sort.id, focusAfterUndo);
    if (result.status === 'saved') this.announce('The unfinished card sort was deleted. Undo brings it back.');
    return result;
  }

  /** Empties the unfinished sort and deals the deck again from the first card; undo puts every choice back. */
  async startOver(): Promise<WriteResult<unknown> | null> {
    const leaving = this.#leaveUnfinishedSort();
    if (!leaving) return null;
    const { sort, focusAfterUndo } = leaving;
    const valueSorts = this.repositories.valueSorts;
    const result = await this.app.writer.deleteWithUndo({
      workbookId: this.workbookId,
      remove: () => valueSorts.restart(this.workbookId, sort.id),
      restore: (before) => valueSorts.putBack(this.workbookId, before),
      describe: (before) => `your choices in this sort (${cardsWord(Object.keys(before.placements).length)} placed)`,
      focusAfterUndo,
      serial: sortWrites,
    });
    if (result.status === 'saved') this.announce(`The card sort starts again. ${cardsLeftText(this.cards.length)}.`);
    return result;
  }

  addCustomValue(name: string, description: string): Promise<WriteResult<CustomValue>> {
    return this.createRow(this.repositories.customValues, { name, description });
  }

  updateCustomValue(valueId: string, patch: EntityPatch<'customValues'>): Promise<WriteResult<CustomValue>> {
    return this.updateRow(this.repositories.customValues, valueId, patch);
  }

  /** Deletes one of the person's values (undo brings it back with its place in every sort, and focus to its row). */
  async removeCustomValue(valueId: string): Promise<WriteResult<unknown>> {
    // The deletion first writes every pending edit, queued placements included, then cleans up.
    this.#local = null;
    return this.removeRow(this.repositories.customValues, valueId, `${customValueRow(valueId)} [data-action="edit"]`);
  }
}
