import { describe, expect, it } from 'vitest';
import {
  boardSeats,
  followUpOn,
  followUpsDue,
  followUpsToDo,
  followUpText,
  lastContactAfterLogChange,
  logsByPerson,
  newestContact,
  nextFollowUp,
  openAgreedFollowUps,
} from '../../../src-main/shared/people';
import { interactionSchema, personSchema } from '../../../src-main/shared/planning';

const today = '2026-03-10';
const plain = (date: string) => date;

describe('nextFollowUp', () => {
  it('plans nothing without a cadence or without a last contact', () => {
    expect(nextFollowUp(null, '2026-03-01', today)).toEqual({ state: 'none', reason: 'no-cadence' });
    expect(nextFollowUp(28, null, today)).toEqual({ state: 'none', reason: 'never-contacted' });
  });

  it('adds the cadence to the last contact, across a month end', () => {
    expect(nextFollowUp(28, '2026-02-20', today)).toEqual({ state: 'later', date: '2026-03-20', days: 10 });
  });

  it('calls a follow-up within a week coming due, and one on the day due today', () => {
    expect(nextFollowUp(14, '2026-03-01', today)).toEqual({ state: 'soon', date: '2026-03-15', days: 5 });
    expect(nextFollowUp(14, '2026-02-24', today)).toEqual({ state: 'today', date: '2026-03-10', days: 0 });
  });

  it('counts the days late once the date has passed', () => {
    expect(nextFollowUp(14, '2026-02-20', today)).toEqual({ state: 'overdue', date: '2026-03-06', days: 4 });
    expect(followUpText(nextFollowUp(14, '2026-02-23', today), plain)).toBe('Overdue by 1 day (was due 2026-03-09)');
  });
});

describe('followUpsDue', () => {
  it('lists only people due or overdue, most overdue first', () => {
    const people = [
      { name: 'Later', cadenceDays: 56, lastContact: '2026-03-01' },
      { name: 'Soon', cadenceDays: 14, lastContact: '2026-03-01' },
      { name: 'Late', cadenceDays: 14, lastContact: '2026-01-01' },
      { name: 'None', cadenceDays: null, lastContact: '2026-01-01' },
    ];
    expect(followUpsDue(people, today).map((entry) => entry.person.name)).toEqual(['Late', 'Soon']);
  });
});

describe('boardSeats', () => {
  it('puts a person in every seat they fill and leaves the rest empty', () => {
    const seats = boardSeats([
      { name: 'Amira', roles: ['mentor', 'sponsor'] as const },
      { name: 'Ben', roles: ['peer'] as const },
    ]);
    expect(seats.map((seat) => [seat.role, seat.people.map((person) => person.name)])).toEqual([
      ['mentor', ['Amira']],
      ['sponsor', ['Amira']],
      ['coach', []],
      ['connector', []],
      ['peer', ['Ben']],
      ['expert', []],
    ]);
  });
});

describe('personSchema', () => {
  it('reads a person stored before the role or title was asked, with an empty one', () => {
    const stored = {
      id: 'p1',
      name: 'Ada',
      roles: ['mentor'],
      organisation: 'Analytical Engines',
      howWeMet: '',
      canHelpWith: [],
      contact: '',
      cadenceDays: 28,
      lastContact: '2026-01-05',
      notes: '',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    };
    expect(personSchema.parse(stored).title).toBe('');
  });
});

