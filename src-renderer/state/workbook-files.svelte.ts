import type { WorkbookFileOpening, WorkbookFileSaveResult } from '@shared/contract';
import type { Workbook } from '@shared/workbook';
import { maxWorkbookFileBytes, tooLargeMessage } from '@shared/workbook-file-read';
import type { Repositories, WriteResult } from '../db';
import { host } from '../host';
import type { PendingEdits } from './pending-edits.svelte';
import type { WorkbookState } from './workbooks.svelte';

/** What the last export or import came to, for the notice the shell shows until it is dismissed. */
export type FileNotice = { tone: 'done' | 'problem'; text: string };

/** Nothing goes wrong between the processes in normal use; if it does, the user still reads a plain sentence. */
function unexpected(action: string): string {
  return `Waypoint could not ${action}: something went wrong inside the app. Try again; if it keeps happening, restart Waypoint.`;
}

/**
 * Workbook files in the app: export the open workbook, and import a file (from the open dialog, dropped on
 * the window, or given with the app) through one preview. Main reads and checks every file; nothing is
 * written here until the user chooses to import, and then all of it or nothing.
 */
export class WorkbookFiles {
  /** The file shown in the import preview, or null when there is none. */
  preview = $state.raw<WorkbookFileOpening | null>(null);
  /** Why importing the previewed file failed after it was chosen (storage), shown in the preview. */
  importProblem = $state<string | null>(null);
  notice = $state.raw<FileNotice | null>(null);
  /** An export, an open dialog or an import is under way; the buttons wait for it. */
  busy = $state(false);
  /** Dialogs one at a time: a command given while another runs waits its turn instead of being lost. */
  #turn: Promise<unknown> = Promise.resolve();
  #running = 0;
  /** Files that arrived while another was previewed, shown one after another. */
  #waiting: WorkbookFileOpening[] = [];

  constructor(
    private readonly workbooks: WorkbookState,
    private readonly repositories: Repositories,
    private readonly pendingEdits: PendingEdits,
  ) {}

  /** Asks the host where to save the open workbook and writes it there. */
  exportCurrent(): Promise<WorkbookFileSaveResult | null> {
    return this.#inTurn(async () => {
      const current = this.workbooks.current;
      if (!current) {
        this.notice = { tone: 'problem', text: 'There is no workbook open to export. Open or create one first.' };
        return null;
      }
      try {
        await this.pendingEdits.flushAll();
        const snapshot = await this.repositories.workbooks.snapshot(current.id);
        const result = await host.exportWorkbookFile(snapshot);
        if (result.status === 'saved') this.notice = { tone: 'done', text: `Exported “${current.title}” to ${result.path}` };
        else if (result.status === 'failed') this.notice = { tone: 'problem', text: result.message };
        return result;
      } catch {
        this.notice = { tone: 'problem', text: unexpected('export the workbook') };
        return null;
      }
    });
  }

  /** The open dialog; the chosen file goes to the preview once the dialog's turn is over (its buttons usable). */
  async importFromDialog(): Promise<void> {
    const result = await this.#inTurn(() =>
      host.importWorkbookFile().catch(() => {
        this.notice = { tone: 'problem', text: unexpected('open the file') };
        return { status: 'cancelled' } as const;
      }),
    );
    if (result.status !== 'cancelled') this.#show(result);
  }

  /** Runs `task` after every export, dialog or import asked for before it has finished. */
  #inTurn<T>(task: () => Promise<T>): Promise<T> {
    this.#running += 1;
    this.busy = true;
    const run = this.#turn.then(task).finally(() => {
      this.#running -= 1;
      this.busy = this.#running > 0;
    });
    this.#turn = run.catch(() => undefined);
    return run;
  }

  /** A file dropped on the window: its bytes go to the host to be read (never its path). */
  async importDropped(file: File): Promise<void> {
    const fileName = file.name;
    if (file.size > maxWorkbookFileBytes) {
      this.#show({ status: 'refused', message: tooLargeMessage(file.size), fileName });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.#show({ ...(await host.readWorkbookFileBytes(bytes)), fileName });
    } catch {
      this.#show({ status: 'refused', message: 'Waypoint could not read this file. Try again, or use Import… instead.', fileName });
    }
  }

  /** Files given with the app (command line, a second launch, macOS open-file) that are waiting. */
  async takeOpened(): Promise<void> {
    try {
      for (const file of await host.takeOpenedWorkbookFiles()) this.#show(file);
    } catch {
      this.notice = { tone: 'problem', text: unexpected('open the files it was given') };
    }
  }

  /** Imports the previewed file as a new workbook and opens it; the preview stays with the reason if it fails. */
  async importAsNew(): Promise<WriteResult<Workbook> | null> {
    const preview = this.preview;
    if (preview?.status !== 'ok' || this.busy) return null;
    return this.#inTurn(async () => {
      const result = await this.workbooks.importSnapshot(preview.snapshot);
      if (result.status === 'saved') {
        this.notice = { tone: 'done', text: `Imported “${result.value.title}” from ${preview.fileName}` };
        this.#next();
      } else {
        this.importProblem = result.status === 'failed' ? result.message : 'The workbook could not be imported: it is not valid.';
      }
      return result;
    });
  }

  /**
   * Replaces the open workbook's content with the previewed file, after a backup of what it holds now has
   * been saved; when that backup cannot be saved nothing is replaced and the preview says why.
   */
  async replaceOpen(): Promise<WriteResult<Workbook> | null> {
    const preview = this.preview;
    const open = this.workbooks.current;
    if (preview?.status !== 'ok' || !open || this.busy) return null;
    return this.#inTurn(async () => {
      const result = await this.workbooks.replace(open.id, preview.snapshot, 'before-replace');
      if (result.status === 'saved') {
        this.notice = {
          tone: 'done',
          text: `Replaced “${open.title}” with the workbook in ${preview.fileName}. A backup of what it held was saved first.`,
        };
        this.#next();
      } else {
        this.importProblem = result.status === 'failed' ? result.message : 'The workbook could not be replaced: the file is not valid.';
      }
      return result;
    });
  }

  /** Closes the preview without importing; the next waiting file, if any, is shown. */
  dismissPreview(): void {
    if (!this.busy) this.#next();
  }

  dismissNotice(): void {
    this.notice = null;
  }

  #show(file: WorkbookFileOpening): void {
    if (this.preview === null) {
      this.importProblem = null;
      this.preview = file;
    } else {
      this.#waiting.push(file);
    }
  }

  #next(): void {
    this.importProblem = null;
    this.preview = this.#waiting.shift() ?? null;
  }
}
