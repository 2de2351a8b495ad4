import { describeStorageError, failed, type WriteResult } from '../db';
import type { PendingEdits } from './pending-edits.svelte';
import type { SaveStatus } from './save-status.svelte';
import type { UndoStack } from './undo.svelte';

export type WriteOptions = {
  /**
   * Writes with the same key run one after another in the order they were asked for, so two quick
   * edits of one row land in that order. Use `entityKey` for a row.
   */
  serial?: string;
};

export type DeletionWithUndo<R> = {
  /** The workbook the deletion happened in: undo reopens it so the person sees what came back. */
  workbookId: string;
  remove: () => Promise<WriteResult<R>>;
  restore: (removed: R) => Promise<WriteResult<unknown>>;
  /** What was deleted, for the toast: e.g. `the skill “Python”`. */
  describe: (removed: R) => string;
  /** Where focus goes once the undo has brought the item back (a CSS selector); the page heading otherwise. */
  focusAfterUndo?: string;
  serial?: string;
};

/** The serial key of one stored row. */
export function entityKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/**
 * The one path every write takes. A write shows "Saving…" until it settles, stays among the pending
 * edits until it is stored (so closing the window waits for it), can be serialised with other writes
 * to the same row, and a deletion can be offered for undo.
 */
export class Writer {
  // Plain Map: nothing renders the queues.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #queues = new Map<string, Promise<unknown>>();
  #finished = 0;

  constructor(
    private readonly saveStatus: SaveStatus,
    private readonly pendingEdits: PendingEdits,
    private readonly undo: UndoStack,
  ) {}

  write<T>(run: () => Promise<WriteResult<T>>, options: WriteOptions = {}): Promise<WriteResult<T>> {
    const { serial } = options;
    const before = serial === undefined ? undefined : this.#queues.get(serial);
    const started = before ? before.then(() => settle(run)) : settle(run);
    if (serial !== undefined) {
      this.#queues.set(serial, started);
      void started.then(() => {
        if (this.#queues.get(serial) === started) this.#queues.delete(serial);
      });
    }
    const tracked = this.saveStatus.track(started);
    const unregister = this.pendingEdits.register(() => tracked);
    void tracked.then(() => {
      this.#finished += 1;
      unregister();
    });
    return tracked;
  }

  /** How many writes of this window have finished (stored or not): a cheap sign that something may have changed. */
  get finishedWrites(): number {
    return this.#finished;
  }

  /**
   * Deletes after every pending edit is written, and offers undo in the toast and on Ctrl+Z. The undo
   * takes the same write path.
   */
  async deleteWithUndo<R>(deletion: DeletionWithUndo<R>): Promise<WriteResult<R>> {
    await this.pendingEdits.flushAll();
    const result = await this.write(deletion.remove, { serial: deletion.serial });
    if (result.status === 'saved') {
      const removed = result.value;
      this.undo.offer({
        what: deletion.describe(removed),
        workbookId: deletion.workbookId,
        focus: deletion.focusAfterUndo,
        undo: () => this.write(() => deletion.restore(removed), { serial: deletion.serial }),
      });
    }
    return result;
  }
}

/** Turns a thrown storage error into a failed result, so callers only ever see values. */
async function settle<T>(run: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await run();
  } catch (error) {
    return failed(describeStorageError(error));
  }
}
