import { experienceKindWords, matchesSearch, type ExperienceKind } from '@shared/experience';
import { experienceKinds } from '@shared/workbook';
import type { Repositories, Row } from '../../db';
import { LiveQuery } from '../../state/live-query.svelte';
import { TimelineBuilder, type TimelineEntry } from './timeline-entries';

export type { TimelineEntry } from './timeline-entries';
export type KindFilter = ExperienceKind | 'all';
export type PanelState = { mode: 'new' } | { mode: 'edit'; id: string } | null;

const searchDelay = 200;

function namesById(skills: readonly Row<'skills'>[]): ReadonlyMap<string, string> {
  return new Map(skills.map((skill) => [skill.id, skill.name]));
}

/**
 * The Experience section's data and view state: the stored record, the skills it links to, the
 * timeline derived from both (once per change, not per keystroke), the filters and the open panel.
 */
export class ExperienceRecord {
  readonly experiences: LiveQuery<Row<'experiences'>[], string>;
  readonly skills: LiveQuery<Row<'skills'>[], string>;
  kind = $state<KindFilter>('all');
  /** What is typed in the search box; `query` follows it after a pause in typing. */
  searchInput = $state('');
  query = $state('');
  panel = $state<PanelState>(null);
  /** The entry just added, shown in its panel until the live list catches up with it. */
  justCreated = $state<Row<'experiences'> | null>(null);
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  // Closures (not plain expressions) because the live queries are only created in the constructor.
  readonly skillNames: ReadonlyMap<string, string> = $derived.by(() => namesById(this.skills.current));
  readonly #timeline = new TimelineBuilder();
  readonly entries: TimelineEntry[] = $derived.by(() =>
    this.#timeline.build(this.experiences.current, this.skillNames, this.locale()),
  );
  readonly counts: Readonly<Record<KindFilter, number>> = $derived.by(() => {
    const counts = { all: this.entries.length, role: 0, education: 0, volunteering: 0, project: 0 };
    for (const entry of this.entries) counts[entry.kind] += 1;
    return counts;
  });
  readonly visible: TimelineEntry[] = $derived.by(() => {
    const kind = this.kind;
    const query = this.query.trim();
    if (kind === 'all' && query === '') return this.entries;
    return this.entries.filter(
      (entry) => (kind === 'all' || entry.kind === kind) && (query === '' || matchesSearch(entry.searchText, query)),
    );
  });
  readonly filtered = $derived(this.kind !== 'all' || this.query.trim() !== '');
  readonly editing: Row<'experiences'> | undefined = $derived.by(() => {
    const panel = this.panel;
    if (panel?.mode !== 'edit') return undefined;
    const stored = this.experiences.current.find((item) => item.id === panel.id);
    return stored ?? (this.justCreated?.id === panel.id ? this.justCreated : undefined);
  });

  constructor(
    repositories: Repositories,
    workbookId: () => string,
    private readonly locale: () => string,
  ) {
    this.experiences = new LiveQuery(workbookId, (id) => repositories.experiences.list(id), []);
    this.skills = new LiveQuery(workbookId, (id) => repositories.skills.list(id), []);
    // An entry deleted while its panel is open (here, or in another window) closes the panel.
    let listed: string | null = null;
    $effect(() => {
      const panel = this.panel;
      if (panel?.mode !== 'edit') return;
      const inList = this.experiences.current.some((item) => item.id === panel.id);
      if (inList) listed = panel.id;
      else if (listed === panel.id) this.panel = null;
    });
  }

  get loaded(): boolean {
    return this.experiences.loaded;
  }

  search(text: string): void {
    this.searchInput = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.query = text), searchDelay);
  }

  clearFilters(): void {
    clearTimeout(this.#searchTimer);
    this.searchInput = '';
    this.query = '';
    this.kind = 'all';
  }

  kindLabel(kind: KindFilter): string {
    return kind === 'all' ? 'All' : experienceKindWords[kind].many;
  }

  readonly kindFilters: readonly KindFilter[] = ['all', ...experienceKinds];
}
