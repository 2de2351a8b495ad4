import { collectionSpec, type CollectionSpec, type EntityCollection, type EntityOf } from '@shared/collections';
import type { Workbook } from '@shared/workbook';
import type { z } from '@shared/zod';
import type { Row, WaypointDatabase } from '../database';
import { deleteEntityInTransaction, deletionTables, undoDeletion, type DeletionRecord } from '../deletion';
import { requiredParents } from '../relations';
import type { TableName } from '../schema-versions';
import { runWrite, touchWorkbook, type Reject } from '../transaction';
import { failed, invalid, validate, type WriteResult } from '../write-result';

/** Injected so tests control the clock and the ids. */
export type RepositoryContext = { now: () => Date; newId: () => string };

export const defaultRepositoryContext: RepositoryContext = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

type Managed = 'id' | 'createdAt' | 'updatedAt';

/** What a caller supplies to create an entity; `order` (where the entity has one) defaults to the end. */
export type NewEntity<C extends EntityCollection> = Omit<EntityOf<C>, Managed | 'order'> &
  ('order' extends keyof EntityOf<C> ? { order?: number } : unknown);

export type EntityPatch<C extends EntityCollection> = Partial<Omit<EntityOf<C>, Managed>>;

function plainOrder(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/** Ties in a list's order fall back to creation: timestamps and ids are plain text, no locale needed. */
function byCreation(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return plainOrder(a.createdAt, b.createdAt) || plainOrder(a.id, b.id);
}

/**
 * One entity collection of a workbook, as its registry entry describes it. Every write is one
 * transaction that also marks the workbook as changed; the whole entity is validated before anything is stored.
 */
export class EntityRepository<C extends EntityCollection> {
  private readonly parents: Array<{ parent: EntityCollection; field: string }>;
  protected readonly spec: CollectionSpec<z.ZodType<EntityOf<C>>>;

  constructor(
    protected readonly db: WaypointDatabase,
    readonly collection: C,
    protected readonly context: RepositoryContext,
  ) {
    this.parents = requiredParents(collection);
    this.spec = collectionSpec(collection);
  }

  protected get table() {
    return this.db.entityTable(this.collection);
  }

  protected get noun(): string {
    return this.spec.noun;
  }

  private get writeTables(): TableName[] {
    return [this.collection, 'workbooks', ...this.parents.map(({ parent }) => parent)];
  }

  async list(workbookId: string): Promise<Row<C>[]> {
    return this.sorted(await this.table.where('workbookId').equals(workbookId).toArray());
  }

  /** Sorts by the registry's comparison, ties by creation, so lists never jitter. */
  private sorted(rows: readonly Row<C>[]): Row<C>[] {
    const order: 'manual' | ((a: EntityOf<C>, b: EntityOf<C>) => number) = this.spec.order;
    const compare = order === 'manual' ? () => 0 : order;
    return [...rows].sort((a, b) => compare(a, b) || byCreation(a, b));
  }

  async get(workbookId: string, id: string): Promise<Row<C> | null> {
    return (await this.table.get([workbookId, id])) ?? null;
  }

  create(workbookId: string, input: NewEntity<C>): Promise<WriteResult<Row<C>>> {
    const now = this.context.now();
    const stamp = now.toISOString();
    return runWrite(this.db, this.writeTables, async (reject) => {
      const fields: Record<string, unknown> = { ...input, id: this.context.newId(), createdAt: stamp, updatedAt: stamp };
      const entity = this.check(await this.completeNew(workbookId, fields), reject);
      await this.checkParents(workbookId, entity, reject);
      await this.checkAgainstStored(workbookId, entity, reject);
      await touchWorkbook(this.db, workbookId, now, reject);
      const row = { ...entity, workbookId };
      await this.table.add(row);
      await this.afterStore(workbookId, null, entity, now);
      return row;
    });
  }

  update(workbookId: string, id: string, patch: EntityPatch<C>): Promise<WriteResult<Row<C>>> {
    return this.modify(workbookId, id, () => patch);
  }

  /**
   * Reads the entity and stores `change(current)` merged into it, in ONE transaction: no other write
   * (of this window or another) can land between the read and the write, so none is lost.
   */
  modify(
    workbookId: string,
    id: string,
    change: (current: EntityOf<C>) => EntityPatch<C>,
  ): Promise<WriteResult<Row<C>>> {
    const now = this.context.now();
    return runWrite(this.db, this.writeTables, async (reject) => {
      const existing = await this.table.get([workbookId, id]);
      if (!existing) return reject(failed(this.goneMessage()));
      const patch = change(existing);
      const entity = this.check(
        { ...existing, ...patch, id: existing.id, createdAt: existing.createdAt, updatedAt: now.toISOString() },
        reject,
      );
      await this.checkParents(workbookId, entity, reject);
      await this.checkAgainstStored(workbookId, entity, reject);
      await touchWorkbook(this.db, workbookId, now, reject);
      const row = { ...entity, workbookId };
      await this.table.put(row);
      await this.afterStore(workbookId, existing, entity, now);
      return row;
    });
  }

  /** Deletes the entity and cleans up every link to it; the record undoes both. */
  remove(workbookId: string, id: string): Promise<WriteResult<DeletionRecord>> {
    const now = this.context.now();
    return runWrite(this.db, deletionTables, (reject) =>
      deleteEntityInTransaction(this.db, this.collection, workbookId, id, now, reject),
    );
  }

  /** Undoes a deletion made by any repository (same as undoDeletion, with this repository's clock). */
  restore(record: DeletionRecord): Promise<WriteResult<Workbook>> {
    return undoDeletion(this.db, record, this.context.now());
  }

  /** Fills defaults a new entity needs from the database (e.g. its position); runs inside the write. */
  protected async completeNew(_workbookId: string, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
    return fields;
  }

  /**
   * Keeps other rows in step with a stored entity (`before` is null for a new one); runs inside the
   * write, on the tables of this collection, the workbooks and the required parents.
   */
  protected async afterStore(_workbookId: string, _before: EntityOf<C> | null, _after: EntityOf<C>, _now: Date): Promise<void> {}

  /** Rules that need the other stored rows (e.g. a name used once per workbook); runs inside the write. */
  protected async checkAgainstStored(_workbookId: string, _entity: EntityOf<C>, _reject: Reject): Promise<void> {}

  protected check(fields: unknown, reject: Reject): EntityOf<C> {
    const result = validate(this.spec.schema, fields);
    return result.ok ? result.value : reject(invalid(result.issues));
  }

  protected goneMessage(): string {
    return `This ${this.noun} no longer exists; it may have been deleted in another window. Nothing was saved.`;
  }

  /** A child that cannot live without its parent (a learning action without its skill) must point to one. */
  private async checkParents(workbookId: string, entity: EntityOf<C>, reject: Reject): Promise<void> {
    const fields: Record<string, unknown> = entity;
    for (const { parent, field } of this.parents) {
      const parentId = fields[field];
      if (typeof parentId !== 'string') continue;
      const parentRow = await this.db.entityTable(parent).get([workbookId, parentId]);
      if (!parentRow) reject(invalid([{ path: field, message: `must be a ${collectionSpec(parent).noun} in this workbook` }]));
    }
  }
}
