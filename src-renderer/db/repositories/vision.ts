import { visionSchema, type Vision } from '@shared/workbook';
import type { VisionRow, WaypointDatabase } from '../database';
import { runWrite, touchWorkbook } from '../transaction';
import { invalid, validate, type WriteResult } from '../write-result';
import type { RepositoryContext } from './entity-repository';

const visionId = 'vision';

export type VisionChanges = Partial<Omit<Vision, 'id' | 'createdAt' | 'updatedAt' | 'ikigai'>> & {
  ikigai?: Partial<Vision['ikigai']>;
};

const emptyIkigai: Vision['ikigai'] = { love: '', goodAt: '', worldNeeds: '', paidFor: '', overlap: '' };

const emptyVision = {
  fiveYears: '',
  tenYears: '',
  purpose: '',
  workSays: '',
  ikigai: emptyIkigai,
  notes: '',
};

/** A stored row with the fields added since it was written filled with their defaults. */
function withDefaults(row: VisionRow): VisionRow {
  return { ...emptyVision, ...row, ikigai: { ...emptyIkigai, ...row.ikigai } };
}

function visionOf(row: VisionRow): Vision {
  const { workbookId: _workbookId, ...vision } = row;
  return vision;
}

/** One vision per workbook (id `vision`), created on its first save. */
export class VisionRepository {
  constructor(
    private readonly db: WaypointDatabase,
    private readonly context: RepositoryContext,
  ) {}

  async get(workbookId: string): Promise<VisionRow | null> {
    const row = await this.db.vision.get([workbookId, visionId]);
    return row ? withDefaults(row) : null;
  }

  /** Merges `changes` (ikigai field by field) into the stored vision, or into an empty one on first save. */
  save(workbookId: string, changes: VisionChanges): Promise<WriteResult<VisionRow>> {
    return this.modify(workbookId, () => changes);
  }

  /**
   * Like `save`, with the changes worked out from the stored vision (or an empty one), read and written
   * in one transaction: adding to a text without losing what another window stored a moment before.
   */
  modify(workbookId: string, change: (current: Vision) => VisionChanges): Promise<WriteResult<VisionRow>> {
    const now = this.context.now();
    const stamp = now.toISOString();
    return runWrite(this.db, ['vision', 'workbooks'], async (reject) => {
      const existing = await this.db.vision.get([workbookId, visionId]);
      const current: Vision = existing
        ? visionOf(withDefaults(existing))
        : { ...emptyVision, id: visionId, createdAt: stamp, updatedAt: stamp };
      const changes = change(current);
      const checked = validate(visionSchema, {
        ...current,
        ...changes,
        ikigai: { ...current.ikigai, ...changes.ikigai },
        id: visionId,
        updatedAt: stamp,
      });
      if (!checked.ok) return reject(invalid(checked.issues));
      await touchWorkbook(this.db, workbookId, now, reject);
      const row = { ...checked.value, workbookId };
      await this.db.vision.put(row);
      return row;
    });
  }
}
