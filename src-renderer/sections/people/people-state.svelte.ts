import { foldName } from '@shared/names';
import { boardSeats, followUpsDue, followUpsToDo, logsByPerson } from '@shared/people';
import type { AgreedFollowUp, BoardRole, InteractionKind } from '@shared/planning';
import { hasVisibleText } from '@shared/model-primitives';
import { invalid, type Row, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SearchText } from '../../state/search-text.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import { currentDay } from '../../state/clock';

type PersonRow = Row<'people'>;
type InteractionRow = Row<'interactions'>;
export type PeopleTab = 'people' | 'board' | 'follow-ups';

/** What the log form supplies for one interaction. */
export interface InteractionInput {
  date: string;
  kind: InteractionKind;
  summary: string;
  notes: string;
  followUp: AgreedFollowUp | null;
}

/** Where undo of a deleted person puts focus: their row in the list. */
export function personFocus(personId: string): string {
  return `[data-person-id="${CSS.escape(personId)}"] button.open`;
}

/** Where undo of a deleted interaction puts focus: its entry in the open person's log. */
export function interactionFocus(interactionId: string): string {
  return `[data-interaction-id="${CSS.escape(interactionId)}"] button.edit`;
}


const nameMessage = 'is needed: how you would greet them';
/** How long after a one-step log a repeated press for the same person is taken for the same press. */
const repeatPressWindow = 1_500;

/**
 * The People section's state: the people (by name, as the registry orders them), the skills they can
 * help with are picked from, every logged conversation, the board seats and what to get back in touch
 * about derived from them, the search, and which person is open.
 * Must be created during component initialisation (it owns live queries).
 */
export class PeopleState extends SectionState {
  readonly people: LiveQuery<PersonRow[], string>;
  readonly skills: LiveQuery<Row<'skills'>[], string>;
  /** Every interaction of the workbook in one query (no query per person). */
  readonly interactions: LiveQuery<InteractionRow[], string>;
  readonly search = new SearchText();
  /** One-step logs from "Get back in touch" by person: a second press records nothing more. Nothing shows it, so not reactive. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #loggedToday = new Map<string, Promise<WriteResult<InteractionRow>>>();
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
    this.interactions = this.live((id) => this.repositories.interactions.list(id), []);
  }

  readonly loaded = $derived.by(() => this.people.loaded && this.skills.loaded && this.interactions.loaded);
  readonly error = $derived.by(() => this.people.error ?? this.skills.error ?? this.interactions.error);
  /** People whose name, organisation or role contains the search, in list order. */
  readonly visiblePeople = $derived.by(() => {
    const folded = foldName(this.search.query);
    const people = this.people.current;
    if (folded === '') return people;
    return people.filter((person) => foldName(`${person.name}\n${person.organisation}\n${person.title}`).includes(folded));
  });
  /** Each person's log, newest first. */
  readonly logs = $derived.by(() => logsByPerson(this.interactions.current));
  /** People due by cadence and open agreed follow-ups, soonest first. */
  readonly toDo = $derived.by(() => followUpsToDo(this.people.current, this.interactions.current, this.today));
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

  logOf(personId: string): readonly InteractionRow[] {
    return this.logs.get(personId) ?? [];
  }

  /**
   * Logs an interaction; the person's last contact moves to its date when it is the newest, in the
   * same transaction. Ordered with the person's own edits, so a last contact typed just before lands first.
   */
  logInteraction(personId: string, input: InteractionInput): Promise<WriteResult<InteractionRow>> {
    return this.write(() => this.repositories.interactions.create(this.workbookId, { personId, ...input }), {
      serial: entityKey('people', personId),
    });
  }

  /**
   * "Log today's contact" from the follow-ups: records one interaction of `kind` dated today. A second
   * press for the same person while the first is stored or shortly after (a double click, a key held
   * down, before the list has caught up) returns the first one's outcome and stores nothing more; more
   * contacts on one day are logged from the person's panel.
   */
  logTodaysContact(personId: string, kind: InteractionKind): Promise<WriteResult<InteractionRow>> {
    const earlier = this.#loggedToday.get(personId);
    if (earlier) return earlier;
    const logging = this.logInteraction(personId, { date: this.today, kind, summary: '', notes: '', followUp: null });
    this.#loggedToday.set(personId, logging);
    const forget = () => {
      if (this.#loggedToday.get(personId) === logging) this.#loggedToday.delete(personId);
    };
    void logging.then((result) => (result.status === 'saved' ? setTimeout(forget, repeatPressWindow) : forget()));
    return logging;
  }

  updateInteraction(interactionId: string, input: InteractionInput): Promise<WriteResult<InteractionRow>> {
    return this.updateRow(this.repositories.interactions, interactionId, input);
  }

  /** Ticks an agreed follow-up done (or open again), from the stored row. */
  setFollowUpDone(interactionId: string, done: boolean): Promise<WriteResult<InteractionRow>> {
    return this.modifyRow(this.repositories.interactions, interactionId, (stored) => ({
      followUp: stored.followUp ? { ...stored.followUp, done } : null,
    }));
  }

  /** Deleting the newest interaction moves the last contact back to the one before; undo restores both. */
  removeInteraction(interactionId: string): Promise<WriteResult<unknown>> {
    // A contact logged in one step and deleted at once (a slip) can be logged again straight away.
    const personId = this.interactions.current.find((interaction) => interaction.id === interactionId)?.personId;
    if (personId !== undefined) this.#loggedToday.delete(personId);
    return this.removeRow(this.repositories.interactions, interactionId, interactionFocus(interactionId));
  }

  remove(personId: string): Promise<WriteResult<unknown>> {
    if (this.openPersonId === personId) this.openPersonId = null;
    return this.removeRow(this.repositories.people, personId, personFocus(personId));
  }
}
