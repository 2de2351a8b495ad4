/*
 * Reviews: when the next one is due, what period it covers, and the key figures frozen when one is
 * completed, so reviews years apart can be compared.
 */
import { daysBetween } from './days';
import { latestBy } from './ordering';
import { overallReading } from './job-or-career';
import { followUpsToDo } from './people';
import type { Horizon, Interaction, LearningAction, Milestone, Person, ReviewFigures, RoleCheck, Skill } from './workbook';
import { horizons } from './workbook';
import type { ReviewCadence } from './settings';

export const reviewCadenceLabels: Readonly<Record<ReviewCadence, string>> = {
  1: 'Every month',
  3: 'Every quarter',
  6: 'Every six months',
  12: 'Every year',
};

/** Within this many days a review counts as coming due. */
export const reviewDueSoonDays = 14;

/** The day `months` calendar months after `day`; the 31st becomes the last day of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

export type ReviewDue =
  | { state: 'first' }
  | { state: 'later' | 'soon' | 'today' | 'overdue'; date: string; days: number };

/**
 * When the next review is due: the newest completed review's date plus the cadence. Without a
 * completed review the first one is due now. `days` counts away from today (days late when overdue).
 */
export function nextReviewDue(lastCompleted: string | null, cadence: ReviewCadence, today: string): ReviewDue {
  if (lastCompleted === null) return { state: 'first' };
  const date = addMonths(lastCompleted, cadence);
  const away = daysBetween(today, date);
  if (away < 0) return { state: 'overdue', date, days: -away };
  if (away === 0) return { state: 'today', date, days: 0 };
  return { state: away <= reviewDueSoonDays ? 'soon' : 'later', date, days: away };
}

/**
 * A name for the period a review on `day` closes, following the cadence: "November 2026",
 * "2026 Q4", "2026 H2", "2026". The person can rename it.
 */
export function periodName(day: string, cadence: ReviewCadence, locale: string): string {
  const [year = 1970, month = 1] = day.split('-').map(Number);
  switch (cadence) {
    case 1:
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
    case 3:
      return `${year} Q${Math.ceil(month / 3)}`;
    case 6:
      return `${year} H${month <= 6 ? 1 : 2}`;
    case 12:
      return String(year);
  }
}

/** Where the period of a review on `day` starts: the previous completed review, else one cadence back. */
export function periodStart(previousCompleted: string | null, day: string, cadence: ReviewCadence): string {
  return previousCompleted !== null && previousCompleted < day ? previousCompleted : addMonths(day, -cadence);
}

export interface ReviewInputs {
  skills: readonly Pick<Skill, 'proficiency' | 'targetLevel'>[];
  milestones: readonly Pick<Milestone, 'horizon' | 'status'>[];
  people: readonly Pick<Person, 'id' | 'cadenceDays' | 'lastContact'>[];
  interactions: readonly Pick<Interaction, 'personId' | 'date' | 'followUp'>[];
  learningActions: readonly Pick<LearningAction, 'status'>[];
  roleChecks: readonly Pick<RoleCheck, 'date' | 'lenses'>[];
}

/**
 * The figures a completed review keeps, for the period from `from` (exclusive) to `to` (inclusive):
 * - skills at or above their target, of the skills that have a target and a rated proficiency;
 * - per horizon, milestones done of those not dropped;
 * - people contacted in the period: a logged interaction dated in it, or a last contact in it;
 * - follow-ups overdue on `to`: people past their stay-in-touch cadence, and open agreed follow-ups;
 * - learning actions planned or in progress;
 * - the newest job-or-career check's average score and reading (null and '' without a check).
 */
