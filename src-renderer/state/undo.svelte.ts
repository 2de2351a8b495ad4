import type { DeletionRecord, WriteResult } from '../db';
import type { PendingEdits } from './pending-edits.svelte';
import type { SaveStatus } from './save-status.svelte';

export interface UndoableDeletion {
  /** What was deleted, in words for the toast: e.g. `the workbook “Plan 2027”`. */
  what: string;
  undo: () => Promise<WriteResult<unknown>>;
}

/** Deletions that can still be undone, newest last; the newest is offered in a toast. */
export class UndoStack {
  #items = $state<UndoableDeletion[]>([]);
  /** The deletion the toast is offering; cleared when the toast is dismissed. */
  offered = $state<UndoableDeletion | null>(null);
  message = $state<string | null>(null);

  constructor(
    private readonly saveStatus: SaveStatus,
    private readonly pendingEdits: PendingEdits,
    private readonly limit = 20,
  ) {}

  /**
   * The one way things are deleted: pending edits are written first, the deletion is tracked by the
   * saved indicator, and on success the toast (and Ctrl+Z) offers `restore` with the deletion record.
   */
  async remove(
    remove: () => Promise<WriteResult<DeletionRecord>>,
    restore: (record: DeletionRecord) => Promise<WriteResult<unknown>>,
  ): Promise<WriteResult<DeletionRecord>> {
    await this.pendingEdits.flushAll();
    const result = await this.saveStatus.track(remove());
    if (result.status === 'saved') {
      const record = result.value;
      this.push({ what: record.label, undo: () => this.saveStatus.track(restore(record)) });
    }
    return result;
  }

  get canUndo(): boolean {
    return this.#items.length > 0;
  }

  push(deletion: UndoableDeletion): void {
    this.#items = [...this.#items, deletion].slice(-this.limit);
    this.offered = deletion;
    this.message = null;
  }

  dismiss(): void {
    this.offered = null;
    this.message = null;
  }

  async undoLast(): Promise<WriteResult<unknown> | null> {
    const last = this.#items.at(-1);
    if (!last) return null;
    const result = await last.undo();
    if (result.status === 'saved') {
      this.#items = this.#items.slice(0, -1);
      this.offered = null;
      this.message = `Restored ${last.what}.`;
    } else {
      this.message = result.status === 'failed' ? result.message : 'That could not be restored.';
    }
    return result;
  }
}
