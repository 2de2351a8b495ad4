import { liveQuery } from 'dexie';
import { describeStorageError } from '../db';

/**
 * A Dexie liveQuery as Svelte state. `inputs` is read inside an effect, so when a reactive input
 * (such as the current workbook id) changes, the query is re-subscribed with the new value.
 * Must be created during component initialisation or inside an `$effect.root`.
 */
export class LiveQuery<T, I = void> {
  // Raw: results are replaced whole, never mutated, and deep proxies over thousands of rows cost real time.
  current = $state.raw<T>() as T;
  loaded = $state(false);
  error = $state<string | null>(null);

  constructor(inputs: () => I, query: (inputs: I) => Promise<T>, initial: T) {
    this.current = initial;
    // Derived first, so an unchanged input (the same workbook id inside a fresh workbook object after
    // every save) does not re-subscribe and re-run the whole query.
    const settledInputs = $derived.by(inputs);
    $effect(() => {
      const value = settledInputs;
      const subscription = liveQuery(() => query(value)).subscribe({
        next: (result) => {
          this.current = result;
          this.loaded = true;
          this.error = null;
        },
        error: (error: unknown) => {
          this.error = describeStorageError(error);
        },
      });
      return () => subscription.unsubscribe();
    });
  }
}
