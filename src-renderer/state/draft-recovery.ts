/** A value typed into a field that was not stored yet, and the stored value it was typed over. */
export type UnsavedDraft = { value: unknown; typedOver: unknown };

type KeptDrafts = Record<string, UnsavedDraft>;

/** The part of `sessionStorage` this needs, so it runs in plain tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storageKey = 'waypoint.unsaved-drafts';

/**
 * Typing that a reload would lose. A write started as the page goes away needs a few round trips to
 * IndexedDB, and Chromium may tear the page down before they finish (measured: about 1 reload in 20,
 * 100 ms after typing). So when the page is hidden for good, every field still holding unsaved text is
 * copied synchronously into the window's session storage; after the reload, the same field (same key)
 * takes the text back and writes it through its own state class, unless what is stored changed
 * meanwhile (another window, or the write did land after all).
 */
export class DraftRecovery {
  /** Left by the previous page of this window and not claimed by a field yet. */
  readonly #left: Map<string, UnsavedDraft>;
  /** Fields of this page with text to keep if the page goes away. */
  readonly #fields = new Map<string, () => UnsavedDraft | null>();

  constructor(private readonly storage: DraftStorage | null) {
    this.#left = new Map(Object.entries(readKept(storage)));
    storage?.removeItem(storageKey);
  }

  /** A field with unsaved text to keep if the page goes away; returns the function that stops watching it. */
  watch(key: string, unsaved: () => UnsavedDraft | null): () => void {
    this.#fields.set(key, unsaved);
    return () => {
      if (this.#fields.get(key) === unsaved) this.#fields.delete(key);
    };
  }

  /**
   * The text a field lost on the last reload, if it was typed over the value that is still stored;
   * claimed once. Text that was stored after all, or typed over a value that has changed since, is dropped.
   */
  claim(key: string, stored: unknown, equals: (a: unknown, b: unknown) => boolean = Object.is): unknown {
    const left = this.#left.get(key);
    if (!left) return undefined;
    this.#left.delete(key);
    return equals(left.typedOver, stored) && !equals(left.value, stored) ? left.value : undefined;
  }

  /** Copies every unsaved field (and anything left unclaimed) into session storage, synchronously. */
  keep(): void {
    if (!this.storage) return;
    const kept: KeptDrafts = Object.fromEntries(this.#left);
    for (const [key, unsaved] of this.#fields) {
      const draft = unsaved();
      if (draft) kept[key] = draft;
    }
    try {
      if (Object.keys(kept).length === 0) this.storage.removeItem(storageKey);
      else this.storage.setItem(storageKey, JSON.stringify(kept));
    } catch {
      // A full or disabled storage: the write started alongside is all that can be done.
    }
  }
}

function readKept(storage: DraftStorage | null): KeptDrafts {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, UnsavedDraft] =>
          typeof entry[1] === 'object' && entry[1] !== null && 'value' in entry[1] && 'typedOver' in entry[1],
      ),
    );
  } catch {
    return {};
  }
}
