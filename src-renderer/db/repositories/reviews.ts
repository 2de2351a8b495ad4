import { reviewSchema } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextDesc } from './ordering';

/** Periodic check-ins, newest first. */
export class ReviewRepository extends EntityRepository<'reviews'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'reviews', reviewSchema, context, {
      describe: (review) => review.period,
      compare: byTextDesc((review) => review.date),
    });
  }
}
