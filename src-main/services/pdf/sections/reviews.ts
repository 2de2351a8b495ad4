import { figureLines } from '../../../shared/reviews';
import type { Review } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { table } from '../table';
import { colours, type as sizes } from '../theme';
import { emptyNote, openSection, privateNote, prose } from './common';

/*
 * Reviews: the key figures of the latest completed reviews side by side, then each review's
 * reflections (private: left out of a shared copy).
 */

/** Completed reviews compared in the figures table, newest last. */
const compared = 4;
/** Reviews whose reflections are printed, newest first. */
const reflected = 12;

export async function writeReviews(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(context, 'reviews', 'Regular check-ins on what moved, what is stuck and what comes next; completed reviews keep their figures so progress can be compared.');
  if (snapshot.reviews.length === 0) {
    emptyNote(layout, 'No reviews yet.');
    return;
  }
  const completed = snapshot.reviews.filter((review): review is Review & { figures: NonNullable<Review['figures']> } => review.status === 'complete' && review.figures !== null);
  const columns = completed.slice(0, compared).reverse();
  if (columns.length > 0) {
    await table(layout, {
      heading: { level: 2, text: 'Figures over time' },
      columns: [
        { header: 'Figure', share: 0.4 },
        ...columns.map((review) => ({ header: review.period, share: 0.6 / columns.length, align: 'right' as const })),
      ],
      rows: figureLines.map((line) => [line.label, ...columns.map((review) => line.text(review.figures))]),
    });
  }
  for (const review of snapshot.reviews.slice(0, reflected)) {
    layout.heading(2, review.period, 3 * layout.lineHeight());
    layout.paragraph(
      `${review.status === 'complete' ? 'Completed' : 'Draft'} · ${context.date(review.date)}${review.energy === null ? '' : ` · energy ${review.energy} of 5`}`,
      { size: sizes.small, colour: colours.muted, after: 4 },
    );
    if (!context.share) {
      prose(layout, 'What moved', review.moved);
      prose(layout, 'What is stuck', review.stuck);
      prose(layout, 'What I learned', review.learned);
      prose(layout, 'What next', review.next);
    }
    await context.checkpoint();
  }
  if (snapshot.reviews.length > reflected) {
    layout.paragraph(`The workbook holds ${snapshot.reviews.length - reflected} earlier reviews.`, { size: sizes.small, colour: colours.muted });
  }
  privateNote(context, 'The reflections of each review');
}
