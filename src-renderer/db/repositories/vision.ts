import { visionSchema, type Vision } from '@shared/workbook';
import type { VisionRow, WaypointDatabase } from '../database';
import { runWrite, touchWorkbook } from '../transaction';
import { invalid, validate, type WriteResult } from '../write-result';
import type { RepositoryContext } from './entity-repository';

const visionId = 'vision';

type VisionChanges = Partial<Omit<Vision, 'id' | 'createdAt' | 'updatedAt' | 'ikigai'>> & {
  ikigai?: Partial<Vision['ikigai']>;
};

const emptyVision = {
  fiveYears: '',
  tenYears: '',
  purpose: '',
  ikigai: { love: '', goodAt: '', worldNeeds: '', paidFor: '' },
  notes: '',
};

/** One vision per workbook (id `vision`), created on its first save. */
export class VisionRepository {
  constructor(
    private readonly db: WaypointDatabase,
    private readonly context: RepositoryContext,
  ) {}

  async get(workbookId: string): Promise<VisionRow | null> {
    return (await this.db.vision.get([workbookId, visionId])) ?? null;
  }

  /** Merges `changes` (ikigai field by field) into the stored vision, or into an empty one on first save. */
  save(workbookId: string, changes: VisionChanges): Promise<WriteResult<VisionRow>> {
    const now = this.context.now();
    const stamp = now.toISOString();
    return runWrite(this.db, ['vision', 'workbooks'], async (reject) => {
      const existing = await this.db.vision.get([workbookId, visionId]);
      const base = existing ?? { ...emptyVision, id: visionId, createdAt: stamp };
      const checked = validate(visionSchema, {
        ...base,
        ...changes,
        ikigai: { ...base.ikigai, ...changes.ikigai },
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
