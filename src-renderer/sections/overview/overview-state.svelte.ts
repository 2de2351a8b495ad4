import type { WriteResult } from '../../db';
import type { Workbook } from '@shared/workbook';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';

/** The Overview's writes: who the workbook belongs to. Its figures come from the shell's counts. */
export class OverviewState extends SectionState {
  updateOwner(owner: Partial<Workbook['owner']>): Promise<WriteResult<Workbook>> {
    return this.write(() => this.repositories.workbooks.updateOwner(this.workbookId, owner), {
      serial: entityKey('workbooks', this.workbookId),
    });
  }
}
