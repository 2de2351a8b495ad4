import { describe, expect, it } from 'vitest';
import { overviewAgenda, type AgendaInputs } from '../../../src-main/shared/agenda';
import { lensIds, type RoleCheck } from '../../../src-main/shared/workbook';

const today = '2026-11-30';

function inputs(overrides: Partial<AgendaInputs> = {}): AgendaInputs {
  return { people: [], interactions: [], milestones: [], learningActions: [], reviews: [], roleChecks: [], ...overrides };
}

type Action = AgendaInputs['learningActions'][number];
const action = (id: string, overrides: Partial<Action>): Action => ({
  id,
  skillId: `skill-${id}`,
  title: `Action ${id}`,
  kind: 'course',
  status: 'planned',
  dueDate: null,
  expiresOn: null,
  ...overrides,
});

describe('what the Overview asks attention for', () => {
  it('is empty for an empty workbook, with the first review due', () => {
    expect(overviewAgenda(inputs(), today, 3)).toEqual({
      followUps: [],
      milestones: [],
      nextSteps: [],
      learning: [],
      certifications: [],
      review: { last: null, due: { state: 'first' } },
      career: null,
    });
  });

  it('lists open milestones overdue or due within 90 days, soonest first; a month target is overdue after its month', () => {
    const agenda = overviewAgenda(
      inputs({
        milestones: [
          { id: 'later', title: 'Lead a project', targetDate: '2027-06', status: 'not-started', steps: [] },
          { id: 'soon', title: 'Finish the course', targetDate: '2027-01-15', status: 'in-progress', steps: [] },
          { id: 'this-month', title: 'Ask for feedback', targetDate: '2026-11', status: 'not-started', steps: [] },
          { id: 'late', title: 'Update the CV', targetDate: '2026-10-01', status: 'in-progress', steps: [] },
          { id: 'done', title: 'Done already', targetDate: '2026-10-01', status: 'done', steps: [] },
          { id: 'dropped', title: 'Dropped', targetDate: '2026-12-01', status: 'dropped', steps: [] },
          { id: 'undated', title: 'Someday', targetDate: null, status: 'not-started', steps: [] },
          { id: 'edge', title: 'Exactly 90 days', targetDate: '2027-02-28', status: 'not-started', steps: [] },
        ],
      }),
      today,
      3,
    );
    expect(agenda.milestones.map((item) => [item.id, item.overdue])).toEqual([
      ['late', true],
      ['this-month', false],
      ['soon', false],
      ['edge', false],
    ]);
  });

  it('lists open steps of open milestones dated overdue or within 90 days, soonest first, leaving undated ones to Milestones', () => {
    const step = (id: string, due: string | null, done = false) => ({ id, text: `Step ${id}`, done, due });
    const agenda = overviewAgenda(
      inputs({
        milestones: [
          { id: 'm1', title: 'Finish the course', targetDate: null, status: 'in-progress', steps: [step('a', '2026-12-20'), step('b', null), step('c', '2026-11-01')] },
          { id: 'm2', title: 'Old goal', targetDate: null, status: 'dropped', steps: [step('d', '2026-12-01')] },
          { id: 'm3', title: 'Portfolio', targetDate: null, status: 'not-started', steps: [step('e', '2027-06-01'), step('f', '2026-12-01', true)] },
        ],
      }),
      today,
      3,
    );
    expect(agenda.nextSteps.map((item) => [item.title, item.id, item.milestone, item.overdue])).toEqual([
      ['Step c', 'm1', 'Finish the course', true],
      ['Step a', 'm1', 'Finish the course', false],
    ]);
  });

  it('lists open learning actions due within 90 days or overdue, and certifications expired or expiring', () => {
    const agenda = overviewAgenda(
      inputs({
        learningActions: [
          action('a', { dueDate: '2026-12-10' }),
          action('b', { dueDate: '2026-11-01', status: 'in-progress' }),
          action('c', { dueDate: '2026-12-10', status: 'done' }),
          action('d', { dueDate: '2027-09-01' }),
          action('e', { kind: 'certification', status: 'done', expiresOn: '2027-01' }),
          action('f', { kind: 'certification', status: 'done', expiresOn: '2026-10-31' }),
          action('g', { kind: 'certification', status: 'done', expiresOn: '2028-01' }),
        ],
      }),
      today,
      3,
    );
    expect(agenda.learning.map((item) => [item.id, item.overdue, item.skillId])).toEqual([
      ['b', true, 'skill-b'],
      ['a', false, 'skill-a'],
    ]);
    expect(agenda.certifications.map((item) => [item.id, item.overdue])).toEqual([
      ['f', true],
      ['e', false],
    ]);
  });

  it('gives people due within a week, the last completed review with its age, and the newest check reading', () => {
    const lenses = Object.fromEntries(lensIds.map((lens) => [lens, { score: 3, note: '' }])) as RoleCheck['lenses'];
    const agenda = overviewAgenda(
      inputs({
        people: [
          { id: 'amira', name: 'Amira', cadenceDays: 28, lastContact: '2026-10-20' },
          { id: 'ben', name: 'Ben', cadenceDays: 28, lastContact: '2026-11-25' },
        ],
        interactions: [
          { id: 'soon', personId: 'ben', followUp: { what: 'Send the slides', due: '2026-12-02', done: false } },
          { id: 'far', personId: 'ben', followUp: { what: 'Coffee in spring', due: '2027-04-01', done: false } },
          { id: 'done', personId: 'amira', followUp: { what: 'Read her paper', due: '2026-11-01', done: true } },
        ],
        reviews: [
          { id: 'r1', status: 'complete', date: '2026-06-30', period: '2026 Q2' },
          { id: 'r2', status: 'complete', date: '2026-09-30', period: '2026 Q3' },
          { id: 'r3', status: 'draft', date: '2026-11-29', period: '2026 Q4' },
        ],
        roleChecks: [
          { id: 'old', date: '2026-01-01', role: 'Analyst', lenses },
          { id: 'new', date: '2026-11-01', role: 'Senior analyst', lenses },
        ],
      }),
      today,
      3,
    );
    expect(agenda.followUps.map((item) => [item.personId, item.what, item.followUp.state])).toEqual([
      ['amira', null, 'overdue'],
      ['ben', 'Send the slides', 'soon'],
    ]);
    expect(agenda.review.last).toEqual({ id: 'r2', period: '2026 Q3', date: '2026-09-30', daysAgo: 61 });
    expect(agenda.review.due).toMatchObject({ state: 'later', date: '2026-12-30', days: 30 });
    expect(agenda.career).toEqual({ id: 'new', date: '2026-11-01', role: 'Senior analyst', average: 3, label: 'a career step' });
  });
});
