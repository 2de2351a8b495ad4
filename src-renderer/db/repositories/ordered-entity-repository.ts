import Dexie from 'dexie';
import type { OrderedCollection } from '@shared/collections';
import type { Row } from '../database';
import { runWrite, touchWorkbook } from '../transaction';
import { failed, type WriteResult } from '../write-result';
import { EntityRepository } from './entity-repository';

/** A position strictly between two neighbours, or null when floating point has no room left. */
function orderBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after ?? 0) - 1;
  if (after === undefined) return before + 1;
  const middle = before + (after - before) / 2;
  return before < middle && middle < after ? middle : null;
}

/** Fractional order: moving one item rewrites only that item (until the gap is exhausted, then all once). */
export class OrderedEntityRepository<C extends OrderedCollection> extends EntityRepository<C> {
  private ordered(workbookId: string) {
    return this.table.where('[workbookId+order]').between([workbookId, Dexie.minKey], [workbookId, Dexie.maxKey]);
  }

  override list(workbookId: string): Promise<Row<C>[]> {
    return this.ordered(workbookId).toArray();
  }

  protected override async completeNew(
    workbookId: string,
    fields: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    if (typeof fields.order === 'number') return fields;
    const last = await this.ordered(workbookId).last();
    return { ...fields, order: last ? last.order + 1 : 0 };
  }

  /** Moves the entity to position `toIndex` of the list (clamped to the list's bounds). */
  move(workbookId: string, id: string, toIndex: number): Promise<WriteResult<Row<C>>> {
    const now = this.context.now();
    const stamp = now.toISOString();
    return runWrite(this.db, [this.collection, 'workbooks'], async (reject) => {
      const rows = await this.ordered(workbookId).toArray();
      const moving = rows.find((row) => row.id === id);
      if (!moving) return reject(failed(this.goneMessage()));
      const others = rows.filter((row) => row.id !== id);
      const index = Math.min(Math.max(Math.trunc(toIndex), 0), others.length);
      const order = orderBetween(others[index - 1]?.order, others[index]?.order);
      await touchWorkbook(this.db, workbookId, now, reject);
      if (order !== null) {
        const moved = { ...moving, order, updatedAt: stamp };
        await this.table.put(moved);
        return moved;
      }
      const renumbered = [...others.slice(0, index), moving, ...others.slice(index)].map((row, position) =>
        row.id === id ? { ...row, order: position, updatedAt: stamp } : { ...row, order: position },
      );
      await this.table.bulkPut(renumbered);
      return renumbered[index] ?? reject(failed(this.goneMessage()));
    });
  }
}
