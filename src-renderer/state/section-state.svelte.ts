import type { EntityCollection, EntityOf } from '@shared/workbook';
import type { Row, EntityPatch, EntityRepository, NewEntity, WriteResult } from '../db';
import type { AppState } from './app.svelte';
import { LiveQuery } from './live-query.svelte';
import { entityKey, type WriteOptions } from './writer.svelte';

/**
 * What every section's state class is built on. It is created inside the section's
 * `{#key workbook.id}`, with the workbook id as a plain value, and owns the section's live reads and
 * all of its writes: components call its methods and never reach storage themselves. Every write goes
 * through the app's one write path; writes to one row are serialised.
 * Must be created during component initialisation (it owns live queries).
 */
export class SectionState {
  constructor(
    protected readonly app: AppState,
    readonly workbookId: string,
  ) {}

  protected get repositories(): AppState['repositories'] {
    return this.app.repositories;
  }

  /** Names one field of one stored row, unique in the app: a draft's `recoveryKey`. */
  fieldKey(collection: EntityCollection | 'workbooks' | 'vision', id: string, field: string): string {
    return `${this.workbookId}/${collection}/${id}/${field}`;
  }

  /** A query of this workbook that re-runs whenever what it read changes. */
  protected live<T>(query: (workbookId: string) => Promise<T>, initial: T): LiveQuery<T, string> {
    return new LiveQuery(() => this.workbookId, query, initial);
  }

  protected write<T>(run: () => Promise<WriteResult<T>>, options?: WriteOptions): Promise<WriteResult<T>> {
    return this.app.writer.write(run, options);
  }

  protected createRow<C extends EntityCollection>(repository: EntityRepository<C>, input: NewEntity<C>): Promise<WriteResult<Row<C>>> {
    return this.write(() => repository.create(this.workbookId, input));
  }

  protected updateRow<C extends EntityCollection>(
    repository: EntityRepository<C>,
    id: string,
    patch: EntityPatch<C>,
  ): Promise<WriteResult<Row<C>>> {
    return this.write(() => repository.update(this.workbookId, id, patch), { serial: entityKey(repository.collection, id) });
  }

  /** Changes a row from its stored state (e.g. one item of a list field), read and written in one transaction. */
  protected modifyRow<C extends EntityCollection>(
    repository: EntityRepository<C>,
    id: string,
    change: (current: EntityOf<C>) => EntityPatch<C>,
  ): Promise<WriteResult<Row<C>>> {
    return this.write(() => repository.modify(this.workbookId, id, change), { serial: entityKey(repository.collection, id) });
  }

  /**
   * Deletes a row (and cleans up links to it) with undo in the toast and on Ctrl+Z. `focusAfterUndo`
   * names the element that shows the row again, e.g. `[data-skill-id="…"]`.
   */
  protected removeRow<C extends EntityCollection>(
    repository: EntityRepository<C>,
    id: string,
    focusAfterUndo?: string,
  ): Promise<WriteResult<unknown>> {
    return this.app.writer.deleteWithUndo({
      workbookId: this.workbookId,
      remove: () => repository.remove(this.workbookId, id),
      restore: (record) => repository.restore(record),
      describe: (record) => record.label,
      focusAfterUndo,
      serial: entityKey(repository.collection, id),
    });
  }
}
