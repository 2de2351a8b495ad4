import type { WriteResult } from '../db/write-result';

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

  constructor(private readonly limit = 20) {}

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
