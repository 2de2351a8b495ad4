/*
 * What the Overview asks attention for: follow-ups due, milestones overdue or coming up, learning
 * actions due, certifications expiring, the review rhythm and the latest job-or-career reading.
 * Plain data in, plain lists out, each soonest first.
 */
import { daysBetween } from './days';
import { latestBy } from './ordering';
import { overallReading } from './job-or-career';
import { addDays, expiryStatus, isOpen, isOverdue, periodEnd, periodStart } from './learning-plan';
import { nextActions } from './milestones';
import { followUpsToDo, type DatedFollowUp } from './people';
import { nextReviewDue, type ReviewDue } from './reviews';
import type { ReviewCadence } from './settings';
import type { Interaction, LearningAction, Milestone, Person, Review, RoleCheck } from './workbook';

/** How far ahead the Overview looks for milestones and learning actions coming due. */
export const agendaDays = 90;

export interface AgendaInputs {
  people: readonly Pick<Person, 'id' | 'name' | 'cadenceDays' | 'lastContact'>[];
  interactions: readonly Pick<Interaction, 'id' | 'personId' | 'followUp'>[];
  milestones: readonly Pick<Milestone, 'id' | 'title' | 'targetDate' | 'status' | 'steps'>[];
  learningActions: readonly Pick<LearningAction, 'id' | 'skillId' | 'title' | 'kind' | 'status' | 'dueDate' | 'expiresOn'>[];
  reviews: readonly Pick<Review, 'id' | 'status' | 'date' | 'period'>[];
  roleChecks: readonly Pick<RoleCheck, 'id' | 'date' | 'role' | 'lenses'>[];
}

export interface DatedItem {
  id: string;
  title: string;
  /** A day, month or year: when it is due (or expires). */
  date: string;
  overdue: boolean;
}

export interface Agenda {
  /** People due by their cadence, and follow-ups agreed with them (`what`) overdue or within 90 days. */
  followUps: Array<{ key: string; personId: string; name: string; what: string | null; followUp: DatedFollowUp }>;
  milestones: DatedItem[];
  /** Open checklist steps of open milestones with a date overdue or within 90 days (`id` is the milestone's). */
  nextSteps: Array<DatedItem & { key: string; milestone: string }>;
  learning: Array<DatedItem & { skillId: string }>;
  certifications: Array<DatedItem & { skillId: string }>;
  review: { last: { id: string; period: string; date: string; daysAgo: number } | null; due: ReviewDue };
  career: { id: string; date: string; role: string; average: number | null; label: string | null } | null;
}

const byDate = (a: DatedItem, b: DatedItem) => (periodStart(a.date) < periodStart(b.date) ? -1 : periodStart(a.date) > periodStart(b.date) ? 1 : 0);

/**
 * - Milestones not done or dropped whose target date has passed (a month-precision date at the end of
 *   its month) or begins within the next 90 days.
 * - Planned or running learning actions due in the next 90 days or overdue.
 * - Certifications expired or expiring (the Skills section's rule).
 * - People due within a week by their cadence, and open agreed follow-ups overdue or within 90 days.
 */
export function overviewAgenda(inputs: AgendaInputs, today: string, cadence: ReviewCadence): Agenda {
  const horizon = addDays(today, agendaDays);

  const milestones = inputs.milestones
    .filter((milestone) => milestone.status !== 'done' && milestone.status !== 'dropped' && milestone.targetDate !== null)
    .map((milestone) => {
      const date = milestone.targetDate ?? '';
      return { id: milestone.id, title: milestone.title, date, overdue: periodEnd(date) < today };
    })
    .filter((item) => item.overdue || periodStart(item.date) <= horizon)
    .sort(byDate);

  const nextSteps = nextActions(inputs.milestones, today).flatMap((action) =>
    action.step.due !== null && action.step.due <= horizon
      ? [{ key: action.step.id, id: action.milestoneId, milestone: action.milestoneTitle, title: action.step.text, date: action.step.due, overdue: action.overdue }]
      : [],
  );

  const learning = inputs.learningActions
    .filter((action) => isOpen(action.status) && action.dueDate !== null)
    .map((action) => ({
      id: action.id,
      skillId: action.skillId,
      title: action.title,
      date: action.dueDate ?? '',
      overdue: isOverdue(action, today),
    }))
    .filter((item) => item.overdue || periodStart(item.date) <= horizon)
    .sort(byDate);

  const certifications = inputs.learningActions
    .flatMap((action) => {
      const expiry = expiryStatus(action, today);
      if (expiry === null || action.expiresOn === null) return [];
      return [{ id: action.id, skillId: action.skillId, title: action.title, date: action.expiresOn, overdue: expiry === 'expired' }];
    })
    .sort(byDate);

  const completed = inputs.reviews.filter((review) => review.status === 'complete');
  const lastReview = latestBy(completed, (review) => review.date);
  const newestCheck = latestBy(inputs.roleChecks, (check) => check.date);
  const reading = newestCheck ? overallReading(newestCheck.lenses) : null;

  return {
    followUps: followUpsToDo(inputs.people, inputs.interactions, today)
      .filter((item) => item.followUp.date <= horizon)
      .map((item) =>
        item.kind === 'cadence'
          ? { key: `cadence-${item.person.id}`, personId: item.person.id, name: item.person.name, what: null, followUp: item.followUp }
          : { key: `agreed-${item.interaction.id}`, personId: item.person.id, name: item.person.name, what: item.what, followUp: item.followUp },
      ),
    milestones,
    nextSteps,
    learning,
    certifications,
    review: {
      last: lastReview
        ? { id: lastReview.id, period: lastReview.period, date: lastReview.date, daysAgo: daysBetween(lastReview.date, today) }
        : null,
      due: nextReviewDue(lastReview?.date ?? null, cadence, today),
    },
    career:
      newestCheck && reading
        ? { id: newestCheck.id, date: newestCheck.date, role: newestCheck.role, average: reading.average, label: reading.label }
        : null,
  };
}
