/*
 * People: stay-in-touch cadences, when to get back in touch, and who sits in which seat of the board.
 */
import type { BoardRole } from './planning';
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

const dayMs = 86_400_000;

function dayNumber(isoDay: string): number {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / dayMs);
}

function isoFromDayNumber(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

/**
 * When to get back in touch: the last contact plus the cadence, compared with today.
 * `days` is how many days away the date is (negative when overdue, counted as days late).
 */
export function nextFollowUp(cadenceDays: number | null, lastContact: string | null, today: string): FollowUp {
  if (cadenceDays === null) return { state: 'none', reason: 'no-cadence' };
  if (lastContact === null) return { state: 'none', reason: 'never-contacted' };
  const due = dayNumber(lastContact) + cadenceDays;
  const away = due - dayNumber(today);
  const date = isoFromDayNumber(due);
  if (away < 0) return { state: 'overdue', date, days: -away };
  if (away === 0) return { state: 'today', date, days: 0 };
  return { state: away <= dueSoonDays ? 'soon' : 'later', date, days: away };
}

/** The follow-up in words, with the date formatted by the caller. */
export function followUpText(followUp: FollowUp, formatDate: (date: string) => string): string {
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
      return `Next contact ${formatDate(followUp.date)}`;
  }
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
): Array<{ person: P; followUp: Extract<FollowUp, { date: string }> }> {
  const due: Array<{ person: P; followUp: Extract<FollowUp, { date: string }> }> = [];
  for (const person of people) {
    const followUp = nextFollowUp(person.cadenceDays, person.lastContact, today);
    if (followUp.state === 'overdue' || followUp.state === 'today' || followUp.state === 'soon') due.push({ person, followUp });
  }
  return due.sort((a, b) => a.followUp.date.localeCompare(b.followUp.date));
}
