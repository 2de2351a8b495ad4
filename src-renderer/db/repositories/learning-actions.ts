import { learningActionSchema } from '@shared/workbook';
import type { Row, WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byOptionalDateAsc } from './ordering';

/** The learning plan: soonest due first, undated last. Each action belongs to one skill. */
export class LearningActionRepository extends EntityRepository<'learningActions'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'learningActions', learningActionSchema, context, {
      describe: (action) => action.title,
      compare: byOptionalDateAsc((action) => action.dueDate),
    });
  }

  async listForSkill(workbookId: string, skillId: string): Promise<Row<'learningActions'>[]> {
    return this.sorted(await this.table.where('[workbookId+skillId]').equals([workbookId, skillId]).toArray());
  }
}
