import type { EntityCollection } from './collections';

/*
 * What the host and the renderer say to each other about backups. Plain data and types only: the
 * contract (and so the preload) imports these.
 */

/** Why a backup was taken: after changes, or just before a step that overwrites or removes a workbook. */
export const backupReasons = ['automatic', 'before-replace', 'before-restore', 'before-delete'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** How many items each section of a backed-up workbook held; enough to tell backups apart. */
export type BackupCounts = Record<EntityCollection, number>;

export type BackupEntry =
  | {
      state: 'readable';
      /** The file's name inside the workbook's backup folder; what readBackup takes. */
      fileName: string;
      /** When the backup was taken (ISO timestamp). */
      takenAt: string;
      reason: BackupReason;
      /** The workbook's title at the time. */
      title: string;
      counts: BackupCounts;
      bytes: number;
    }
  | {
      /** A file in the folder that cannot be read back (damaged, cut off, not a workbook). */
      state: 'unreadable';
      fileName: string;
      /** From the file name, when it follows the backup naming. */
      takenAt: string | null;
      reason: BackupReason | null;
      bytes: number;
      problem: string;
    };

export type SaveBackupResult =
  | { status: 'saved'; backup: Extract<BackupEntry, { state: 'readable' }> }
  /** An automatic backup that is not due (see AutomaticBackupCheck): nothing was written. */
  | { status: 'skipped'; retryAt: string | null }
  | { status: 'error'; message: string };

/**
 * Whether an automatic backup would be written now. Not when a backup already holds the last change
 * (`retryAt` null), nor within the hour after the newest automatic one (`retryAt`: when it will be due).
 */
export type AutomaticBackupCheck = { due: true } | { due: false; retryAt: string | null };

export type BackupListResult = { status: 'ok'; backups: BackupEntry[] } | { status: 'error'; message: string };

/** A workbook that has backups: its folder's id and what its newest readable backup says. */
export interface BackedUpWorkbook {
  workbookId: string;
  title: string;
  newest: Extract<BackupEntry, { state: 'readable' }>;
  backups: number;
}

export type BackedUpWorkbooksResult = { status: 'ok'; workbooks: BackedUpWorkbook[] } | { status: 'error'; message: string };

export type ShowBackupsFolderResult = { status: 'shown' } | { status: 'error'; message: string };

/** At most one automatic backup of a workbook per this interval, measured from the newest one on disk. */
export const automaticBackupInterval = 60 * 60 * 1000;
