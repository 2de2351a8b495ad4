import type { WriteResult } from '../db';
import type { DraftRecovery } from './draft-recovery';
import type { PendingEdits } from './pending-edits.svelte';

/** The message under a field whose write did not go through; null when it was stored. */
export function writeMessage(label: string, result: WriteResult<unknown>): string | null {
  if (result.status === 'saved') return null;
  if (result.status === 'invalid') return `${label} ${result.issues[0]?.message ?? 'is not valid'}.`;
  return result.message;
}

export type DraftOptions<T> = {
  /** The field's name, starting the message of a refused value: "Name must not be empty." */
  label: () => string;
  /** The stored value; the draft follows it while nothing is being typed. */
  stored: () => T;
  /** Stores a value through the section's state (and so through the write path). */
  save: (value: T) => Promise<WriteResult<unknown>>;
  /** Milliseconds of quiet typing before the value is written; 0 writes only on flush. */
  delay?: number;
  /**
   * Checks a value before it is written; a message ("must be a real date") refuses it at the field and
   * nothing is stored. For what the field itself knows to be wrong before the model sees it.
   */
  check?: (value: T) => string | null;
  equals?: (a: T, b: T) => boolean;
  /**
   * Names what this field edits, unique in the app (see `SectionState.fieldKey`), so that text a reload
   * cut off before it was stored comes back into the same field and is written then.
   */
  recoveryKey?: string;
};

/**
 * A field's text between the keyboard and storage: the draft follows the stored value until the
 * person types, is written after a pause in typing, on blur and whenever pending edits are flushed
 * (window close, page hide, switching workbooks, before a deletion), and a refused value stays on
 * screen with its message. A refused value is not pending: there is nothing left to write until the
 * person changes it.
 */
export class Draft<T = string> {
  value = $state() as T;
  error = $state<string | null>(null);
  /** True while the value on screen differs from what is stored (typed, being written, or refused). */
  dirty = $state(false);
  readonly #options: DraftOptions<T>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unregister: (() => void) | undefined;
  /** Counts edits, so a write that lands after newer typing does not mark the field clean. */
  #revision = 0;
  /** The stored value the person started typing over. */
  #typedOver: T | undefined;
  #stopRecovery: (() => void) | undefined;
  /** The write on its way, if any: a second flush waits for it instead of writing the same value again. */
  #writing: Promise<void> | undefined;

  constructor(
    private readonly pendingEdits: PendingEdits,
    options: DraftOptions<T>,
    recovery?: DraftRecovery,
  ) {
    this.#options = options;
    this.value = options.stored();
    const key = options.recoveryKey;
    if (recovery && key !== undefined) {
      this.#stopRecovery = recovery.watch(key, () =>
        this.dirty && this.error === null ? { value: this.value, typedOver: this.#typedOver } : null,
      );
      const equals = (options.equals ?? Object.is) as (a: unknown, b: unknown) => boolean;
      const lost = recovery.claim(key, options.stored(), equals);
      if (lost !== undefined) this.input(lost as T);
    }
  }

  /** The value on screen was refused and is not stored. */
  get refused(): boolean {
    return this.dirty && this.error !== null;
  }

  /** Call from an `$effect.pre`: while the person is not editing, the field shows what is stored. */
  follow(): void {
    const stored = this.#options.stored();
    if (!this.dirty) this.value = stored;
  }

  input(value: T): void {
    if (!this.dirty) this.#typedOver = this.#options.stored();
    this.value = value;
    this.dirty = true;
    this.#revision += 1;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unregister ??= this.pendingEdits.register(() => this.flush());
    const delay = this.#options.delay ?? 600;
    if (delay > 0) this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /** Writes the value now if it has changed; resolves once it is stored or refused. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unregister?.();
    this.#unregister = undefined;
    // Two writes of one value at once could see the first as a duplicate of the second (a name already taken).
    while (this.#writing) await this.#writing;
    if (!this.dirty) return;
    const written = this.value;
    const revision = this.#revision;
    const problem = this.#options.check?.(written) ?? null;
    if (problem !== null) {
      this.error = `${this.#options.label()} ${problem}.`;
      return;
    }
    const equals = this.#options.equals ?? Object.is;
    if (this.error === null && equals(written, this.#options.stored())) {
      this.dirty = false;
      return;
    }
    const writing = this.#write(written, revision);
    this.#writing = writing;
    try {
      await writing;
    } finally {
      if (this.#writing === writing) this.#writing = undefined;
    }
  }

  async #write(written: T, revision: number): Promise<void> {
    const result = await this.#options.save(written);
    this.error = writeMessage(this.#options.label(), result);
    if (result.status === 'saved' && this.#revision === revision) this.dirty = false;
  }

  /** Drops a refused or unsaved value and shows what is stored again. */
  discard(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unregister?.();
    this.#unregister = undefined;
    this.dirty = false;
    this.error = null;
    this.value = this.#options.stored();
  }

  /** The field is going away: whatever was typed is still written (and kept for a reload until then). */
  async dispose(): Promise<void> {
    await this.flush();
    this.#stopRecovery?.();
  }
}

