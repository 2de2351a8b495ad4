import { overviewAgenda, type AgendaInputs } from '@shared/agenda';
import type { Workbook } from '@shared/workbook';
import type { WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import { currentDay } from '../../state/clock';

/**
 * The Overview: who the workbook belongs to (its one write) and what asks for attention this week,
 * read live from the sections it gathers. Completeness comes from the shell's counts.
 * Must be created during component initialisation (it owns live queries).
 */
export class OverviewState extends SectionState {
  readonly #inputs: LiveQuery<AgendaInputs | null, string>;
  readonly today = currentDay();

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.#inputs = this.live(async (id) => {
      const { people, interactions, milestones, learningActions, reviews, roleChecks } = this.repositories;
      const [peopleRows, interactionRows, milestoneRows, actionRows, reviewRows, checkRows] = await Promise.all([
        people.list(id),
        interactions.list(id),
        milestones.list(id),
        learningActions.list(id),
        reviews.list(id),
        roleChecks.list(id),
      ]);
      return { people: peopleRows, interactions: interactionRows, milestones: milestoneRows, learningActions: actionRows, reviews: reviewRows, roleChecks: checkRows };
    }, null);
  }

  get error(): string | null {
    return this.#inputs.error;
  }

  /** Null until read. */
  readonly agenda = $derived.by(() => {
    const inputs = this.#inputs.current;
    return inputs ? overviewAgenda(inputs, this.today, this.app.settings.value.reviewEveryMonths) : null;
  });

  updateOwner(owner: Partial<Workbook['owner']>): Promise<WriteResult<Workbook>> {
    return this.write(() => this.repositories.workbooks.updateOwner(this.workbookId, owner), {
      serial: entityKey('workbooks', this.workbookId),
    });
  }
}