export function reviewFigures(inputs: ReviewInputs, period: { from: string; to: string }): ReviewFigures {
  const inPeriod = (day: string | null) => day !== null && day > period.from && day <= period.to;

  let skillsWithTarget = 0;
  let skillsAtTarget = 0;
  for (const skill of inputs.skills) {
    if (skill.targetLevel === null || skill.proficiency === null) continue;
    skillsWithTarget += 1;
    if (skill.proficiency >= skill.targetLevel) skillsAtTarget += 1;
  }

  const milestones = Object.fromEntries(horizons.map((horizon) => [horizon, { done: 0, total: 0 }])) as Record<
    Horizon,
    { done: number; total: number }
  >;
  for (const milestone of inputs.milestones) {
    if (milestone.status === 'dropped') continue;
    milestones[milestone.horizon].total += 1;
    if (milestone.status === 'done') milestones[milestone.horizon].done += 1;
  }

  const contacted = new Set<string>();
  for (const interaction of inputs.interactions) if (inPeriod(interaction.date)) contacted.add(interaction.personId);
  for (const person of inputs.people) if (inPeriod(person.lastContact)) contacted.add(person.id);

  const followUpsOverdue = followUpsToDo(inputs.people, inputs.interactions, period.to).filter(
    (item) => item.followUp.state === 'overdue',
  ).length;

  const newestCheck = latestBy(inputs.roleChecks, (check) => check.date);
  const reading = newestCheck ? overallReading(newestCheck.lenses) : null;

  return {
    skillsAtTarget,
    skillsWithTarget,
    milestones,
    peopleContacted: contacted.size,
    followUpsOverdue,
    openLearningActions: inputs.learningActions.filter((action) => action.status === 'planned' || action.status === 'in-progress').length,
    careerScore: reading?.average ?? null,
    careerReading: reading?.label ?? '',
  };
}

export interface FigureLine {
  key: string;
  label: string;
  /** The figure as a number for charts and differences; null when the review had nothing to measure. */
  value: (figures: ReviewFigures) => number | null;
  /** The figure in words for tables: "3 of 8". */
  text: (figures: ReviewFigures) => string;
  /** Whether a rise is good news (for wording a change), or neither. */
  better: 'up' | 'down' | 'neither';
}

const horizonNames: Readonly<Record<Horizon, string>> = {
  '90d': '90 days',
  '1y': '1 year',
  '3y': '3 years',
  '5y': '5 years',
  '10y': '10 years',
};

/** The figures in the order reviews show, chart and compare them. */
export const figureLines: readonly FigureLine[] = [
  {
    key: 'skills-at-target',
    label: 'Skills at their target',
    value: (figures) => figures.skillsAtTarget,
    text: (figures) => `${figures.skillsAtTarget} of ${figures.skillsWithTarget}`,
    better: 'up',
  },
  ...horizons.map(
    (horizon): FigureLine => ({
      key: `milestones-${horizon}`,
      label: `Milestones done, ${horizonNames[horizon]}`,
      value: (figures) => figures.milestones[horizon].done,
      text: (figures) => `${figures.milestones[horizon].done} of ${figures.milestones[horizon].total}`,
      better: 'up',
    }),
  ),
  {
    key: 'people-contacted',
    label: 'People contacted in the period',
    value: (figures) => figures.peopleContacted,
    text: (figures) => String(figures.peopleContacted),
    better: 'up',
  },
  {
    key: 'follow-ups-overdue',
    label: 'Follow-ups overdue',
    value: (figures) => figures.followUpsOverdue,
    text: (figures) => String(figures.followUpsOverdue),
    better: 'down',
  },
  {
    key: 'open-learning-actions',
    label: 'Open learning actions',
    value: (figures) => figures.openLearningActions,
    text: (figures) => String(figures.openLearningActions),
    better: 'neither',
  },
  {
    key: 'career-score',
    label: 'Job or career? (average of 5)',
    value: (figures) => figures.careerScore,
    text: (figures) =>
      figures.careerScore === null ? 'No check yet' : `${figures.careerScore}${figures.careerReading ? `, ${figures.careerReading}` : ''}`,
    better: 'up',
  },
];

export interface FigureChange {
  line: FigureLine;
  earlier: string;
  later: string;
  /** later − earlier, or null when either review had nothing to measure. */
  change: number | null;
  /** How the change reads: better, worse, same, or changed (for figures that are neither). */
  reading: 'better' | 'worse' | 'same' | 'changed' | 'unknown';
}

/** Two reviews' figures side by side, the earlier one first, with the change of each figure. */
export function compareFigures(earlier: ReviewFigures, later: ReviewFigures): FigureChange[] {
  return figureLines.map((line) => {
    const before = line.value(earlier);
    const after = line.value(later);
    const change = before === null || after === null ? null : Math.round((after - before) * 10) / 10;
    let reading: FigureChange['reading'] = 'unknown';
    if (change === 0) reading = 'same';
    else if (change !== null) reading = line.better === 'neither' ? 'changed' : (change > 0) === (line.better === 'up') ? 'better' : 'worse';
    return { line, earlier: line.text(earlier), later: line.text(later), change, reading };
  });
}
