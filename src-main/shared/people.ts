/*
 * People: stay-in-touch cadences, when to get back in touch (by cadence and as agreed in a
 * conversation), what the interaction log says about the last contact, and the seats of the board.
 */
import { dayNumber, isoFromDayNumber } from './days';
import type { AgreedFollowUp, BoardRole, InteractionKind } from './planning';
import { boardRoles } from './planning';

/** The cadences offered; stored as days (six months counts as 182). */
export const cadenceChoices: ReadonlyArray<{ days: number | null; label: string }> = [
  { days: null, label: 'No regular contact' },
  { days: 14, label: 'Every 2 weeks' },
  { days: 28, label: 'Every 4 weeks' },
  { days: 56, label: 'Every 8 weeks' },
  { days: 84, label: 'Every 12 weeks' },
  { days: 182, label: 'Every 6 months' },
];

/** Within this many days a follow-up counts as coming due. */
export const dueSoonDays = 7;

export type FollowUp =
  | { state: 'none'; reason: 'no-cadence' | 'never-contacted' }
  | { state: 'later' | 'soon' | 'today' | 'overdue'; date: string; days: number };
/** A follow-up with a date: how far away (or how late) it is. */
export type DatedFollowUp = Extract<FollowUp, { date: string }>;

export const interactionKindLabels: Readonly<Record<InteractionKind, string>> = {
  meeting: 'Meeting',
  call: 'Call',
  message: 'Message',
  event: 'Event',
  'informational-interview': 'Informational interview',
  other: 'Other',
};

/**
 * When to get back in touch: the last contact plus the cadence, compared with today.
 * `days` is how many days away the date is (negative when overdue, counted as days late).
 */
export function nextFollowUp(cadenceDays: number | null, lastContact: string | null, today: string): FollowUp {
  if (cadenceDays === null) return { state: 'none', reason: 'no-cadence' };
  if (lastContact === null) return { state: 'none', reason: 'never-contacted' };
  return followUpOn(isoFromDayNumber(dayNumber(lastContact) + cadenceDays), today);
}

/** A dated follow-up compared with today: overdue, today, within a week, or later. */
export function followUpOn(date: string, today: string): DatedFollowUp {
  const away = dayNumber(date) - dayNumber(today);
  if (away < 0) return { state: 'overdue', date, days: -away };
  if (away === 0) return { state: 'today', date, days: 0 };
  return { state: away <= dueSoonDays ? 'soon' : 'later', date, days: away };
}

/**
 * The follow-up in words, with the date formatted by the caller. `agreed` words one agreed in a
 * conversation, which has a due date rather than a next contact.
 */
export function followUpText(followUp: FollowUp, formatDate: (date: string) => string, agreed = false): string {
  switch (followUp.state) {
    case 'none':
      return followUp.reason === 'no-cadence' ? 'No regular contact planned' : 'Add the last contact to plan the next';
    case 'overdue':
      return `Overdue by ${followUp.days} ${followUp.days === 1 ? 'day' : 'days'} (was due ${formatDate(followUp.date)})`;
    case 'today':
      return 'Due today';
    case 'soon':
      return `Due in ${followUp.days} ${followUp.days === 1 ? 'day' : 'days'} (${formatDate(followUp.date)})`;
    case 'later':
      return agreed ? `Due ${formatDate(followUp.date)}` : `Next contact ${formatDate(followUp.date)}`;
  }
}

/** The day of the newest interaction in a log (ISO days sort as text), or null for an empty log. */
export function newestContact(interactions: ReadonlyArray<{ date: string }>): string | null {
  let newest: string | null = null;
  for (const { date } of interactions) if (newest === null || date > newest) newest = date;
  return newest;
}

/**
 * The person's last contact after their log changed (an interaction logged, re-dated or deleted), given
 * the stored last contact and the newest day of the log before and after the change.
 * - A stored date newer than everything logged was entered by hand: it stays, unless the log passes it.
 * - Otherwise the log decides: the newest interaction left, so deleting or re-dating the newest one
 *   moves the last contact back to the one before, and logging an older one moves nothing.
 * - When no interaction is left, the stored date stays: it may have been entered by hand, and a last
 *   contact is never erased by a change to the log.
 */
export function lastContactAfterLogChange(stored: string | null, newestBefore: string | null, newestAfter: string | null): string | null {
  const enteredByHand = stored !== null && (newestBefore === null || stored > newestBefore);
  if (enteredByHand) return newestAfter !== null && newestAfter > stored ? newestAfter : stored;
  return newestAfter ?? stored;
}

type Logged = { personId: string; date: string; createdAt: string; id: string };

/** Each person's interactions, newest first; on the same day, the one logged last first. */
export function logsByPerson<I extends Logged>(interactions: readonly I[]): ReadonlyMap<string, I[]> {
  const byPerson = new Map<string, I[]>();
  for (const interaction of interactions) {
    const log = byPerson.get(interaction.personId);
    if (log) log.push(interaction);
    else byPerson.set(interaction.personId, [interaction]);
  }
  const newestFirst = (a: I, b: I) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
  for (const log of byPerson.values()) log.sort(newestFirst);
  return byPerson;
}

