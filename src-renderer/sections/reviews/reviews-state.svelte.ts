import { hasVisibleText } from '@shared/model-primitives';
import { nextReviewDue, periodName, periodStart, reviewFigures, type ReviewInputs } from '@shared/reviews';
import type { ReviewCadence } from '@shared/settings';
import type { ReviewFigures } from '@shared/workbook';
import { failed, invalid, type Row, type WriteResult } from '../../db';
import type { AppState } from '../../state/app.svelte';
import type { LiveQuery } from '../../state/live-query.svelte';
import { SectionState } from '../../state/section-state.svelte';
import { entityKey } from '../../state/writer.svelte';
import { currentDay, currentTimestamp } from '../../state/clock';

type ReviewRow = Row<'reviews'>;
export type ReviewText = 'moved' | 'stuck' | 'learned' | 'next';

/** Where undo of a deleted review puts focus: its entry in the list of reviews. */
export function reviewFocus(reviewId: string): string {
  return `[data-review-id="${CSS.escape(reviewId)}"] button.open`;
}

/** The newest completed review dated before `day` (the one a review's period runs from), if any. */
function previousCompleted(reviews: readonly ReviewRow[], day: string, except: string): ReviewRow | null {
  let previous: ReviewRow | null = null;
  for (const review of reviews) {
    if (review.id === except || review.status !== 'complete' || review.date >= day) continue;
    if (previous === null || review.date > previous.date) previous = review;
  }
  return previous;
}

/**
 * The Reviews section's state: the reviews (newest first), when the next is due, and the figures a
 * draft would keep if completed now (from live reads of the sections they count).
 * Must be created during component initialisation (it owns live queries).
 */
export class ReviewsState extends SectionState {
  readonly reviews: LiveQuery<ReviewRow[], string>;
  readonly #inputs: LiveQuery<ReviewInputs | null, string>;
  /** The review chosen in the list; the newest one when none is chosen (or the chosen one is gone). */
  chosenId = $state<string | null>(null);
  readonly today = currentDay();

  constructor(app: AppState, workbookId: string) {
    super(app, workbookId);
    this.reviews = this.live((id) => this.repositories.reviews.list(id), []);
    this.#inputs = this.live((id) => this.#readInputs(id), null);
  }

