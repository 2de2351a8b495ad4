import { boardSeats, followUpsDue } from '@shared/people';
import type { BoardRole } from '@shared/planning';
import { hasVisibleText } from '@shared/model-primitives';
import { invalid, type Row, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { currentDay } from '../skills/skill-index';

type PersonRow = Row<'people'>;
export type PeopleTab = 'people' | 'board' | 'follow-ups';

/** Where undo of a deleted person puts focus: their row in the list. */
export function personFocus(personId: string): string {
  return `[data-person-id="${CSS.escape(personId)}"] button.open`;
}

const nameMessage = 'is needed: how you would greet them';

/**
 * The People section's state: the people (by name, as the registry orders them), the skills they can
 * help with are picked from, the board seats and follow-ups derived from both, and which person is open.
 * Must be created during component initialisation (it owns live queries).
 */
export class PeopleState extends SectionState {
  readonly people: LiveQuery<PersonRow[], string>;
  readonly skills: LiveQuery<Row<'skills'>[], string>;
  tab = $state<PeopleTab>('people');
  openPersonId = $state<string | null>(null);
  /** False while the open panel shows a person just added from the add form: focus stays in the form. */
  panelTakesFocus = $state(true);
  addFormOpen = $state(false);
  readonly today = currentDay();

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.people = this.live((id) => this.repositories.people.list(id), []);
    this.skills = this.live((id) => this.repositories.skills.list(id), []);
  }

  readonly loaded = $derived.by(() => this.people.loaded && this.skills.loaded);
  readonly openPerson = $derived.by(() => this.people.current.find((person) => person.id === this.openPersonId) ?? null);
  readonly seats = $derived.by(() => boardSeats(this.people.current));
  readonly emptySeats = $derived.by(() => this.seats.filter((seat) => seat.people.length === 0).length);
  readonly dueFollowUps = $derived.by(() => followUpsDue(this.people.current, this.today));

  open(personId: string, takeFocus = true): void {
    this.panelTakesFocus = takeFocus;
    this.openPersonId = personId;
  }

  close(): void {
    this.openPersonId = null;
  }

  async addPerson(name: string, roles: readonly BoardRole[]): Promise<WriteResult<PersonRow>> {
    if (!hasVisibleText(name)) return invalid([{ path: 'name', message: nameMessage }]);
    return this.createRow(this.repositories.people, {
      name,
      roles: [...roles],
      organisation: '',
      title: '',
      howWeMet: '',
      canHelpWith: [],
      contact: '',
      cadenceDays: null,
      lastContact: null,
      notes: '',
    });
  }

  /** A person always has a name: an emptied field is refused at the field, and the stored name stays. */
  updateName(personId: string, name: string): Promise<WriteResult<PersonRow>> {
    if (!hasVisibleText(name)) return Promise.resolve(invalid([{ path: 'name', message: nameMessage }]));
    return this.updateRow(this.repositories.people, personId, { name });
  }

  updateText(personId: string, field: 'organisation' | 'title' | 'howWeMet' | 'contact' | 'notes', text: string) {
    return this.updateRow(this.repositories.people, personId, { [field]: text });
  }

  updateCadence(personId: string, cadenceDays: number | null): Promise<WriteResult<PersonRow>> {
    return this.updateRow(this.repositories.people, personId, { cadenceDays });
  }

  /** An emptied date clears the last contact: no follow-up is planned until one is given. */
  updateLastContact(personId: string, lastContact: string | null): Promise<WriteResult<PersonRow>> {
    return this.updateRow(this.repositories.people, personId, { lastContact });
  }

  /** Seats and skills are changed from the stored row, so two quick ticks do not undo each other; none is listed twice. */
  toggleRole(personId: string, role: BoardRole, on: boolean): Promise<WriteResult<PersonRow>> {
    return this.modifyRow(this.repositories.people, personId, (stored) => ({
      roles: [...stored.roles.filter((held) => held !== role), ...(on ? [role] : [])],
    }));
  }

  toggleSkill(personId: string, skillId: string, on: boolean): Promise<WriteResult<PersonRow>> {
    return this.modifyRow(this.repositories.people, personId, (stored) => ({
      canHelpWith: [...stored.canHelpWith.filter((id) => id !== skillId), ...(on ? [skillId] : [])],
    }));
  }

  remove(personId: string): Promise<WriteResult<unknown>> {
    if (this.openPersonId === personId) this.openPersonId = null;
    return this.removeRow(this.repositories.people, personId, personFocus(personId));
  }
}
