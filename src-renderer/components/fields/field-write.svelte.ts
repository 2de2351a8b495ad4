import type { WriteResult } from '../../db';
import type { PendingEdits } from '../../state/pending-edits.svelte';
import type { SaveStatus } from '../../state/save-status.svelte';

/** The outcome of writing one field, as the message shown under it (null when it saved). */
export class FieldWrite {
  error = $state<string | null>(null);

  constructor(
    private readonly label: () => string,
    private readonly saveStatus: SaveStatus,
    private readonly pendingEdits: PendingEdits,
  ) {}

  async run(write: Promise<WriteResult<unknown>>): Promise<boolean> {
    // A window closing while this write is in flight waits for it.
    const tracked = this.saveStatus.track(write);
    const unregister = this.pendingEdits.register(() => tracked);
    const result = await tracked.finally(unregister);
    if (result.status === 'saved') this.error = null;
    else if (result.status === 'invalid') this.error = `${this.label()} ${result.issues[0]?.message ?? 'is not valid'}.`;
    else this.error = result.message;
    return result.status === 'saved';
  }
}