describe('the interaction log and the last contact', () => {
  it('takes the newest interaction as the last contact, whatever order they were logged in', () => {
    expect(newestContact([])).toBeNull();
    expect(newestContact([{ date: '2026-02-01' }, { date: '2026-03-04' }, { date: '2025-12-31' }])).toBe('2026-03-04');
  });

  it('moves the last contact forward when the newest is logged, and not back for an older one', () => {
    expect(lastContactAfterLogChange(null, null, '2026-03-01')).toBe('2026-03-01');
    expect(lastContactAfterLogChange('2026-03-01', '2026-03-01', '2026-03-08')).toBe('2026-03-08');
    expect(lastContactAfterLogChange('2026-03-08', '2026-03-08', '2026-03-08')).toBe('2026-03-08');
  });

  it('goes back to the one before when the newest is deleted or re-dated earlier', () => {
    expect(lastContactAfterLogChange('2026-03-08', '2026-03-08', '2026-02-20')).toBe('2026-02-20');
  });

  it('keeps a last contact entered by hand that is newer than the log, until the log passes it', () => {
    expect(lastContactAfterLogChange('2026-03-09', null, '2026-03-01')).toBe('2026-03-09');
    expect(lastContactAfterLogChange('2026-03-09', '2026-03-01', null)).toBe('2026-03-09');
    expect(lastContactAfterLogChange('2026-03-09', '2026-03-01', '2026-03-10')).toBe('2026-03-10');
  });

  it('groups the log by person, newest first, the one logged last first on the same day', () => {
    const entry = (id: string, personId: string, date: string, createdAt: string) => ({ id, personId, date, createdAt });
    const logs = logsByPerson([
      entry('a', 'p1', '2026-03-01', '2026-03-01T09:00:00Z'),
      entry('b', 'p2', '2026-01-01', '2026-01-01T09:00:00Z'),
      entry('c', 'p1', '2026-03-04', '2026-03-04T09:00:00Z'),
      entry('d', 'p1', '2026-03-01', '2026-03-02T09:00:00Z'),
    ]);
    expect(logs.get('p1')?.map((interaction) => interaction.id)).toEqual(['c', 'd', 'a']);
    expect(logs.get('p2')?.map((interaction) => interaction.id)).toEqual(['b']);
  });

  it('keeps the stored last contact when the last interaction is deleted', () => {
    expect(lastContactAfterLogChange('2026-03-01', '2026-03-01', null)).toBe('2026-03-01');
    expect(lastContactAfterLogChange(null, '2026-03-01', null)).toBeNull();
  });
});

describe('agreed follow-ups', () => {
  const agreed = (what: string, due: string, done = false) => ({ personId: 'p1', followUp: { what, due, done } });

  it('dates an agreed follow-up like a cadence one: overdue, today, within a week, later', () => {
    expect(followUpOn('2026-03-08', today)).toEqual({ state: 'overdue', date: '2026-03-08', days: 2 });
    expect(followUpOn('2026-03-10', today)).toEqual({ state: 'today', date: '2026-03-10', days: 0 });
    expect(followUpOn('2026-03-17', today)).toEqual({ state: 'soon', date: '2026-03-17', days: 7 });
    expect(followUpOn('2026-03-18', today)).toEqual({ state: 'later', date: '2026-03-18', days: 8 });
    expect(followUpText(followUpOn('2026-04-01', today), plain, true)).toBe('Due 2026-04-01');
  });

  it('lists the open ones soonest first and leaves out the done ones and interactions without one', () => {
    const open = openAgreedFollowUps(
      [agreed('Send the deck', '2026-04-01'), { personId: 'p1', followUp: null }, agreed('Intro to Sam', '2026-03-01'), agreed('Thank-you note', '2026-02-01', true)],
      today,
    );
    expect(open.map((entry) => [entry.what, entry.followUp.state])).toEqual([
      ['Intro to Sam', 'overdue'],
      ['Send the deck', 'later'],
    ]);
  });

  it('reads an interaction stored before follow-ups could be agreed, with none', () => {
    const stored = { id: 'i1', personId: 'p1', date: '2026-01-05', kind: 'call', summary: '', notes: '', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' };
    expect(interactionSchema.parse(stored).followUp).toBeNull();
    expect(interactionSchema.parse({ ...stored, kind: 'informational-interview' }).kind).toBe('informational-interview');
    expect(interactionSchema.safeParse({ ...stored, followUp: { what: '  ', due: '2026-02-01', done: false } }).success).toBe(false);
  });
});

describe('followUpsToDo', () => {
  it('merges people due by cadence with every open agreed follow-up, soonest first', () => {
    const people = [
      { id: 'ada', name: 'Ada', cadenceDays: 14, lastContact: '2026-02-20' }, // overdue since 03-06
      { id: 'ben', name: 'Ben', cadenceDays: 14, lastContact: '2026-03-01' }, // due 03-15
      { id: 'cleo', name: 'Cleo', cadenceDays: 56, lastContact: '2026-03-01' }, // not due
    ];
    const interactions = [
      { personId: 'cleo', followUp: { what: 'Send the article', due: '2026-05-01', done: false } },
      { personId: 'ben', followUp: { what: 'Intro to Sam', due: '2026-03-15', done: false } },
      { personId: 'ada', followUp: { what: 'Thank-you note', due: '2026-03-01', done: true } },
      { personId: 'gone', followUp: { what: 'Lost', due: '2026-03-02', done: false } },
    ];
    const todo = followUpsToDo(people, interactions, today);
    expect(todo.map((entry) => [entry.kind, entry.person.name, entry.followUp.date])).toEqual([
      ['cadence', 'Ada', '2026-03-06'],
      ['cadence', 'Ben', '2026-03-15'],
      ['agreed', 'Ben', '2026-03-15'],
      ['agreed', 'Cleo', '2026-05-01'],
    ]);
  });
});
