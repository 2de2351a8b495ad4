import { describe, expect, it } from 'vitest';
import { boardSeats, followUpsDue, followUpText, nextFollowUp } from '../../../src-main/shared/people';
import { personSchema } from '../../../src-main/shared/planning';

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
