import { entityCollections, isOrderedByHand, type EntityCollection, type OrderedCollection } from '@shared/collections';
import type { WaypointDatabase } from '../database';
import { defaultRepositoryContext, EntityRepository, type RepositoryContext } from './entity-repository';
import { OrderedEntityRepository } from './ordered-entity-repository';
import { CustomValueRepository } from './custom-values';
import { InteractionRepository } from './interactions';
import { SettingsRepository } from './settings';
import { ValueSortRepository } from './value-sorts';
import { VisionRepository } from './vision';
import { WorkbookRepository } from './workbooks';

/** The repository of each collection: ordered by hand where the registry says so, else by its comparison. */
type EntityRepositories = {
  [C in EntityCollection]: C extends OrderedCollection ? OrderedEntityRepository<C> : EntityRepository<C>;
};

function entityRepositories(db: WaypointDatabase, context: RepositoryContext): EntityRepositories {
  const repositories = entityCollections.map((collection) => {
    const repository = isOrderedByHand(collection)
      ? new OrderedEntityRepository(db, collection, context)
      : new EntityRepository(db, collection, context);
    return [collection, repository] as const;
  });
  // Each repository was made for its own collection, as the mapped type pairs them.
  return Object.fromEntries(repositories) as EntityRepositories;
}

/** One repository per collection of the registry, plus workbooks, vision and settings, sharing one clock/id source. */
export function createRepositories(db: WaypointDatabase, context: RepositoryContext = defaultRepositoryContext) {
  return {
    workbooks: new WorkbookRepository(db, context),
    vision: new VisionRepository(db, context),
    settings: new SettingsRepository(db),
    ...entityRepositories(db, context),
    // Collections with rules or steps of their own.
    customValues: new CustomValueRepository(db, context),
    interactions: new InteractionRepository(db, context),
    valueSorts: new ValueSortRepository(db, context),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
