import { skillSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import type { RepositoryContext } from './entity-repository';
import { OrderedEntityRepository } from './ordered-entity-repository';

/** The skill inventory, in the person's own order. Deleting a skill also deletes its learning plan. */
export class SkillRepository extends OrderedEntityRepository<'skills'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'skills', skillSchema, context, { describe: (skill) => skill.name });
  }
}
