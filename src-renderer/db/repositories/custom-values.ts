import { customValueSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextAsc } from './ordering';

/** Values the person added to the deck, alphabetically. Deleting one unlinks it from sorts, milestones and paths. */
export class CustomValueRepository extends EntityRepository<'customValues'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'customValues', customValueSchema, context, {
      describe: (value) => value.name,
      compare: byTextAsc((value) => value.name),
    });
  }
}
