import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planDates, workbookToCalendar } from '../../../../../src-main/services/exports/calendar';
import type { WorkbookSnapshot } from '../../../../../src-main/shared/workbook';
import { emptySnapshot, readSample, stamp } from './sample';

const today = '2026-11-30';
const options = { today, appVersion: '0.1.0' };
const sample = readSample();

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    };
  });
}

function withMilestone(snapshot: WorkbookSnapshot, targetDate: string | null, status: 'not-started' | 'done' = 'not-started'): WorkbookSnapshot {
  const base = sample.milestones[0];
  if (!base) throw new Error('the sample has milestones');
  return { ...snapshot, milestones: [{ ...base, id: `ms-${targetDate}-${status}`, title: 'Target', targetDate, status, doneOn: null, pathId: null }] };
}

describe('workbookToCalendar', () => {
  const text = workbookToCalendar(sample, options);
  const parsed = events(text);

  it('holds one all-day event per open milestone date, follow-up, learning due date and certification renewal', () => {
    const openMilestones = sample.milestones.filter((m) => m.targetDate !== null && (m.status === 'not-started' || m.status === 'in-progress'));
    const cadenced = sample.people.filter((person) => person.cadenceDays !== null && person.lastContact !== null);
    const agreed = sample.interactions.filter((interaction) => interaction.followUp && !interaction.followUp.done);
    const dueActions = sample.learningActions.filter((a) => a.dueDate !== null && (a.status === 'planned' || a.status === 'in-progress'));
    const renewals = sample.learningActions.filter((a) => a.kind === 'certification' && a.expiresOn !== null && a.status !== 'dropped');
    expect(renewals.length).toBeGreaterThan(0);
    expect(parsed).toHaveLength(openMilestones.length + cadenced.length + agreed.length + dueActions.length + renewals.length);
    expect(parsed.every((event) => event.startIsDate)).toBe(true);
  });

  it('names each event in plain words, on the right day', () => {
    expect(parsed).toContainEqual(
      expect.objectContaining({ summary: 'Renew: Cloud data warehouse associate certification', start: '2027-02-15', end: '2027-02-16' }),
    );
    expect(parsed).toContainEqual(expect.objectContaining({ summary: 'Send Hannah the one-page case for each path (Hannah Lindqvist)', start: '2026-12-11' }));
    expect(parsed).toContainEqual(expect.objectContaining({ summary: 'Get back in touch with Hannah Lindqvist', start: '2026-12-08' }));
    expect(parsed).toContainEqual(expect.objectContaining({ summary: 'Milestone: Finish the product discovery course', start: '2027-02-26' }));
    // A learning action due in April 2027 is due by the month's last day.
    expect(parsed).toContainEqual(expect.objectContaining({ summary: 'Due: Build a late-delivery model on open shipping data', start: '2027-04-30' }));
  });

  it('puts a milestone aimed at a month on its last day, and one aimed at a year on 31 December', () => {
    expect(events(workbookToCalendar(withMilestone(emptySnapshot(), '2028-02'), options))[0]?.start).toBe('2028-02-29');
    expect(events(workbookToCalendar(withMilestone(emptySnapshot(), '2029'), options))[0]?.start).toBe('2029-12-31');
  });

  it('leaves out undated and finished milestones', () => {
    expect(events(workbookToCalendar(withMilestone(emptySnapshot(), null), options))).toEqual([]);
    expect(events(workbookToCalendar(withMilestone(emptySnapshot(), '2027-05-01', 'done'), options))).toEqual([]);
  });

  it('gives unique UIDs that stay the same from one export to the next', () => {
    const uids = parsed.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('certification-renewal-learn-warehouse-cert@sample-maya-okafor.waypoint');
    const later = events(workbookToCalendar(sample, { ...options, today: '2026-12-01' }));
    expect(later.map((event) => event.uid)).toEqual(expect.arrayContaining(uids.filter((uid) => !uid.startsWith('follow-up-'))));
  });

  it('gives the same bytes for the same workbook and day, with no clock inside', () => {
    expect(workbookToCalendar(sample, options)).toBe(text);
    expect(parsed.every((event) => event.stamp === '2026-11-30T00:00:00Z')).toBe(true);
    expect(text).toContain('PRODID:-//Waypoint//Waypoint 0.1.0//EN');
    expect(text).toContain('X-WR-CALNAME:Maya Okafor (sample)');
  });

  it('keeps odd text in summaries intact', () => {
    const odd = withMilestone(emptySnapshot(), '2027-01-15');
    odd.milestones = odd.milestones.map((milestone) => ({ ...milestone, title: 'Ship v2; then, relax\\rest — Ωμέγα 東京' }));
    expect(events(workbookToCalendar(odd, options))[0]?.summary).toBe('Milestone: Ship v2; then, relax\\rest — Ωμέγα 東京');
  });

  it('writes an empty calendar for an empty workbook', () => {
    const empty = workbookToCalendar(emptySnapshot(), options);
    expect(events(empty)).toEqual([]);
    expect(planDates(emptySnapshot(), today)).toEqual([]);
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('leaves out agreed follow-ups of people no longer in the workbook', () => {
    const [interaction] = sample.interactions.filter((entry) => entry.followUp && !entry.followUp.done);
    if (!interaction) throw new Error('the sample has an open agreed follow-up');
    const orphan: WorkbookSnapshot = { ...emptySnapshot(), interactions: [{ ...interaction, personId: 'gone', createdAt: stamp }] };
    expect(planDates(orphan, today)).toEqual([]);
  });
});
