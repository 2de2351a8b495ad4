import type { SortChoices } from '@shared/values';
import type { Row, WaypointDatabase } from '../database';
import { saved, type WriteResult } from '../write-result';
import { EntityRepository, type RepositoryContext } from './entity-repository';

/** The fields of a sort the person's choices make up; meanings set aside are written even when there are none. */
function choiceFields(choices: SortChoices) {
  return { placements: choices.placements, core: choices.core, setAsideMeanings: choices.setAsideMeanings ?? {} };
}

/**
 * Runs of the values card sort, newest first: the newest is the current one. When a sort starts and
 * is completed comes from the repository's clock.
 */
export class ValueSortRepository extends EntityRepository<'valueSorts'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'valueSorts', context);
  }

  /** A new, empty sort that starts now. */
  start(workbookId: string): Promise<WriteResult<Row<'valueSorts'>>> {
    return this.create(workbookId, { startedAt: this.context.now().toISOString(), completedAt: null, placements: {}, core: [] });
  }

  saveChoices(workbookId: string, id: string, choices: SortChoices): Promise<WriteResult<Row<'valueSorts'>>> {
    return this.update(workbookId, id, choiceFields(choices));
  }

  /** Stores the final choices and marks the sort complete now. */
  complete(workbookId: string, id: string, choices: SortChoices): Promise<WriteResult<Row<'valueSorts'>>> {
    return this.update(workbookId, id, { ...choiceFields(choices), completedAt: this.context.now().toISOString() });
  }

  reopen(workbookId: string, id: string): Promise<WriteResult<Row<'valueSorts'>>> {
    return this.update(workbookId, id, { completedAt: null });
  }

  /**
   * Empties a sort and starts it again now, in one transaction; the result holds the sort as it was, so
   * `putBack` can undo the restart.
   */
  async restart(workbookId: string, id: string): Promise<WriteResult<Row<'valueSorts'>>> {
    let before: Row<'valueSorts'> | null = null;
    const result = await this.modify(workbookId, id, (current) => {
      before = { ...current, workbookId };
      return { ...choiceFields({ placements: {}, core: [] }), startedAt: this.context.now().toISOString(), completedAt: null };
    });
    return result.status === 'saved' && before !== null ? saved(before) : result;
  }

  /** Gives a restarted sort back the choices and dates it had. */
  putBack(workbookId: string, sort: Row<'valueSorts'>): Promise<WriteResult<Row<'valueSorts'>>> {
    return this.update(workbookId, sort.id, { ...choiceFields(sort), startedAt: sort.startedAt, completedAt: sort.completedAt });
  }
}
