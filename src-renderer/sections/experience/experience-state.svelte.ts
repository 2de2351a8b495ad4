import { experienceKindWords, matchesSearch, type ExperienceKind } from '@shared/experience';
import { experienceKinds, type Experience } from '@shared/workbook';
import type { Row, EntityPatch, NewEntity, WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SearchText } from '../../state/search-text.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { TimelineBuilder, type TimelineEntry } from './timeline-entries';

export type { TimelineEntry } from './timeline-entries';
export type KindFilter = ExperienceKind | 'all';
export type PanelState = { mode: 'new' } | { mode: 'edit'; id: string } | null;

type ExperienceRow = Row<'experiences'>;

/** Writes to one entry, for its side panel. Each change is computed from the stored entry as it is written. */
export interface EntryEditor {
  set(patch: EntityPatch<'experiences'>): Promise<WriteResult<ExperienceRow>>;
  change(patch: (current: Experience) => EntityPatch<'experiences'>): Promise<WriteResult<ExperienceRow>>;
  /** Names one of its fields for a draft's `recoveryKey`. */
  fieldKey(field: string): string;
}

function namesById(skills: readonly Row<'skills'>[]): ReadonlyMap<string, string> {
  return new Map(skills.map((skill) => [skill.id, skill.name]));
}

/**
 * The Experience section's state: the stored record, the skills it links to, the timeline derived
 * from both (once per change, not per keystroke), the filters, the open panel, and every write.
 */
export class ExperienceState extends SectionState {
  readonly experiences: LiveQuery<ExperienceRow[], string>;
  readonly skills: LiveQuery<Row<'skills'>[], string>;
  kind = $state<KindFilter>('all');
  readonly search = new SearchText();
  panel = $state<PanelState>(null);
  /** The entry just added, shown in its panel until the live list catches up with it. */
  justCreated = $state<ExperienceRow | null>(null);

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
    const query = this.search.query.trim();
    if (kind === 'all' && query === '') return this.entries;
    return this.entries.filter(
      (entry) => (kind === 'all' || entry.kind === kind) && (query === '' || matchesSearch(entry.searchText, query)),
    );
  });
  readonly filtered = $derived(this.kind !== 'all' || this.search.active);
  readonly editing: ExperienceRow | undefined = $derived.by(() => {
    const panel = this.panel;
    if (panel?.mode !== 'edit') return undefined;
    const stored = this.experiences.current.find((item) => item.id === panel.id);
    return stored ?? (this.justCreated?.id === panel.id ? this.justCreated : undefined);
  });

  constructor(
    app: AppState,
    workbookId: string,
    private readonly locale: () => string,
  ) {
    super(app, workbookId);
    this.experiences = this.live((id) => this.repositories.experiences.list(id), []);
    this.skills = this.live((id) => this.repositories.skills.list(id), []);
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

  clearFilters(): void {
    this.search.clear();
    this.kind = 'all';
  }

  create(input: NewEntity<'experiences'>): Promise<WriteResult<ExperienceRow>> {
    return this.createRow(this.repositories.experiences, input);
  }

  editor(id: string): EntryEditor {
    return {
      set: (patch) => this.updateRow(this.repositories.experiences, id, patch),
      change: (patch) => this.modifyRow(this.repositories.experiences, id, patch),
      fieldKey: (field) => this.fieldKey('experiences', id, field),
    };
  }

  remove(id: string): Promise<WriteResult<unknown>> {
    return this.removeRow(this.repositories.experiences, id, `[data-entry-id="${CSS.escape(id)}"] button.open`);
  }

  /** A skill named while linking it to an entry, added to the inventory on the way. */
  createSkill(input: NewEntity<'skills'>): Promise<WriteResult<Row<'skills'>>> {
    return this.createRow(this.repositories.skills, input);
  }

  kindLabel(kind: KindFilter): string {
    return kind === 'all' ? 'All' : experienceKindWords[kind].many;
  }

  readonly kindFilters: readonly KindFilter[] = ['all', ...experienceKinds];
}
