import type { WaypointDatabase } from '../database';
import { CustomValueRepository } from './custom-values';
import { defaultRepositoryContext, type RepositoryContext } from './entity-repository';
import { ExperienceRepository } from './experiences';
import { InteractionRepository } from './interactions';
import { LearningActionRepository } from './learning-actions';
import { MilestoneRepository } from './milestones';
import { PathRepository } from './paths';
import { PersonRepository } from './people';
import { ReviewRepository } from './reviews';
import { RoleCheckRepository } from './role-checks';
import { SettingsRepository } from './settings';
import { SkillRepository } from './skills';
import { ValueSortRepository } from './value-sorts';
import { VisionRepository } from './vision';
import { WorkbookRepository } from './workbooks';

/** One repository per entity, sharing one database and one clock/id source. */
export function createRepositories(db: WaypointDatabase, context: RepositoryContext = defaultRepositoryContext) {
  return {
    workbooks: new WorkbookRepository(db, context),
    vision: new VisionRepository(db, context),
    settings: new SettingsRepository(db),
    roleChecks: new RoleCheckRepository(db, context),
    skills: new SkillRepository(db, context),
    learningActions: new LearningActionRepository(db, context),
    customValues: new CustomValueRepository(db, context),
    valueSorts: new ValueSortRepository(db, context),
    people: new PersonRepository(db, context),
    interactions: new InteractionRepository(db, context),
    paths: new PathRepository(db, context),
    milestones: new MilestoneRepository(db, context),
    experiences: new ExperienceRepository(db, context),
    reviews: new ReviewRepository(db, context),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export {
  defaultRepositoryContext,
  EntityRepository,
  type EntityPatch,
  type NewEntity,
  type RepositoryContext,
} from './entity-repository';
export { OrderedEntityRepository, orderBetween, type OrderedCollection } from './ordered-entity-repository';
export { WorkbookRepository, type Owner } from './workbooks';
export { VisionRepository, visionId, type VisionChanges } from './vision';
export { SettingsRepository } from './settings';
