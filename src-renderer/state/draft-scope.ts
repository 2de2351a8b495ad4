import { getContext, setContext } from 'svelte';

/** A field inside a scope (a side panel): enough to write it, and to say what leaving it would lose. */
export interface ScopedField {
  label: () => string;
  flush: () => Promise<void>;
  /** The refusal message while the value on screen is refused and not stored; null otherwise. */
  refusal: () => string | null;
  discard: () => void;
  focus: () => void;
}

/**
 * The fields of one editing surface, so that closing it can first write what was typed and then,
 * if a value was refused, keep the surface open and say what would be lost.
 */
export class DraftScope {
  // Plain Set: nothing renders the members; the scope is asked only when the surface closes.
  readonly #fields = new Set<ScopedField>();

  add(field: ScopedField): () => void {
    this.#fields.add(field);
    return () => this.#fields.delete(field);
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.#fields].map((field) => field.flush()));
  }

  /** The fields whose values were refused, in the order they were added (the order on screen). */
  refused(): ScopedField[] {
    return [...this.#fields].filter((field) => field.refusal() !== null);
  }

  discardRefused(): void {
    for (const field of this.refused()) field.discard();
  }
}

const key = Symbol('draft-scope');

export function provideDraftScope(scope: DraftScope): void {
  setContext(key, scope);
}

/** The nearest editing surface's scope, or null for fields that stand on a page of their own. */
export function useDraftScope(): DraftScope | null {
  return getContext<DraftScope | undefined>(key) ?? null;
}
