import { lastContactAfterLogChange, newestContact } from '@shared/people';
import type { Interaction } from '@shared/workbook';
import type { WaypointDatabase } from '../database';
import { deleteEntityInTransaction, deletionTables, type DeletionRecord } from '../deletion';
import { runWrite } from '../transaction';
import type { WriteResult } from '../write-result';
import { EntityRepository, type RepositoryContext } from './entity-repository';

/**
 * The interaction log. Logging, re-dating or deleting an interaction keeps the person's last contact in
 * step with the log in the same transaction (the rules are `lastContactAfterLogChange`); undoing a
 * deletion puts the last contact back as it was.
 */
export class InteractionRepository extends EntityRepository<'interactions'> {
  constructor(db: WaypointDatabase, context: RepositoryContext) {
    super(db, 'interactions', context);
  }

  private logOf(workbookId: string, personId: string): Promise<Interaction[]> {
    return this.table.where('[workbookId+personId]').equals([workbookId, personId]).toArray();
  }

  protected override async afterStore(workbookId: string, before: Interaction | null, after: Interaction, now: Date): Promise<void> {
    const personIds = new Set([after.personId, ...(before ? [before.personId] : [])]);
    for (const personId of personIds) {
      const log = await this.logOf(workbookId, personId);
      const logBefore = [...log.filter((entry) => entry.id !== after.id), ...(before?.personId === personId ? [before] : [])];
      await this.syncLastContact(workbookId, personId, newestContact(logBefore), newestContact(log), now);
    }
  }

  /** Deletes the interaction; when it was the newest, the last contact goes back to the one before it. */
  override remove(workbookId: string, id: string): Promise<WriteResult<DeletionRecord>> {
    const now = this.context.now();
    return runWrite(this.db, deletionTables, async (reject) => {
      const interaction = await this.table.get([workbookId, id]);
      const record = await deleteEntityInTransaction(this.db, this.collection, workbookId, id, now, reject);
      if (!interaction || record.kind !== 'entities') return record;
      const log = await this.logOf(workbookId, interaction.personId);
      const personBefore = await this.syncLastContact(
        workbookId,
        interaction.personId,
        newestContact([...log, interaction]),
        newestContact(log),
        now,
      );
      if (!personBefore) return record;
      return { ...record, before: { ...record.before, people: [...(record.before.people ?? []), personBefore] } };
    });
  }

  /** Stores the person's new last contact when it changed; returns the person as they were, or null when unchanged. */
  private async syncLastContact(
    workbookId: string,
    personId: string,
    newestBefore: string | null,
    newestAfter: string | null,
    now: Date,
  ) {
    const people = this.db.entityTable('people');
    const person = await people.get([workbookId, personId]);
    if (!person) return null;
    const lastContact = lastContactAfterLogChange(person.lastContact, newestBefore, newestAfter);
    if (lastContact === person.lastContact) return null;
    await people.put({ ...person, lastContact, updatedAt: now.toISOString() });
    return person;
  }
}
