import type { WriteResult } from '../../db';
import { writeMessage } from '../../state/draft.svelte';

/**
 * The outcome of writing one field, as the message shown under it (null when it saved). The write
 * itself goes through the section's state, and so through the write path.
 */
export class FieldWrite {
  error = $state<string | null>(null);

  constructor(private readonly label: () => string) {}

  async run(write: Promise<WriteResult<unknown>>): Promise<boolean> {
    const result = await write;
    this.error = writeMessage(this.label(), result);
    return result.status === 'saved';
  }

  /** A value the field refuses itself (e.g. an impossible date): nothing is written. */
  refuse(problem: string): void {
    this.error = `${this.label()} ${problem}.`;
  }
}