  async #readInputs(workbookId: string): Promise<ReviewInputs> {
    const { skills, milestones, people, interactions, learningActions, roleChecks } = this.repositories;
    const [skillRows, milestoneRows, peopleRows, interactionRows, actionRows, checkRows] = await Promise.all([
      skills.list(workbookId),
      milestones.list(workbookId),
      people.list(workbookId),
      interactions.list(workbookId),
      learningActions.list(workbookId),
      roleChecks.list(workbookId),
    ]);
    return {
      skills: skillRows,
      milestones: milestoneRows,
      people: peopleRows,
      interactions: interactionRows,
      learningActions: actionRows,
      roleChecks: checkRows,
    };
  }

  readonly loaded = $derived.by(() => this.reviews.loaded);
  get cadence(): ReviewCadence {
    return this.app.settings.value.reviewEveryMonths;
  }

  readonly openReview = $derived.by(
    () => this.reviews.current.find((review) => review.id === this.chosenId) ?? this.reviews.current[0] ?? null,
  );
  readonly draft = $derived.by(() => this.reviews.current.find((review) => review.status === 'draft') ?? null);
  /** Completed reviews, oldest first: the order of the figures over time. */
  readonly completed = $derived.by(() =>
    this.reviews.current.filter((review): review is ReviewRow & { figures: ReviewFigures } => review.status === 'complete' && review.figures !== null).reverse(),
  );
  readonly due = $derived.by(() => nextReviewDue(this.completed.at(-1)?.date ?? null, this.cadence, this.today));

  #periodOf(review: ReviewRow, reviews: readonly ReviewRow[]): { from: string; to: string } {
    const previous = previousCompleted(reviews, review.date, review.id);
    return { from: periodStart(previous?.date ?? null, review.date, this.cadence), to: review.date };
  }

  /**
   * The open draft's period as plain text, so typing in the draft (a new row each save) does not
   * recount the figures: only a new date or another completed review changes it.
   */
  readonly #draftPeriod = $derived.by(() => {
    const review = this.openReview;
    if (!review || review.status !== 'draft') return null;
    const { from, to } = this.#periodOf(review, this.reviews.current);
    return `${from}/${to}`;
  });

  /** What the open draft would keep if completed now; null for a completed review or while loading. */
  readonly draftFigures = $derived.by(() => {
    const period = this.#draftPeriod;
    const inputs = this.#inputs.current;
    if (period === null || !inputs) return null;
    const [from = '', to = ''] = period.split('/');
    return reviewFigures(inputs, { from, to });
  });

  choose(reviewId: string): void {
    this.chosenId = reviewId;
  }

  #starting: Promise<WriteResult<ReviewRow>> | null = null;

  /** One draft at a time: starting a review while one is open continues that one (a double press starts one). */
  start(locale: string): Promise<WriteResult<ReviewRow>> {
    this.#starting ??= this.#start(locale).finally(() => (this.#starting = null));
    return this.#starting;
  }

  async #start(locale: string): Promise<WriteResult<ReviewRow>> {
    const stored = await this.repositories.reviews.list(this.workbookId);
    const existing = stored.find((review) => review.status === 'draft');
    if (existing) {
      this.chosenId = existing.id;
      return { status: 'saved', value: existing };
    }
    const result = await this.createRow(this.repositories.reviews, {
      period: periodName(this.today, this.cadence, locale),
      date: this.today,
      status: 'draft',
      moved: '',
      stuck: '',
      learned: '',
      next: '',
      energy: null,
      completedAt: null,
      figures: null,
    });
    if (result.status === 'saved') this.chosenId = result.value.id;
    return result;
  }

  /** A review always names its period: an emptied field is refused at the field, and the stored name stays. */
  updatePeriod(reviewId: string, period: string): Promise<WriteResult<ReviewRow>> {
    if (!hasVisibleText(period)) return Promise.resolve(invalid([{ path: 'period', message: 'needs a name, such as “2026 Q4”' }]));
    return this.updateRow(this.repositories.reviews, reviewId, { period });
  }

  updateDate(reviewId: string, date: string | null): Promise<WriteResult<ReviewRow>> {
    if (date === null) return Promise.resolve(invalid([{ path: 'date', message: 'must be a real date: day, month and year' }]));
    return this.updateRow(this.repositories.reviews, reviewId, { date });
  }

  updateText(reviewId: string, field: ReviewText, text: string): Promise<WriteResult<ReviewRow>> {
    return this.updateRow(this.repositories.reviews, reviewId, { [field]: text });
  }

  updateEnergy(reviewId: string, energy: number): Promise<WriteResult<ReviewRow>> {
    return this.updateRow(this.repositories.reviews, reviewId, { energy });
  }

  /**
   * Completes a draft and freezes its figures, read from storage at that moment (not from what the
   * page last showed). A second press finds it complete and changes nothing.
   */
  complete(reviewId: string): Promise<WriteResult<ReviewRow>> {
    return this.write(
      async () => {
        const [reviews, inputs] = await Promise.all([this.repositories.reviews.list(this.workbookId), this.#readInputs(this.workbookId)]);
        const review = reviews.find((candidate) => candidate.id === reviewId);
        if (!review) return failed('This review was deleted in the meantime.');
        if (review.status === 'complete') return { status: 'saved', value: review };
        const figures = reviewFigures(inputs, this.#periodOf(review, reviews));
        return this.repositories.reviews.update(this.workbookId, reviewId, {
          status: 'complete',
          completedAt: currentTimestamp(),
          figures,
        });
      },
      { serial: entityKey('reviews', reviewId) },
    );
  }

  /** Back to a draft: the frozen figures go, and are taken again when it is completed. */
  reopen(reviewId: string): Promise<WriteResult<ReviewRow>> {
    const other = this.draft;
    if (other && other.id !== reviewId) {
      return Promise.resolve(failed(`Finish or delete the draft “${other.period}” first: one review is open at a time.`));
    }
    return this.updateRow(this.repositories.reviews, reviewId, { status: 'draft', completedAt: null, figures: null });
  }

  setCadence(cadence: ReviewCadence): Promise<WriteResult<unknown>> {
    return this.app.settings.update({ reviewEveryMonths: cadence });
  }

  remove(reviewId: string): Promise<WriteResult<unknown>> {
    if (this.chosenId === reviewId) this.chosenId = null;
    return this.removeRow(this.repositories.reviews, reviewId, reviewFocus(reviewId));
  }
}
