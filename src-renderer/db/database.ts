import Dexie, { type Table } from 'dexie';
import type { EntityCollection, EntityOf, Vision, Workbook } from '@shared/workbook';
import { entityCollections } from '@shared/workbook';
import type { Settings } from '@shared/settings';
import { describeStorageError } from './write-result';

/** Every workbook-owned row is keyed by [workbookId+id], so copies and imports never collide and keep their ids. */
export type CompoundKey = [workbookId: string, id: string];
export type Row<C extends EntityCollection> = EntityOf<C> & { workbookId: string };
export type VisionRow = Vision & { workbookId: string };
export type SettingsRow = ({ key: 'app' } & Settings) | { key: 'lastWorkbookId'; value: string | null };

export type EntityTables = { [C in EntityCollection]: Table<Row<C>, CompoundKey> };

/** Tables that hold rows of one workbook (everything except `workbooks` and `settings`). */
export const workbookOwnedTables = ['vision', ...entityCollections] as const;
export type WorkbookOwnedTable = (typeof workbookOwnedTables)[number];
export const allTables = ['workbooks', 'settings', ...workbookOwnedTables] as const;
export type TableName = (typeof allTables)[number];

/*
 * Released schema versions are NEVER edited: users' databases were created from them.
 * To change the schema, append `this.version(2).stores({ …only the changed tables… }).upgrade(tx => …)`
 * below version 1 (with a test that upgrades a version-1 database).
 */
const schemaVersion1: Record<TableName, string> = {
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

export type WaypointDatabaseOptions = {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
};

export type OpenResult = { status: 'open' } | { status: 'failed'; message: string };

/**
 * Dexie 4 answers a VersionError by silently reopening at the installed (newer) version, and may even
 * "patch" that newer schema. An older Waypoint must never touch a newer database, so every open without
 * an explicit version is pinned to ours and a newer database fails with a real VersionError.
 */
function pinOpenVersion(factory: IDBFactory, nativeVersion: () => number): IDBFactory {
  return {
    open: (name, version) => factory.open(name, version ?? nativeVersion()),
    deleteDatabase: (name) => factory.deleteDatabase(name),
    databases: () => factory.databases(),
    cmp: (first, second) => factory.cmp(first, second),
  };
}

const upgradedElsewhereMessage =
  'Waypoint was updated in another window, so this window has stopped saving to keep your data safe. ' +
  'Close this window and keep working in the other one.';
const deletedElsewhereMessage =
  'Waypoint’s data is being reset in another window, so this window has stopped saving. Close this window.';
const blockedMessage =
  'Waypoint is waiting for an older Waypoint window to close. Close the other window to continue.';

/** Viewing the database as the mapped EntityTables type lets TypeScript pair each collection with its row type. */
const asEntityTables = (tables: EntityTables): EntityTables => tables;

export class WaypointDatabase extends Dexie {
  declare workbooks: Table<Workbook, string>;
  declare settings: Table<SettingsRow, string>;
  declare vision: Table<VisionRow, CompoundKey>;
  declare roleChecks: EntityTables['roleChecks'];
  declare skills: EntityTables['skills'];
  declare learningActions: EntityTables['learningActions'];
  declare customValues: EntityTables['customValues'];
  declare valueSorts: EntityTables['valueSorts'];
  declare people: EntityTables['people'];
  declare interactions: EntityTables['interactions'];
  declare paths: EntityTables['paths'];
  declare milestones: EntityTables['milestones'];
  declare experiences: EntityTables['experiences'];
  declare reviews: EntityTables['reviews'];

  private readonly problemListeners: Set<(problem: string | null) => void>;
  private lastProblem: string | null;

  constructor(options: WaypointDatabaseOptions = {}) {
    let nativeVersion = 0;
    const factory = options.indexedDB ?? Dexie.dependencies.indexedDB;
    super(options.name ?? 'waypoint', {
      // Undefined when the platform has no IndexedDB: Dexie then fails to open with MissingAPIError.
      ...(factory ? { indexedDB: pinOpenVersion(factory, () => nativeVersion) } : {}),
      IDBKeyRange: options.IDBKeyRange ?? Dexie.dependencies.IDBKeyRange,
      chromeTransactionDurability: 'strict',
    });
    this.problemListeners = new Set();
    this.lastProblem = null;

    this.version(1).stores(schemaVersion1);

    // Dexie stores version N as native IndexedDB version N×10.
    nativeVersion = Math.round(this.verno * 10);

    this.on('versionchange', (event) => {
      this.close({ disableAutoOpen: true });
      this.reportProblem(event.newVersion ? upgradedElsewhereMessage : deletedElsewhereMessage);
      // Subscribers run newest first and `false` stops the chain: Dexie's default handler would close with
      // auto-reopen, and a stale window must not reopen and write rows in an old shape.
      return false;
    });
    this.on('blocked', () => this.reportProblem(blockedMessage));
    // Sticky, so it also runs when Dexie reopens the database later.
    this.on(
      'ready',
      () => {
        if (this.lastProblem === blockedMessage) this.reportProblem(null);
      },
      true,
    );
  }

  /** Typed access to an entity table by collection name. */
  entityTable<C extends EntityCollection>(collection: C): Table<Row<C>, CompoundKey> {
    return asEntityTables(this)[collection];
  }

  /** Opens the database; failures come back as a message a user understands. */
  async openSafely(): Promise<OpenResult> {
    try {
      await this.open();
      return { status: 'open' };
    } catch (error) {
      return { status: 'failed', message: describeStorageError(error, 'open') };
    }
  }

  /** The latest connection problem (another window upgraded or blocks us), or null. */
  get connectionProblem(): string | null {
    return this.lastProblem;
  }

  /**
   * Called with a plain message when another window takes over or blocks the database, and with null
   * when a block has cleared. Returns unsubscribe.
   */
  onConnectionProblem(listener: (problem: string | null) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private reportProblem(problem: string | null): void {
    this.lastProblem = problem;
    for (const listener of this.problemListeners) listener(problem);
  }
}
