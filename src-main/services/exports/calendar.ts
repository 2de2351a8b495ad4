/*
 * The plan's dates as an iCalendar file: all-day events for milestone target dates, follow-ups,
 * learning-action due dates and certification renewals. Pure: the stamp comes from `today`, UIDs from
 * the workbook id, the entity id and the kind, so the same workbook on the same day gives the same bytes,
 * and a calendar that imports the file again updates its events instead of doubling them.
 */
import ical from 'ical-generator';
import { addDays, isOpen, periodEnd } from '../../shared/learning-plan';
import { deadlineOf, horizonLabels, isOpenMilestone } from '../../shared/milestones';
import { nextFollowUp, openAgreedFollowUps } from '../../shared/people';
import type { WorkbookSnapshot } from '../../shared/workbook';

export interface CalendarOptions {
  /** The person's today (ISO day): the events' DTSTAMP and which follow-ups are still open. */
  today: string;
  /** Waypoint's version, for the calendar's PRODID. */
  appVersion: string;
}

export const calendarEventKinds = ['milestone', 'follow-up', 'agreed-follow-up', 'learning-due', 'certification-renewal'] as const;
export type CalendarEventKind = (typeof calendarEventKinds)[number];

/** One all-day event before it is written; exported so the app can preview what the file will hold. */
export interface PlanDate {
  kind: CalendarEventKind;
  /** The entity the date belongs to (a person for cadence follow-ups, an interaction for agreed ones). */
  entityId: string;
  day: string;
  summary: string;
  description: string;
}

function milestoneDates(snapshot: WorkbookSnapshot): PlanDate[] {
  const pathNames = new Map(snapshot.paths.map((path) => [path.id, path.name]));
  return snapshot.milestones.flatMap((milestone) => {
    if (milestone.targetDate === null || !isOpenMilestone(milestone.status)) return [];
    const path = milestone.pathId === null ? undefined : pathNames.get(milestone.pathId);
    const lines = [`Milestone (${horizonLabels[milestone.horizon]})`, path ? `Path: ${path}` : '', milestone.specific, milestone.measure ? `Measure: ${milestone.measure}` : ''];
    return [
      {
        kind: 'milestone' as const,
        entityId: milestone.id,
        day: deadlineOf(milestone.targetDate),
        summary: `Milestone: ${milestone.title}`,
        description: lines.filter((line) => line.trim() !== '').join('\n'),
      },
    ];
  });
}

function followUpDates(snapshot: WorkbookSnapshot, today: string): PlanDate[] {
  const cadence = snapshot.people.flatMap((person) => {
    const followUp = nextFollowUp(person.cadenceDays, person.lastContact, today);
    if (followUp.state === 'none') return [];
    return [
      {
        kind: 'follow-up' as const,
        entityId: person.id,
        day: followUp.date,
        summary: `Get back in touch with ${person.name}`,
        description: `Stay-in-touch date: every ${person.cadenceDays} days since the last contact.`,
      },
    ];
  });
  const names = new Map(snapshot.people.map((person) => [person.id, person.name]));
  const agreed = openAgreedFollowUps(snapshot.interactions, today).flatMap(({ interaction, what, followUp }) => {
    const name = names.get(interaction.personId);
    if (name === undefined) return [];
    return [
      {
        kind: 'agreed-follow-up' as const,
        entityId: interaction.id,
        day: followUp.date,
        summary: `${what} (${name})`,
        description: `Agreed with ${name} on ${interaction.date}.`,
      },
    ];
  });
  return [...cadence, ...agreed];
}

function learningDates(snapshot: WorkbookSnapshot): PlanDate[] {
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  return snapshot.learningActions.flatMap((action) => {
    const skill = skillNames.get(action.skillId);
    const forSkill = skill ? `For the skill ${skill}.` : '';
    const dates: PlanDate[] = [];
    if (action.dueDate !== null && isOpen(action.status)) {
      dates.push({
        kind: 'learning-due',
        entityId: action.id,
        day: periodEnd(action.dueDate),
        summary: `Due: ${action.title}`,
        description: [forSkill, action.provider ? `With ${action.provider}.` : ''].filter(Boolean).join('\n'),
      });
    }
    if (action.kind === 'certification' && action.expiresOn !== null && action.status !== 'dropped') {
      dates.push({
        kind: 'certification-renewal',
        entityId: action.id,
        day: periodEnd(action.expiresOn),
        summary: `Renew: ${action.title}`,
        description: [`The certification expires or must be renewed by this day.`, forSkill].filter(Boolean).join('\n'),
      });
    }
    return dates;
  });
}

/** Every date the calendar will hold, soonest first (ties by kind, then id, so the order never changes). */
export function planDates(snapshot: WorkbookSnapshot, today: string): PlanDate[] {
  const rank = (kind: CalendarEventKind) => calendarEventKinds.indexOf(kind);
  return [...milestoneDates(snapshot), ...followUpDates(snapshot, today), ...learningDates(snapshot)].sort(
    (a, b) => a.day.localeCompare(b.day) || rank(a.kind) - rank(b.kind) || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
  );
}

/** A UID that stays the same for the same date of the same thing in the same workbook. */
export function eventUid(workbookId: string, kind: CalendarEventKind, entityId: string): string {
  return `${kind}-${entityId}@${workbookId}.waypoint`;
}

/** A day as a Date at UTC midnight: ical-generator writes all-day dates from their UTC fields. */
const utcDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

export function workbookToCalendar(snapshot: WorkbookSnapshot, options: CalendarOptions): string {
  const calendar = ical({ name: snapshot.workbook.title, prodId: `//Waypoint//Waypoint ${options.appVersion}//EN` });
  const stamp = utcDay(options.today);
  for (const date of planDates(snapshot, options.today)) {
    calendar.createEvent({
      id: eventUid(snapshot.workbook.id, date.kind, date.entityId),
      allDay: true,
      start: utcDay(date.day),
      // DTEND of an all-day event is the day after (exclusive), so every calendar shows one day.
      end: utcDay(addDays(date.day, 1)),
      stamp,
      summary: date.summary,
      description: date.description || null,
    });
  }
  return calendar.toString();
}
