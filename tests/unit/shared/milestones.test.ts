import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  doneOnAfter,
  isOverdue,
  milestoneProgress,
  nextActions,
  stepsProgress,
  tallyByHorizon,
} from '../../../src-main/shared/milestones';
import { milestoneSchema, type MilestoneStep } from '../../../src-main/shared/planning';

const today = '2026-03-10';

function step(id: string, due: string | null, done = false): MilestoneStep {
  return { id, text: `Step ${id}`, done, due };
}

describe('deadlineOf', () => {
  it('keeps a day, ends a month on its last day and a year on 31 December', () => {
    expect(deadlineOf('2026-03-15')).toBe('2026-03-15');
    expect(deadlineOf('2026-02')).toBe('2026-02-28');
    expect(deadlineOf('2028-02')).toBe('2028-02-29');
    expect(deadlineOf('2026-12')).toBe('2026-12-31');
    expect(deadlineOf('2027')).toBe('2027-12-31');
  });
});

describe('isOverdue', () => {
  it('flags an open milestone whose target has passed, a month target only after its month', () => {
    expect(isOverdue({ status: 'in-progress', targetDate: '2026-03-09' }, today)).toBe(true);
    expect(isOverdue({ status: 'not-started', targetDate: '2026-03-10' }, today)).toBe(false);
    expect(isOverdue({ status: 'not-started', targetDate: '2026-03' }, today)).toBe(false);
    expect(isOverdue({ status: 'not-started', targetDate: '2026-02' }, today)).toBe(true);
    expect(isOverdue({ status: 'not-started', targetDate: '2025' }, today)).toBe(true);
    expect(isOverdue({ status: 'not-started', targetDate: null }, today)).toBe(false);
  });

  it('never flags a milestone that is done or dropped', () => {
    expect(isOverdue({ status: 'done', targetDate: '2025-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'dropped', targetDate: '2025-01-01' }, today)).toBe(false);
  });
});

describe('progress', () => {
  it('counts the share of steps done, rounded, and none without steps', () => {
    expect(stepsProgress([])).toBeNull();
    expect(stepsProgress([step('a', null, true), step('b', null), step('c', null)])).toBe(33);
    expect(stepsProgress([step('a', null, true), step('b', null, true)])).toBe(100);
  });

  it('follows the checklist or the figure set by hand, and is full once done', () => {
    const steps = [step('a', null, true), step('b', null), step('c', null), step('d', null)];
    expect(milestoneProgress({ status: 'in-progress', progress: 60, progressFrom: 'steps', steps })).toBe(25);
    expect(milestoneProgress({ status: 'in-progress', progress: 60, progressFrom: 'manual', steps })).toBe(60);
    expect(milestoneProgress({ status: 'not-started', progress: 60, progressFrom: 'steps', steps: [] })).toBe(0);
    expect(milestoneProgress({ status: 'done', progress: 10, progressFrom: 'manual', steps })).toBe(100);
  });
});

describe('nextActions', () => {
  it('lists open steps of open milestones, soonest first, undated last, flagging late ones', () => {
    const actions = nextActions(
      [
        { id: 'm1', title: 'Lead discovery', status: 'in-progress', steps: [step('a', null), step('b', '2026-04-01'), step('c', '2026-01-01', true)] },
        { id: 'm2', title: 'Finished', status: 'done', steps: [step('d', '2026-03-11')] },
        { id: 'm3', title: 'Dropped', status: 'dropped', steps: [step('e', '2026-03-11')] },
        { id: 'm4', title: 'Talk', status: 'not-started', steps: [step('f', '2026-03-01'), step('g', null), step('h', '2026-04-01')] },
      ],
      today,
    );
    expect(actions.map((action) => action.step.id)).toEqual(['f', 'b', 'h', 'a', 'g']);
    expect(actions.map((action) => action.overdue)).toEqual([true, false, false, false, false]);
    expect(actions[0]?.milestoneTitle).toBe('Talk');
  });
});

describe('doneOnAfter', () => {
  it('sets today when a milestone becomes done, keeps the day while done, clears it otherwise', () => {
    expect(doneOnAfter({ status: 'in-progress', doneOn: null }, 'done', today)).toBe(today);
    expect(doneOnAfter({ status: 'done', doneOn: '2026-01-02' }, 'done', today)).toBe('2026-01-02');
    expect(doneOnAfter({ status: 'done', doneOn: '2026-01-02' }, 'in-progress', today)).toBeNull();
  });
});

describe('milestoneSchema', () => {
  const stored = {
    id: 'm1',
    title: 'Ship a pipeline',
    horizon: '1y',
    specific: '',
    measure: '',
    whyItMatters: '',
    valueIds: [],
    targetDate: '2026-09',
    pathId: null,
    skillIds: [],
    personIds: [],
    status: 'in-progress',
    progress: 40,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
  };

  it('reads a milestone stored before steps, with an empty checklist, progress by hand and no done date', () => {
    const milestone = milestoneSchema.parse(stored);
    expect(milestone.steps).toEqual([]);
    expect(milestone.progressFrom).toBe('manual');
    expect(milestone.doneOn).toBeNull();
  });

  it('refuses a done date on a milestone that is not done, and a step without text', () => {
    expect(milestoneSchema.safeParse({ ...stored, doneOn: '2026-03-01' }).success).toBe(false);
    expect(milestoneSchema.safeParse({ ...stored, status: 'done', doneOn: '2026-03-01' }).success).toBe(true);
    expect(milestoneSchema.safeParse({ ...stored, steps: [{ id: 's1', text: '  ', done: false, due: null }] }).success).toBe(false);
  });
});

describe('tallyByHorizon', () => {
  it('counts milestones per horizon, with those done, dropped and overdue', () => {
    const tally = tallyByHorizon(
      [
        { horizon: '90d', status: 'done', targetDate: '2026-01' },
        { horizon: '90d', status: 'in-progress', targetDate: '2026-02-01' },
        { horizon: '90d', status: 'not-started', targetDate: null },
        { horizon: '5y', status: 'dropped', targetDate: '2030' },
      ],
      today,
    );
    expect(tally['90d']).toEqual({ total: 3, done: 1, dropped: 0, overdue: 1 });
    expect(tally['5y']).toEqual({ total: 1, done: 0, dropped: 1, overdue: 0 });
    expect(tally['10y']).toEqual({ total: 0, done: 0, dropped: 0, overdue: 0 });
  });
});
