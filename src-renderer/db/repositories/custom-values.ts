import { foldName } from '@shared/names';
import { valuesDeck } from '@shared/values';
import type { CustomValue } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import type { Reject } from '../transaction';
import { invalid } from '../write-result';
import { EntityRepository, type RepositoryContext } from './entity-repository';

const deckNames: ReadonlySet<string> = new Set(valuesDeck.map((value) => foldName(value.name)));

/**
 * Values the person added to the deck. A name is used once: not twice among the
 * person's values, nor for a card of the deck. Deleting one unlinks it from sorts, milestones and paths.
 */
export class CustomValueRepository extends EntityRepository<'customValues'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'customValues', context);
  }

  protected override async checkAgainstStored(workbookId: string, value: CustomValue, reject: Reject): Promise<void> {
    const name = foldName(value.name);
    if (deckNames.has(name)) reject(invalid([{ path: 'name', message: 'is already in the deck' }]));
    const others = await this.table.where('workbookId').equals(workbookId).toArray();
    if (others.some((other) => other.id !== value.id && foldName(other.name) === name)) {
      reject(invalid([{ path: 'name', message: 'is already one of your values' }]));
    }
  }
}
