import type { WriteResult } from '../../db/write-result';
import type { SaveStatus } from '../../state/save-status.svelte';

/** The outcome of writing one field, as the message shown under it (null when it saved). */
export class FieldWrite {
  error = $state<string | null>(null);

  constructor(
    private readonly label: () => string,
    private readonly saveStatus: SaveStatus,
  ) {}

  async run(write: Promise<WriteResult<unknown>>): Promise<boolean> {
    const result = await this.saveStatus.track(write);
    if (result.status === 'saved') this.error = null;
    else if (result.status === 'invalid') this.error = `${this.label()} ${result.issues[0]?.message ?? 'is not valid'}.`;
    else this.error = result.message;
    return result.status === 'saved';
  }
}
