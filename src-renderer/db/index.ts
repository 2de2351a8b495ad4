/** The storage layer's public surface: the UI imports from here (or from the specific module). */
export {
  WaypointDatabase,
  type CompoundKey,
  type OpenResult,
  type Row,
  type SettingsRow,
  type VisionRow,
  type WaypointDatabaseOptions,
} from './database';
export { undoDeletion, type DeletionRecord } from './deletion';
export { live } from './live';
export { buildSnapshot, restoreSnapshot, MissingWorkbookError, type RestoreOptions } from './snapshot';
export {
  describeStorageError,
  formatIssuePath,
  issuesFromZodError,
  plainIssueMessage,
  validate,
  type FieldIssue,
  type StorageOperation,
  type WriteResult,
} from './write-result';
export * from './repositories';
