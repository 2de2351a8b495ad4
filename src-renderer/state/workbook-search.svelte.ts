import { findInWorkbook, searchEntries, type SearchEntry } from '@shared/search';
import { sectionTitles, type SectionId } from '@shared/workbook';
import { describeStorageError, type Repositories } from '../db';
import { categoryLabel } from '../sections/skills/categories';
import type { Route } from './navigation.svelte';

/** How many matches each section shows before a "more in …" row. */
export const shownPerSection = 5;

interface OptionBase {
  /** The DOM id of the option, for aria-activedescendant. */
  id: string;
  section: SectionId;
  route: Route;
}

/** One row of the results a person can move to and open: a match, or the rest of a section's matches. */
export type SearchOption =
  | (OptionBase & { kind: 'match'; title: string; detail: string })
  | (OptionBase & { kind: 'more'; count: number });

export interface SearchResultGroup {
  section: SectionId;
  title: string;
  total: number;
  options: SearchOption[];
}

function matchRoute(match: SearchEntry): Route {
  return match.item === null ? { page: 'section', section: match.section } : { page: 'section', section: match.section, item: match.item };
}

/** A skill's detail is its category: built-in ones read by their label, as in Skills. */
function shownDetail(match: SearchEntry): string {
  return match.section === 'skills' ? categoryLabel(match.detail) : match.detail;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 'es'}`;
}

/**
 * Searching the open workbook: the entries are read once when the search opens (one snapshot), then
 * every keystroke filters them (they are folded already, so this stays quick on large workbooks).
 * Also keeps which result is active, for the keyboard.
 */
export class WorkbookSearch {
  entries = $state.raw<readonly SearchEntry[]>([]);
  loading = $state(false);
  loadError = $state<string | null>(null);
  query = $state('');
  #active = $state(0);
  #reads = 0;
  /**
   * What the last read found, and when: the writes this window had finished and the workbook's last
   * change stamp (which writes from other windows move too). While both are the same, the entries
   * still hold and the slow read of every row is skipped.
   */
  #read: { workbookId: string; stamp: string; entries: readonly SearchEntry[] } | null = null;

  readonly groups: SearchResultGroup[] = $derived(
    findInWorkbook(this.entries, this.query, shownPerSection).map((group) => {
      const options: SearchOption[] = group.entries.map((match, index) => ({
        kind: 'match',
        id: `search-${group.section}-${index}`,
        section: group.section,
        route: matchRoute(match),
        title: match.title,
        detail: shownDetail(match),
      }));
      const rest = group.total - group.entries.length;
      if (rest > 0) {
        options.push({ kind: 'more', id: `search-${group.section}-more`, section: group.section, route: { page: 'section', section: group.section }, count: rest });
      }
      return { section: group.section, title: sectionTitles[group.section], total: group.total, options };
    }),
  );

  readonly options: SearchOption[] = $derived(this.groups.flatMap((group) => group.options));

  /**
   * `settle` writes what is typed but not saved yet (the app's pending edits), so that the search
   * finds what is on screen.
   */
  constructor(
    private readonly repositories: Pick<Repositories, 'workbooks'>,
    private readonly settle: () => Promise<unknown> = () => Promise.resolve(),
    /** The writes finished in this window so far (`Writer.finishedWrites`). */
    private readonly finishedWrites: () => number = () => 0,
  ) {}

  /** Reads the workbook as it is now; a read started later wins over one still running. */
  async load(workbookId: string): Promise<void> {
    const read = ++this.#reads;
    this.loading = true;
    this.loadError = null;
    try {
      await this.settle();
      const workbook = await this.repositories.workbooks.get(workbookId);
      const stamp = `${this.finishedWrites()}|${workbook?.updatedAt ?? ''}`;
      const known = this.#read;
      let entries: readonly SearchEntry[];
      if (known && workbook && known.workbookId === workbookId && known.stamp === stamp) {
        entries = known.entries;
      } else {
        entries = searchEntries(await this.repositories.workbooks.snapshot(workbookId));
        this.#read = { workbookId, stamp, entries };
      }
      if (read === this.#reads) this.entries = entries;
    } catch (error) {
      if (read === this.#reads) this.loadError = describeStorageError(error, 'read');
    } finally {
      if (read === this.#reads) this.loading = false;
    }
  }

  setQuery(text: string): void {
    this.query = text;
    this.#active = 0;
  }

  /** Forgets the query and the entries read, so the next opening starts fresh. */
  reset(): void {
    this.#reads += 1;
    this.query = '';
    this.#active = 0;
    this.entries = [];
    this.loading = false;
    this.loadError = null;
  }

  get hasQuery(): boolean {
    return this.query.trim() !== '';
  }

  get activeIndex(): number {
    return this.options.length === 0 ? -1 : Math.min(this.#active, this.options.length - 1);
  }

  get active(): SearchOption | null {
    return this.options[this.activeIndex] ?? null;
  }

  /** Moves the active result by `step`, wrapping round at either end. */
  move(step: number): void {
    const count = this.options.length;
    if (count === 0) return;
    this.#active = (((this.activeIndex + step) % count) + count) % count;
  }

  first(): void {
    this.#active = 0;
  }

  last(): void {
    this.#active = Math.max(0, this.options.length - 1);
  }

  select(option: SearchOption): void {
    const index = this.options.indexOf(option);
    if (index >= 0) this.#active = index;
  }

  /** Matches in every section, not only the ones shown. */
  get total(): number {
    return this.groups.reduce((sum, group) => sum + group.total, 0);
  }

  /** What the live region says: how many results, or that there are none. */
  get summary(): string {
    if (!this.hasQuery) return '';
    if (this.loadError) return this.loadError;
    if (this.loading && this.entries.length === 0) return 'Reading your workbook…';
    const total = this.total;
    if (total === 0) return `No matches for “${this.query.trim()}”`;
    const [only] = this.groups;
    const where = this.groups.length === 1 && only ? `in ${only.title}` : `in ${this.groups.length} sections`;
    return `${plural(total, 'match')} ${where}`;
  }
}
