import type { BackupEntry, BackupListResult } from '@shared/backups';
import type { WaypointHost } from '@shared/contract';
import type { WriteResult } from '../db';
import type { WorkbookState } from './workbooks.svelte';

export type BackupViewHost = Pick<WaypointHost, 'listBackups' | 'readBackup'>;

/** What the last action in the Backups view came to, in words for the page. */
export type BackupOutcome = { kind: 'done' | 'problem'; message: string };

function writeProblem(result: WriteResult<unknown>, what: string): string | null {
  if (result.status === 'saved') return null;
  if (result.status === 'failed') return result.message;
  const [issue] = result.issues;
  return `${what}: ${issue ? `${issue.path} ${issue.message}` : 'it is not valid'}.`;
}

/**
 * The backups of one workbook as the Backups view shows them, and what can be done with one: restore it
 * as a new workbook, or in place of the workbook (after a backup of what it holds now).
 */
export class BackupsView {
  listing = $state<BackupListResult | null>(null);
  outcome = $state<BackupOutcome | null>(null);
  busy = $state(false);

  constructor(
    private readonly backupHost: BackupViewHost,
    private readonly workbooks: WorkbookState,
    readonly workbookId: string,
  ) {}

  get backups(): BackupEntry[] {
    return this.listing?.status === 'ok' ? this.listing.backups : [];
  }

  async load(): Promise<void> {
    try {
      this.listing = await this.backupHost.listBackups(this.workbookId);
    } catch {
      this.listing = { status: 'error', message: 'The backups could not be listed: Waypoint could not reach its backups folder.' };
    }
  }

  async restoreAsNew(fileName: string): Promise<void> {
    await this.#run(async () => {
      const reading = await this.#read(fileName);
      if (reading.status === 'refused') return { kind: 'problem', message: reading.message };
      // A backup of a workbook no longer here brings it back as itself (its backups are its own again).
      const result = await this.workbooks.addFromSnapshot(reading.snapshot, { keepId: true });
      const problem = writeProblem(result, 'This backup could not be restored');
      if (problem !== null || result.status !== 'saved') return { kind: 'problem', message: problem ?? '' };
      return { kind: 'done', message: `Restored as a new workbook, “${result.value.title}”, which is now open.` };
    });
  }

  async restoreReplacing(fileName: string): Promise<void> {
    await this.#run(async () => {
      const reading = await this.#read(fileName);
      if (reading.status === 'refused') return { kind: 'problem', message: reading.message };
      const result = await this.workbooks.replace(this.workbookId, reading.snapshot, 'before-restore');
      const problem = writeProblem(result, 'This backup could not be restored');
      if (problem !== null) return { kind: 'problem', message: problem };
      await this.load();
      return {
        kind: 'done',
        message: 'Restored. What the workbook held just before is kept as a backup too (“Before restoring”), so this can be undone.',
      };
    });
  }

  async #read(fileName: string) {
    try {
      return await this.backupHost.readBackup(this.workbookId, fileName);
    } catch {
      return { status: 'refused', message: 'This backup could not be read: Waypoint could not reach its backups folder.' } as const;
    }
  }

  async #run(action: () => Promise<BackupOutcome | null>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.outcome = await action();
    } catch {
      this.outcome = { kind: 'problem', message: 'Waypoint could not reach its backups folder. Please try again.' };
    } finally {
      this.busy = false;
    }
  }
}
