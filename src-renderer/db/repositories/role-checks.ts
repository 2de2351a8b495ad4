import { roleCheckSchema } from '@shared/workbook';
import type { Row, WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextDesc } from './ordering';

/** Job-or-career checks, newest first (the trend reads back in time). */
export class RoleCheckRepository extends EntityRepository<'roleChecks'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'roleChecks', roleCheckSchema, context, {
      describe: (check) => (check.role.trim() ? `${check.role} (${check.date})` : check.date),
      compare: byTextDesc((check) => check.date),
    });
  }

  async latest(workbookId: string): Promise<Row<'roleChecks'> | null> {
    return (await this.list(workbookId))[0] ?? null;
  }
}
