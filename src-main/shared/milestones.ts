/*
 * Milestones: progress, what is overdue, the next actions across all milestones. Pure, for the
 * section and the PDF; the roadmap's layout is in roadmap.ts.
 */
import { periodEnd } from './learning-plan';
import type { Horizon, Milestone, MilestoneStep } from './planning';

type Status = Milestone['status'];

/** How each horizon reads in headings, choices and print. */
export const horizonLabels: Readonly<Record<Horizon, string>> = {
  '90d': '90 days',
  '1y': '1 year',
  '3y': '3 years',
  '5y': '5 years',
  '10y': '10 years',
};

export const milestoneStatusLabels: Readonly<Record<Status, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * The last day a target date allows: a day is itself, a month ends on its last day, a year on
 * 31 December. A milestone aimed at "March 2027" is on time all through March.
 */
export function deadlineOf(targetDate: string): string {
  return periodEnd(targetDate);
}

/** Not started or in progress: still something to do. */
export function isOpenMilestone(status: Status): boolean {
  return status === 'not-started' || status === 'in-progress';
}

/** The target date has passed and the milestone is neither done nor dropped. */
export function isOverdue(milestone: Pick<Milestone, 'status' | 'targetDate'>, today: string): boolean {
  return isOpenMilestone(milestone.status) && milestone.targetDate !== null && deadlineOf(milestone.targetDate) < today;
}

/** The share of steps done, 0–100 rounded; null when there are no steps to count. */
export function stepsProgress(steps: readonly Pick<MilestoneStep, 'done'>[]): number | null {
  if (steps.length === 0) return null;
  const done = steps.filter((step) => step.done).length;
  return Math.round((done / steps.length) * 100);
}

/**
 * The progress shown for a milestone: 100 once it is done; otherwise the share of steps done when it
 * follows its checklist (0 while the checklist is empty), or the figure set by hand.
 */
export function milestoneProgress(milestone: Pick<Milestone, 'status' | 'progress' | 'progressFrom' | 'steps'>): number {
  if (milestone.status === 'done') return 100;
  if (milestone.progressFrom === 'steps') return stepsProgress(milestone.steps) ?? 0;
  return milestone.progress;
}

export interface NextAction {
  milestoneId: string;
  milestoneTitle: string;
  step: MilestoneStep;
  /** The step's own date has passed. */
  overdue: boolean;
}

/**
 * The open steps of every open milestone, soonest date first and undated last; steps of the same
 * date keep the order of the milestones given, then their order in the checklist.
 */
export function nextActions(milestones: readonly Pick<Milestone, 'id' | 'title' | 'status' | 'steps'>[], today: string): NextAction[] {
  const actions = milestones
    .filter((milestone) => isOpenMilestone(milestone.status))
    .flatMap((milestone) =>
      milestone.steps
        .filter((step) => !step.done)
        .map((step) => ({
          milestoneId: milestone.id,
          milestoneTitle: milestone.title,
          step,
          overdue: step.due !== null && step.due < today,
        })),
    );
  // Array.prototype.sort is stable: equal dates keep the order built above.
  return actions.sort((a, b) => compareDue(a.step.due, b.step.due));
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** When a status is set: the day it was done is kept while it stays done, today when it becomes done, none otherwise. */
export function doneOnAfter(previous: Pick<Milestone, 'status' | 'doneOn'>, status: Status, today: string): string | null {
  if (status !== 'done') return null;
  return previous.status === 'done' ? previous.doneOn : today;
}

export interface HorizonTally {
  total: number;
  done: number;
  dropped: number;
  overdue: number;
}

/** How many milestones each horizon holds, and how many of them are done, dropped or overdue. */
export function tallyByHorizon(
  milestones: readonly Pick<Milestone, 'horizon' | 'status' | 'targetDate'>[],
  today: string,
): Record<Milestone['horizon'], HorizonTally> {
  const empty = (): HorizonTally => ({ total: 0, done: 0, dropped: 0, overdue: 0 });
  const tally = { '90d': empty(), '1y': empty(), '3y': empty(), '5y': empty(), '10y': empty() };
  for (const milestone of milestones) {
    const counts = tally[milestone.horizon];
    counts.total += 1;
    if (milestone.status === 'done') counts.done += 1;
    if (milestone.status === 'dropped') counts.dropped += 1;
    if (isOverdue(milestone, today)) counts.overdue += 1;
  }
  return tally;
}
