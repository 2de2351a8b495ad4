import Dexie, { type Table } from 'dexie';
import type { EntityCollection, EntityOf, Vision, Workbook } from '@shared/workbook';
import type { Settings } from '@shared/settings';
import { releasedSchemaVersions } from './schema-versions';
import { releasedUpgrades } from './upgrades';
import { describeStorageError } from './write-result';

/** Every workbook-owned row is keyed by [workbookId+id], so copies and imports never collide and keep their ids. */
export type CompoundKey = [workbookId: string, id: string];
export type Row<C extends EntityCollection> = EntityOf<C> & { workbookId: string };
export type VisionRow = Vision & { workbookId: string };
type SettingsRow = ({ key: 'app' } & Settings) | { key: 'lastWorkbookId'; value: string | null };

type EntityTables = { [C in EntityCollection]: Table<Row<C>, CompoundKey> };

type WaypointDatabaseOptions = {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
};

type OpenResult = { status: 'open' } | { status: 'failed'; message: string };

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

export class WaypointDatabase extends Dexie {
  declare workbooks: Table<Workbook, string>;
  declare settings: Table<SettingsRow, string>;
  declare vision: Table<VisionRow, CompoundKey>;

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
      // Live queries share one frozen result instead of deep-cloning thousands of rows after every save;
      // nothing may sort or change a result in place (repositories sort copies).
      cache: 'immutable',
    });
    this.problemListeners = new Set();
    this.lastProblem = null;

    releasedSchemaVersions.forEach((stores, index) => {
      const version = this.version(index + 1).stores({ ...stores });
      const upgrade = releasedUpgrades[index + 1];
      if (upgrade) version.upgrade(upgrade);
    });

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
    // Dexie types tables by name only; the registry pairs each collection with its row type.
    return this.table(collection) as EntityTables[C];
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
