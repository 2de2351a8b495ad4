import { interactionSchema } from '@shared/workbook';
import type { Row, WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextDesc } from './ordering';

/** The interaction log, newest first. Each interaction belongs to one person. */
export class InteractionRepository extends EntityRepository<'interactions'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'interactions', interactionSchema, context, {
      describe: (interaction) => interaction.summary.trim() || `${interaction.kind} on ${interaction.date}`,
      compare: byTextDesc((interaction) => interaction.date),
    });
  }

  async listForPerson(workbookId: string, personId: string): Promise<Row<'interactions'>[]> {
    return this.sorted(await this.table.where('[workbookId+personId]').equals([workbookId, personId]).toArray());
  }
}
