import { experienceSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextDesc } from './ordering';

/** The career record, most recent start first (like a CV). */
export class ExperienceRepository extends EntityRepository<'experiences'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'experiences', experienceSchema, context, {
      describe: (experience) => experience.title,
      compare: byTextDesc((experience) => experience.start),
    });
  }
}
