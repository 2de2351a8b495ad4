import type { Experience } from '@shared/workbook';
import { describeStorageError, failed, type EntityPatch, type EntityRepository, type Row, type WriteResult } from '../../db';

/**
 * Edits to one experience's lists (achievements, skill links). Each change is computed from the
 * stored entity at the moment it runs, one after the other, so two quick edits never overwrite each other.
 */
export class ExperienceEditor {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: EntityRepository<'experiences'>,
    private readonly workbookId: string,
    readonly id: string,
  ) {}

  change(patch: (current: Experience) => EntityPatch<'experiences'>): Promise<WriteResult<Row<'experiences'>>> {
    const run = async (): Promise<WriteResult<Row<'experiences'>>> => {
      try {
        const current = await this.repository.get(this.workbookId, this.id);
        if (!current) {
          return failed('This experience no longer exists; it may have been deleted in another window. Nothing was saved.');
        }
        return await this.repository.update(this.workbookId, this.id, patch(current));
      } catch (error) {
        return failed(describeStorageError(error));
      }
    };
    const next = this.#queue.then(run, run);
    this.#queue = next;
    return next;
  }

  /** Writes one field as it is; fields without lists need no queue, but share it so the order holds. */
  set(patch: EntityPatch<'experiences'>): Promise<WriteResult<Row<'experiences'>>> {
    return this.change(() => patch);
  }
}
