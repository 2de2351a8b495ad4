import { entityCollections, type EntityCollection } from '@shared/collections';

/** Tables that hold rows of one workbook (everything except `workbooks` and `settings`). */
export const workbookOwnedTables: readonly ('vision' | EntityCollection)[] = ['vision', ...entityCollections];
export type TableName = 'workbooks' | 'settings' | 'vision' | EntityCollection;

type Stores = Readonly<Record<string, string | null>>;

/*
 * Released schema versions are NEVER edited: users' databases were created from them. To change the
 * schema (a new collection, a new index), change the registry (@shared/collections), then append the
 * next version to `releasedSchemaVersions` with only the changed tables (`null` deletes one); when rows
 * must be rewritten, give versions an upgrade step and test an upgrade from the version before.
 */
const schemaVersion1: Stores = {
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

/** Version 2 changes no store: its upgrade (upgrades.ts) fills the fields added to rows since version 1. */
const schemaVersion2: Stores = {};

/** Every released version's store changes, version 1 first; together they make the stores the registry describes. */
export const releasedSchemaVersions: readonly Stores[] = [schemaVersion1, schemaVersion2];

