import Dexie from 'dexie';
import { horizons } from '@shared/workbook';
import type { WorkbookCounts } from '@shared/completeness';
import type { WaypointDatabase } from '../db/database';

/** Reads what the completeness figures need for one workbook, in one read transaction. */
export async function countWorkbook(db: WaypointDatabase, workbookId: string): Promise<WorkbookCounts> {
  const tables = [
    db.workbooks,
    db.vision,
    db.roleChecks,
    db.skills,
    db.learningActions,
    db.valueSorts,
    db.people,
    db.paths,
    db.milestones,
    db.experiences,
    db.reviews,
  ];
  return db.transaction('r', tables, async () => {
    const inWorkbook = { workbookId };
    const [workbook, vision, roleChecks, skills, learningActions, valueSorts, people, paths, milestones, experiences, reviews] =
      await Promise.all([
        db.workbooks.get(workbookId),
        db.vision.get([workbookId, 'vision']),
        db.roleChecks.where(inWorkbook).count(),
        db.skills.where(inWorkbook).count(),
        // Distinct skills with a plan, read from the compound index without loading the actions themselves.
        db.learningActions
          .where('[workbookId+skillId]')
          .between([workbookId, Dexie.minKey], [workbookId, Dexie.maxKey])
          .uniqueKeys(),
        db.valueSorts.where(inWorkbook).toArray(),
        db.people.where(inWorkbook).toArray(),
        db.paths.where(inWorkbook).count(),
        db.milestones.where(inWorkbook).toArray(),
        db.experiences.where(inWorkbook).count(),
        db.reviews.where(inWorkbook).toArray(),
      ]);
    const latestSort = [...valueSorts].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
    const visionFields = vision ? [vision.fiveYears, vision.tenYears, vision.purpose] : [];
    return {
      ownerNamed: Boolean(workbook?.owner.name.trim()),
      visionFieldsFilled: visionFields.filter((text) => text.trim() !== '').length,
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
