import { horizons, milestoneSchema, type Horizon, type Milestone } from '@shared/workbook';
import type { Row, WaypointDatabase } from '../database';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byOptionalDateAsc } from './ordering';

const targetDateFirst = byOptionalDateAsc<Milestone>((milestone) => milestone.targetDate);

/** The roadmap: by target date (undated last), then by horizon. */
export class MilestoneRepository extends EntityRepository<'milestones'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'milestones', milestoneSchema, context, {
      describe: (milestone) => milestone.title,
      compare: (a, b) => targetDateFirst(a, b) || horizons.indexOf(a.horizon) - horizons.indexOf(b.horizon),
    });
  }

  async listForHorizon(workbookId: string, horizon: Horizon): Promise<Row<'milestones'>[]> {
    const rows = await this.table.where('workbookId').equals(workbookId).toArray();
    return this.sorted(rows.filter((milestone) => milestone.horizon === horizon));
  }

  async listForPath(workbookId: string, pathId: string): Promise<Row<'milestones'>[]> {
    const rows = await this.table.where('pathId').equals(pathId).toArray();
    return this.sorted(rows.filter((milestone) => milestone.workbookId === workbookId));
  }
}
