type Flush = () => Promise<unknown>;

/**
 * Edits that are typed but not yet written (autosave waits for a pause in typing).
 * Before the window closes, or before switching workbooks, everything here is flushed.
 */
export class PendingEdits {
  // Plain Set on purpose: nothing renders the flush functions; `count` is the reactive mirror.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #flushes = new Set<Flush>();
  count = $state(0);

  register(flush: Flush): () => void {
    this.#flushes.add(flush);
    this.count = this.#flushes.size;
    return () => {
      this.#flushes.delete(flush);
      this.count = this.#flushes.size;
    };
  }

  async flushAll(): Promise<void> {
    await Promise.allSettled([...this.#flushes].map((flush) => flush()));
  }
}
