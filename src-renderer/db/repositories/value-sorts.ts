import { valueSortSchema } from '@shared/workbook';
import type { Row, WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextDesc } from './ordering';

/** Runs of the values card sort, newest first: the newest is the current one. */
export class ValueSortRepository extends EntityRepository<'valueSorts'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'valueSorts', valueSortSchema, context, {
      describe: (sort) => `started ${sort.startedAt.slice(0, 10)}`,
      compare: byTextDesc((sort) => sort.startedAt),
    });
  }

  async current(workbookId: string): Promise<Row<'valueSorts'> | null> {
    return (await this.list(workbookId))[0] ?? null;
  }
}
