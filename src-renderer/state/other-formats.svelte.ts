import type { JsonResumeAddResult, JsonResumeOpening } from '@shared/contract';
import type { Workbook, WorkbookSnapshot } from '@shared/workbook';
import type { Repositories, WriteResult } from '../db';
import { host } from '../host';
import type { PendingEdits } from './pending-edits.svelte';
import type { FileNotice } from './workbook-files.svelte';
import type { WorkbookState } from './workbooks.svelte';

/** The largest résumé main reads (services/exports/json-resume.ts); a bigger dropped file is refused unsent. */
const maxResumeBytes = 5 * 1024 * 1024;

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function unexpected(action: string): string {
  return `Waypoint could not ${action}: something went wrong inside the app. Try again; if it keeps happening, restart Waypoint.`;
}

/** Names in a sentence: the first few, then how many more, so a long list stays readable in a notice. */
function someNames(names: string[], shown = 5): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** What adding a résumé did, in one sentence or two: what was added, and what was there already. */
export function describeAdded(title: string, fileName: string, result: Extract<JsonResumeAddResult, { status: 'ok' }>): string {
  const { added, skipped } = result;
  const skippedNames = [...skipped.skills, ...skipped.experiences, ...skipped.learningActions];
  const backup = 'A backup of what it held was saved first.';
  if (added.skills + added.experiences + added.learningActions === 0) {
    return `Nothing new in ${fileName}: “${title}” already had ${skippedNames.length === 1 ? 'its one entry' : `all ${skippedNames.length} of its entries`} (${someNames(skippedNames)}). ${backup}`;
  }
  const parts = [
    counted(added.skills, 'skill', 'skills'),
    counted(added.experiences, 'experience', 'experiences'),
    counted(added.learningActions, 'learning action', 'learning actions'),
  ];
  const already = skippedNames.length === 0 ? '' : ` Skipped ${counted(skippedNames.length, 'entry', 'entries')} “${title}” already had: ${someNames(skippedNames)}.`;
  return `Added ${parts.join(', ')} from ${fileName} to “${title}”.${already} ${backup}`;
}

/**
 * The other formats in the app: the open workbook as Markdown or as a calendar, and a JSON Resume read
 * into a preview, then stored as a new workbook or added to the open one. Main writes and reads the files;
 * nothing is stored here until the person chooses, and adding to a workbook saves a backup of it first.
 */
export class OtherFormats {
  /** The résumé shown in the preview, or null when there is none. */
  resume = $state.raw<JsonResumeOpening | null>(null);
  /** Why storing the previewed résumé failed, shown in the preview. */
  problem = $state<string | null>(null);
  busy = $state(false);

  constructor(
    private readonly workbooks: WorkbookState,
    private readonly repositories: Repositories,
    private readonly pendingEdits: PendingEdits,
    /** The one notice the shell shows for files (FileNotice.svelte). */
    private readonly notify: (notice: FileNotice) => void,
  ) {}

  async exportMarkdown(share: boolean): Promise<void> {
    await this.#exporting('export the plan', async (snapshot, title) => {
      const result = await host.exportMarkdownFile(snapshot, { share });
      if (result.status === 'saved') {
        const version = share ? 'to share (without private notes)' : 'as Markdown';
        this.notify({ tone: 'done', text: `Exported “${title}” ${version} to ${result.path}` });
      } else if (result.status === 'failed') this.notify({ tone: 'problem', text: result.message });
    });
  }

  async exportCalendar(): Promise<void> {
    await this.#exporting('export the calendar', async (snapshot, title) => {
      const result = await host.exportCalendarFile(snapshot);
      if (result.status === 'saved') {
        this.notify({ tone: 'done', text: `Exported ${counted(result.events, 'date', 'dates')} of “${title}” as a calendar to ${result.path}` });
      } else if (result.status === 'failed' || result.status === 'no-dates') this.notify({ tone: 'problem', text: result.message });
    });
  }

  async importResumeFromDialog(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const result = await host.importJsonResumeFile();
      if (result.status !== 'cancelled') this.#show(result);
    } catch {
      this.notify({ tone: 'problem', text: unexpected('open the résumé') });
    } finally {
      this.busy = false;
    }
  }

  /** A résumé dropped on the window: its bytes go to the host (never its path). */
  async importDropped(file: File): Promise<void> {
    const fileName = file.name;
    if (file.size > maxResumeBytes) {
      this.#show({ status: 'refused', message: 'This file is too large to be a résumé.', fileName });
      return;
    }
    try {
      this.#show(await host.readJsonResumeBytes(new Uint8Array(await file.arrayBuffer()), fileName));
    } catch {
      this.#show({ status: 'refused', message: 'Waypoint could not read this file. Try again, or use Import JSON Resume… instead.', fileName });
    }
  }

  /** Stores the previewed résumé as a new workbook and opens it. */
  async importAsNew(): Promise<WriteResult<Workbook> | null> {
    const resume = this.resume;
    if (resume?.status !== 'ok' || this.busy) return null;
    this.busy = true;
    try {
      const result = await this.workbooks.importSnapshot(resume.snapshot);
      if (result.status === 'saved') {
        this.notify({ tone: 'done', text: `Imported the résumé in ${resume.fileName} as the workbook “${result.value.title}”.` });
        this.dismiss(true);
      } else {
        this.problem = result.status === 'failed' ? result.message : 'The résumé could not be imported: it is not valid.';
      }
      return result;
    } finally {
      this.busy = false;
    }
  }

  /** Adds what the open workbook does not have yet, after a backup of it has been saved. */
  async addToOpen(): Promise<WriteResult<Workbook> | null> {
    const resume = this.resume;
    const open = this.workbooks.current;
    if (resume?.status !== 'ok' || !open || this.busy) return null;
    this.busy = true;
    try {
      await this.pendingEdits.flushAll();
      const merged = await host.addJsonResume(await this.repositories.workbooks.snapshot(open.id), resume.snapshot);
      if (merged.status === 'failed') {
        this.problem = merged.message;
        return null;
      }
      const result = await this.workbooks.replace(open.id, merged.snapshot, 'before-replace');
      if (result.status === 'saved') {
        this.notify({ tone: 'done', text: describeAdded(open.title, resume.fileName, merged) });
        this.dismiss(true);
      } else {
        this.problem = result.status === 'failed' ? result.message : 'Nothing was added: the result is not a valid workbook.';
      }
      return result;
    } catch {
      this.problem = unexpected('add the résumé');
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Closes the preview; while something is being stored it stays, unless that has just finished. */
  dismiss(force = false): void {
    if (this.busy && !force) return;
    this.resume = null;
    this.problem = null;
  }

  async #exporting(action: string, run: (snapshot: WorkbookSnapshot, title: string) => Promise<void>): Promise<void> {
    const current = this.workbooks.current;
    if (!current) {
      this.notify({ tone: 'problem', text: 'There is no workbook open to export. Open or create one first.' });
      return;
    }
    if (this.busy) return;
    this.busy = true;
    try {
      await this.pendingEdits.flushAll();
      await run(await this.repositories.workbooks.snapshot(current.id), current.title);
    } catch {
      this.notify({ tone: 'problem', text: unexpected(action) });
    } finally {
      this.busy = false;
    }
  }

  #show(resume: JsonResumeOpening): void {
    this.problem = null;
    this.resume = resume;
  }
}