/** Open follow-ups agreed in conversations (not done), soonest (most overdue) first. */
export function openAgreedFollowUps<I extends { followUp: AgreedFollowUp | null }>(
  interactions: readonly I[],
  today: string,
): Array<{ interaction: I; what: string; followUp: DatedFollowUp }> {
  const open: Array<{ interaction: I; what: string; followUp: DatedFollowUp }> = [];
  for (const interaction of interactions) {
    const agreed = interaction.followUp;
    if (agreed && !agreed.done) open.push({ interaction, what: agreed.what, followUp: followUpOn(agreed.due, today) });
  }
  return open.sort((a, b) => a.followUp.date.localeCompare(b.followUp.date));
}

export const boardRoleGuides: Readonly<Record<BoardRole, { name: string; does: string; finding: string }>> = {
  mentor: {
    name: 'Mentor',
    does: 'Has walked a road like yours and helps you think it through.',
    finding: 'Think of someone two or three steps ahead of you; ask for one conversation about a single question, not for “mentoring”.',
  },
  sponsor: {
    name: 'Sponsor',
    does: 'Speaks up for you where decisions are made.',
    finding: 'Sponsors follow good work they have seen. Share a result with a senior person who cares about it, and tell them what you want next.',
  },
  coach: {
    name: 'Coach',
    does: 'Asks the questions that help you find your own answer.',
    finding: 'A trained coach, a manager who listens well, or a peer you swap coaching sessions with all fill this seat.',
  },
  connector: {
    name: 'Connector',
    does: 'Knows many people and likes introducing them.',
    finding: 'Notice who organises the meetups or always says “you should meet…”, and tell them who you would like to meet.',
  },
  peer: {
    name: 'Peer',
    does: 'At a similar stage; you learn side by side.',
    finding: 'Someone from a course, a former colleague, or a community you belong to: suggest a regular short catch-up.',
  },
  expert: {
    name: 'Expert',
    does: 'Knows a field deeply and answers the hard questions in it.',
    finding: 'Pick the skill you most want to grow, and look for someone who writes or talks about it; a specific question gets answers.',
  },
};

export interface BoardSeat<P> {
  role: BoardRole;
  people: P[];
}

/** Each of the six seats with the people who fill it, in the given order; a person may sit in several. */
export function boardSeats<P extends { roles: readonly BoardRole[] }>(people: readonly P[]): BoardSeat<P>[] {
  return boardRoles.map((role) => ({ role, people: people.filter((person) => person.roles.includes(role)) }));
}

/** People due within a week or overdue, soonest (most overdue) first. */
export function followUpsDue<P extends { cadenceDays: number | null; lastContact: string | null }>(
  people: readonly P[],
  today: string,
): Array<{ person: P; followUp: DatedFollowUp }> {
  const due: Array<{ person: P; followUp: DatedFollowUp }> = [];
  for (const person of people) {
    const followUp = nextFollowUp(person.cadenceDays, person.lastContact, today);
    if (followUp.state === 'overdue' || followUp.state === 'today' || followUp.state === 'soon') due.push({ person, followUp });
  }
  return due.sort((a, b) => a.followUp.date.localeCompare(b.followUp.date));
}

/** One line of "Get back in touch": a person due by their cadence, or something agreed with them. */
export type FollowUpToDo<P, I> =
  | { kind: 'cadence'; person: P; followUp: DatedFollowUp }
  | { kind: 'agreed'; person: P; interaction: I; what: string; followUp: DatedFollowUp };

/**
 * Everything to get back in touch about: people due within a week or overdue by their cadence, and
 * every open agreed follow-up however far off, soonest first; on the same day, cadence before agreed,
 * then in the people's order. An agreed follow-up whose person is not among `people` is left out.
 */
export function followUpsToDo<
  P extends { id: string; cadenceDays: number | null; lastContact: string | null },
  I extends { personId: string; followUp: AgreedFollowUp | null },
>(people: readonly P[], interactions: readonly I[], today: string): Array<FollowUpToDo<P, I>> {
  const position = new Map(people.map((person, index) => [person.id, index]));
  const entries: Array<FollowUpToDo<P, I>> = followUpsDue(people, today).map((due) => ({ kind: 'cadence', ...due }));
  for (const agreed of openAgreedFollowUps(interactions, today)) {
    const index = position.get(agreed.interaction.personId);
    const person = index === undefined ? undefined : people[index];
    if (person) entries.push({ kind: 'agreed', person, ...agreed });
  }
  const kindRank = { cadence: 0, agreed: 1 } as const;
  return entries.sort(
    (a, b) =>
      a.followUp.date.localeCompare(b.followUp.date) ||
      kindRank[a.kind] - kindRank[b.kind] ||
      (position.get(a.person.id) ?? 0) - (position.get(b.person.id) ?? 0),
  );
}
