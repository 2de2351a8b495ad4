import type { WriteResult } from '../db';

export interface UndoableDeletion {
  /** What was deleted, in words for the toast: e.g. `the workbook “Plan 2027”`. */
  what: string;
  /** The workbook it was deleted from; undo opens it, so nothing is restored out of sight. */
  workbookId: string;
  /** Where focus goes after the undo (a CSS selector); the page heading when absent or not shown. */
  focus?: string;
  undo: () => Promise<WriteResult<unknown>>;
}

/** What the undo stack needs from the rest of the app; injected so it runs in plain tests. */
export interface UndoSurroundings {
  openWorkbook: (workbookId: string) => Promise<void>;
  focusAfterUndo: (selector: string | undefined) => void;
}

/**
 * Deletions that can still be undone, newest last; the newest is offered in a toast. Deletions are
 * made through `Writer.deleteWithUndo`, which offers them here.
 */
export class UndoStack {
  // Raw: items are compared by identity, and a deep proxy would make every one a different object.
  #items = $state.raw<UndoableDeletion[]>([]);
  /** The deletion the toast is offering; cleared when the toast is dismissed. */
  offered = $state.raw<UndoableDeletion | null>(null);
  message = $state<string | null>(null);
  #surroundings: UndoSurroundings | null = null;

  constructor(private readonly limit = 20) {}

  connect(surroundings: UndoSurroundings): void {
    this.#surroundings = surroundings;
  }

  get canUndo(): boolean {
    return this.#items.length > 0;
  }

  offer(deletion: UndoableDeletion): void {
    this.#items = [...this.#items, deletion].slice(-this.limit);
    this.offered = deletion;
    this.message = null;
  }

  dismiss(): void {
    this.offered = null;
    this.message = null;
  }

  /**
   * Takes the newest deletion off the stack before restoring it, so a second quick press undoes the one
   * before instead of the same one again. A restore that fails goes back on the stack.
   */
  async undoLast(): Promise<WriteResult<unknown> | null> {
    const last = this.#items.at(-1);
    if (!last) return null;
    this.#items = this.#items.slice(0, -1);
    if (this.offered === last) this.offered = null;
    const result = await last.undo();
    if (result.status === 'saved') {
      this.message = `Restored ${last.what}.`;
      await this.#surroundings?.openWorkbook(last.workbookId);
      this.#surroundings?.focusAfterUndo(last.focus);
    } else {
      this.#items = [...this.#items, last];
      this.message = result.status === 'failed' ? result.message : 'That could not be restored.';
    }
    return result;
  }
}
