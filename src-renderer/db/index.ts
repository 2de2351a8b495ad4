/** The one door into storage: code outside db/ imports from here, never from the modules behind it. */
export { WaypointDatabase, type Row, type VisionRow } from './database';
export type { DeletionRecord } from './deletion';
export { createRepositories, type Repositories } from './repositories';
export type { EntityPatch, EntityRepository, NewEntity, RepositoryContext } from './repositories/entity-repository';
export { describeStorageError, failed, invalid, saved, type FieldIssue, type WriteResult } from './write-result';
