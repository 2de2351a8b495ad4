import { currentRole, lensTrends, roleLabel, unratedLenses } from '@shared/job-or-career';
import type { LensId } from '@shared/planning';
import { invalid, type Row, type WriteResult } from '../../db';
import { hasVisibleText } from '@shared/model-primitives';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { currentDay } from '../../state/clock';
import { SectionState } from '../../state/section-state.svelte';

type CheckRow = Row<'roleChecks'>;

/** Where undo of a deleted check puts focus: its entry in the list of checks. */
export function checkFocus(checkId: string): string {
  return `[data-check-id="${CSS.escape(checkId)}"] button.open`;
}

/**
 * The Job or career? section's state: the checks (newest first, as the registry orders them), the
 * experiences the current role comes from, and which check is open.
 * Must be created during component initialisation (it owns live queries).
 */
export class JobOrCareerState extends SectionState {
  readonly checks: LiveQuery<CheckRow[], string>;
  readonly #experiences: LiveQuery<Row<'experiences'>[], string>;
  /** The check chosen in the list; the newest one when none is chosen (or the chosen one is gone). */
  chosenId = $state<string | null>(null);
  newFormOpen = $state(false);
  readonly today = currentDay();

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.checks = this.live((id) => this.repositories.roleChecks.list(id), []);
    this.#experiences = this.live((id) => this.repositories.experiences.list(id), []);
  }

  readonly loaded = $derived.by(() => this.checks.loaded && this.#experiences.loaded);

  /** "Analyst at Acme" for the role in Experience that is still going on and started last; '' without one. */
  readonly currentRoleLabel = $derived.by(() => {
    const role = currentRole(this.#experiences.current);
    return role ? roleLabel(role) : '';
  });

  readonly openCheck = $derived.by(
    () => this.checks.current.find((check) => check.id === this.chosenId) ?? this.checks.current[0] ?? null,
  );

  /** The check before the open one in time, to compare with in the chart. */
  readonly previousCheck = $derived.by(() => {
    const open = this.openCheck;
    if (!open) return null;
    const index = this.checks.current.indexOf(open);
    return this.checks.current[index + 1] ?? null;
  });

  readonly trends = $derived.by(() => lensTrends(this.checks.current));

  choose(checkId: string): void {
    this.chosenId = checkId;
  }

  async createCheck(role: string, date: string): Promise<WriteResult<CheckRow>> {
    const result = await this.createRow(this.repositories.roleChecks, { role, date, lenses: unratedLenses(), notes: '' });
    if (result.status === 'saved') {
      this.chosenId = result.value.id;
      this.newFormOpen = false;
    }
    return result;
  }

  /** A check always names its role: an emptied field is refused at the field, and the stored name stays. */
  async updateRole(checkId: string, role: string): Promise<WriteResult<CheckRow>> {
    if (!hasVisibleText(role)) return invalid([{ path: 'role', message: 'needs a name: the role you are scoring' }]);
    return this.updateRow(this.repositories.roleChecks, checkId, { role });
  }

  async updateDate(checkId: string, date: string | null): Promise<WriteResult<CheckRow>> {
    if (date === null) return invalid([{ path: 'date', message: 'must be a real date: day, month and year' }]);
    return this.updateRow(this.repositories.roleChecks, checkId, { date });
  }

  updateNotes(checkId: string, notes: string): Promise<WriteResult<CheckRow>> {
    return this.updateRow(this.repositories.roleChecks, checkId, { notes });
  }

  /** One lens's score or note, changed from the stored check so a quick note and a score do not overwrite each other. */
  updateLens(checkId: string, lens: LensId, patch: { score?: number; note?: string }): Promise<WriteResult<CheckRow>> {
    return this.modifyRow(this.repositories.roleChecks, checkId, (stored) => ({
      lenses: { ...stored.lenses, [lens]: { ...stored.lenses[lens], ...patch } },
    }));
  }

  remove(checkId: string): Promise<WriteResult<unknown>> {
    if (this.chosenId === checkId) this.chosenId = null;
    return this.removeRow(this.repositories.roleChecks, checkId, checkFocus(checkId));
  }
}
