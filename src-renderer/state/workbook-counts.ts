import Dexie from 'dexie';
import { entityCollections, horizons } from '@shared/workbook';
import { visionFieldsFilled, type WorkbookCounts } from '@shared/completeness';
import type { WaypointDatabase } from '../db';

/** Reads what the completeness figures need for one workbook, in one read transaction. */
export async function countWorkbook(db: WaypointDatabase, workbookId: string): Promise<WorkbookCounts> {
  return db.transaction('r', ['workbooks', 'vision', ...entityCollections], async () => {
    const inWorkbook = { workbookId };
    const [workbook, vision, roleChecks, skills, learningActions, valueSorts, people, paths, milestones, experiences, reviews] =
      await Promise.all([
        db.workbooks.get(workbookId),
        db.vision.get([workbookId, 'vision']),
        db.entityTable('roleChecks').where(inWorkbook).count(),
        db.entityTable('skills').where(inWorkbook).count(),
        // Distinct skills with a plan, read from the compound index without loading the actions themselves.
        db.entityTable('learningActions')
          .where('[workbookId+skillId]')
          .between([workbookId, Dexie.minKey], [workbookId, Dexie.maxKey])
          .uniqueKeys(),
        db.entityTable('valueSorts').where(inWorkbook).toArray(),
        db.entityTable('people').where(inWorkbook).toArray(),
        db.entityTable('paths').where(inWorkbook).count(),
        db.entityTable('milestones').where(inWorkbook).toArray(),
        db.entityTable('experiences').where(inWorkbook).count(),
        db.entityTable('reviews').where(inWorkbook).toArray(),
      ]);
    const latestSort = [...valueSorts].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
    return {
      ownerNamed: Boolean(workbook?.owner.name.trim()),
      visionFieldsFilled: visionFieldsFilled(vision),
      roleChecks,
      skills,
      skillsWithLearningActions: learningActions.length,
      completedValueSorts: valueSorts.filter((sort) => sort.completedAt !== null).length,
      coreValues: latestSort?.core.length ?? 0,
      people: people.length,
      boardRolesFilled: new Set(people.flatMap((person) => person.roles)).size,
      paths,
      milestones: milestones.length,
      milestoneHorizonsCovered: horizons.filter((horizon) => milestones.some((m) => m.horizon === horizon)).length,
      experiences,
      completedReviews: reviews.filter((review) => review.status === 'complete').length,
      draftReviews: reviews.filter((review) => review.status === 'draft').length,
    };
  });
}
