import { getContext, setContext } from 'svelte';
import { describeStorageError, type DeletionRecord, type Repositories, type WaypointDatabase, type WriteResult } from '../db';
import { host } from '../host';
import { Navigation } from './navigation.svelte';
import { PendingEdits } from './pending-edits.svelte';
import { SaveStatus } from './save-status.svelte';
import { SettingsState } from './settings.svelte';
import { UndoStack } from './undo.svelte';
import { WorkbookState } from './workbooks.svelte';

interface RemovableRepository {
  remove(workbookId: string, id: string): Promise<WriteResult<DeletionRecord>>;
  restore(record: DeletionRecord): Promise<WriteResult<unknown>>;
}

/** Everything the shell and the sections share; created once by App.svelte and read through context. */
export class AppState {
  readonly saveStatus = new SaveStatus();
  readonly pendingEdits = new PendingEdits();
  readonly undo = new UndoStack(this.saveStatus, this.pendingEdits);
  readonly navigation = new Navigation();
  readonly settings: SettingsState;
  readonly workbooks: WorkbookState;
  sidebarCollapsed = $state(false);
  /** Set when the database cannot be opened at all; the app shows only this message. */
  openFailure = $state<string | null>(null);
  /** Set while another window holds or has replaced the database; edits cannot be saved meanwhile. */
  connectionProblem = $state<string | null>(null);

  constructor(
    readonly db: WaypointDatabase,
    readonly repositories: Repositories,
  ) {
    this.settings = new SettingsState(repositories, this.saveStatus);
    this.workbooks = new WorkbookState(repositories, this.saveStatus, this.undo, this.pendingEdits);
    db.onConnectionProblem((problem) => (this.connectionProblem = problem));
  }

  /**
   * Deletes through a repository and offers undo in the toast (and on Ctrl+Z). Linked rows cleaned up
   * by the deletion come back with the undo.
   */
  removeWithUndo(repository: RemovableRepository, workbookId: string, id: string): Promise<WriteResult<unknown>> {
    return this.undo.remove(
      () => repository.remove(workbookId, id),
      (record) => repository.restore(record),
    );
  }

  async start(): Promise<void> {
    const opened = await this.db.openSafely();
    if (opened.status === 'failed') {
      this.openFailure = opened.message;
      return;
    }
    try {
      await this.workbooks.restoreLastOpened();
    } catch (error) {
      this.openFailure = describeStorageError(error, 'read');
    }
  }

  /** Answers the host's "about to close" request once every pending edit is written. */
  async flushForClose(requestId: string): Promise<void> {
    await this.pendingEdits.flushAll();
    await host.closeReady(requestId);
  }
}

const key = Symbol('waypoint-app');

export function provideApp(app: AppState): void {
  setContext(key, app);
}

export function useApp(): AppState {
  const app = getContext<AppState | undefined>(key);
  if (!app) throw new Error('useApp() called outside the app shell');
  return app;
}
