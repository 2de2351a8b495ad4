import { pathSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import type { RepositoryContext } from './entity-repository';
import { OrderedEntityRepository } from './ordered-entity-repository';

/** Possible futures, in the person's own order. Deleting a path unlinks its milestones. */
export class PathRepository extends OrderedEntityRepository<'paths'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'paths', pathSchema, context, { describe: (path) => path.name });
  }
}
