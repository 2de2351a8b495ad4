import { cardsInPile, pileLabels, sortCards, valuesDeck } from '../../../shared/values';
import { valuePiles } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { table } from '../table';
import { colours } from '../theme';
import { emptyNote, openSection } from './common';

/*
 * Values: the core values, ranked, with what each means to the person; then how the whole deck was
 * sorted.
 */

export async function writeValues(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(context, 'values', 'What matters most to you at work: a good path serves these values, a poor one strains them.');
  const sort = snapshot.valueSorts[0];
  layout.heading(2, 'Core values, most important first');
  if (context.coreValues.length === 0) emptyNote(layout, 'No core values ranked yet.');
  context.coreValues.forEach((value, index) => {
    layout.heading(3, `${index + 1}. ${value.name}`, layout.lineHeight());
    const description = context.valueCards.get(value.id)?.description ?? '';
    layout.paragraph(value.meaning.trim() || description, { after: 6, ...(value.meaning.trim() ? {} : { colour: colours.muted }) });
  });
  if (!sort) return;
  await context.checkpoint();
  const cards = sortCards(valuesDeck, snapshot.customValues);
  await table(layout, {
    heading: { level: 2, text: 'How the values were sorted' },
    intro: sort.completedAt
      ? `Sorted on ${context.date(sort.completedAt.slice(0, 10))}.`
      : `Sorting started on ${context.date(sort.startedAt.slice(0, 10))} and is not finished yet.`,
    columns: [
      { header: 'Pile', share: 0.2 },
      { header: 'Cards', share: 0.08, align: 'right' },
      { header: 'Values', share: 0.72 },
    ],
    rows: valuePiles.map((pile) => {
      const names = cardsInPile(cards, sort.placements, pile).map((card) => card.name);
      return [pileLabels[pile], String(names.length), names.join(', ')];
    }),
  });
  if (snapshot.customValues.length > 0) {
    await table(layout, {
      heading: { level: 2, text: 'Values I added' },
      columns: [
        { header: 'Value', share: 0.3 },
        { header: 'What it is', share: 0.7 },
      ],
      rows: snapshot.customValues.map((value) => [value.name, value.description]),
      onRow: context.checkpoint,
    });
  }
}
