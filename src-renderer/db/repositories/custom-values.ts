import { foldValueName, valuesDeck } from '@shared/values';
import { customValueSchema, type CustomValue } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import type { Reject } from '../transaction';
import { invalid } from '../write-result';
import { EntityRepository, type RepositoryContext } from './entity-repository';
import { byTextAsc } from './ordering';

const deckNames: ReadonlySet<string> = new Set(valuesDeck.map((value) => foldValueName(value.name)));

/**
 * Values the person added to the deck, alphabetically. A name is used once: not twice among the
 * person's values, nor for a card of the deck. Deleting one unlinks it from sorts, milestones and paths.
 */
export class CustomValueRepository extends EntityRepository<'customValues'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'customValues', customValueSchema, context, {
      describe: (value) => value.name,
      compare: byTextAsc((value) => value.name),
    });
  }

  protected override async checkAgainstStored(workbookId: string, value: CustomValue, reject: Reject): Promise<void> {
    const name = foldValueName(value.name);
    if (deckNames.has(name)) reject(invalid([{ path: 'name', message: 'is already in the deck' }]));
    const others = await this.table.where('workbookId').equals(workbookId).toArray();
    if (others.some((other) => other.id !== value.id && foldValueName(other.name) === name)) {
      reject(invalid([{ path: 'name', message: 'is already one of your values' }]));
    }
  }
}
