import { personSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextAsc } from './ordering';

/** The personal board of directors, by name. Deleting a person also deletes their interaction log. */
export class PersonRepository extends EntityRepository<'people'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'people', personSchema, context, {
      describe: (person) => person.name,
      compare: byTextAsc((person) => person.name),
    });
  }
}
