import type { WriteResult } from '../db';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What the "saved" indicator shows: every write goes through `track`. */
export class SaveStatus {
  #inFlight = $state(0);
  #lastOutcome = $state<'none' | 'saved' | 'failed'>('none');
  failure = $state<string | null>(null);

  readonly state: SaveState = $derived(
    this.#inFlight > 0 ? 'saving' : this.#lastOutcome === 'none' ? 'idle' : this.#lastOutcome,
  );

  async track<T>(write: Promise<WriteResult<T>>): Promise<WriteResult<T>> {
    this.#inFlight += 1;
    try {
      const result = await write;
      if (result.status === 'saved') {
        this.#lastOutcome = 'saved';
        this.failure = null;
      } else if (result.status === 'failed') {
        this.#lastOutcome = 'failed';
        this.failure = result.message;
      }
      return result;
    } finally {
      this.#inFlight -= 1;
    }
  }
}
