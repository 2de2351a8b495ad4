import { entityCollections, type EntityCollection } from '@shared/collections';

/** Tables that hold rows of one workbook (everything except `workbooks` and `settings`). */
export const workbookOwnedTables: readonly ('vision' | EntityCollection)[] = ['vision', ...entityCollections];
export type TableName = 'workbooks' | 'settings' | 'vision' | EntityCollection;
export const allTables: readonly TableName[] = ['workbooks', 'settings', ...workbookOwnedTables];

type Stores = Readonly<Record<string, string | null>>;

/*
 * Released schema versions are NEVER edited: users' databases were created from them. To change the
 * schema (a new collection, a new index), change the registry (@shared/collections), then append the
 * next version below, with only the changed tables (`null` deletes one), declare it in WaypointDatabase
 * with its upgrade, and test an upgrade from the version before.
 */
export const schemaVersion1: Stores = {
  workbooks: 'id, updatedAt',
  settings: 'key',
  vision: '[workbookId+id], workbookId',
  roleChecks: '[workbookId+id], workbookId, date',
  skills: '[workbookId+id], workbookId, [workbookId+order]',
  learningActions: '[workbookId+id], workbookId, skillId, [workbookId+skillId]',
  customValues: '[workbookId+id], workbookId',
  valueSorts: '[workbookId+id], workbookId, startedAt',
  people: '[workbookId+id], workbookId',
  interactions: '[workbookId+id], workbookId, personId, [workbookId+personId], date',
  paths: '[workbookId+id], workbookId, [workbookId+order]',
  milestones: '[workbookId+id], workbookId, pathId, horizon, targetDate',
  experiences: '[workbookId+id], workbookId, start',
  reviews: '[workbookId+id], workbookId, date',
};

/** Every released version's store changes, version 1 first; they add up to the stores the registry describes. */
export const releasedSchemaVersions: readonly Stores[] = [schemaVersion1];

