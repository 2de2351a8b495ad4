import type { PlanContext } from '../context';
import { colours, lineGap, type as sizes } from '../theme';

/*
 * The cover: whose plan it is, its title, the date it was printed and the vision it aims at.
 */

function coverDate(now: string, locale: string): string {
  const [year = 0, month = 1, day = 1] = now.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day, 12));
}

export function writeCover(context: PlanContext): void {
  const { layout, snapshot } = context;
  const { doc } = layout;
  layout.plainPages.add(layout.page);
  const owner = snapshot.workbook.owner;
  const name = owner.name.trim() || snapshot.workbook.title;

  layout.artifact(() => {
    doc.rect(0, 0, doc.page.width, 10).fillColor(colours.accent).fill();
    doc.rect(layout.left, 150, 44, 4).fillColor(colours.accent).fill();
  });
  layout.y = 172;
  layout.paragraph('CAREER PLAN', { style: 'semibold', size: sizes.small, colour: colours.accent, after: 10 });
  layout.heading(1, name, 0);
  if (owner.name.trim() !== '' && snapshot.workbook.title.trim() !== name) {
    layout.paragraph(snapshot.workbook.title, { size: sizes.h2, colour: colours.text, after: 4 });
  }
  layout.paragraph(owner.headline, { size: sizes.body + 1, colour: colours.muted, after: 4 });
  layout.paragraph(coverDate(context.today, context.locale), { size: sizes.body, colour: colours.muted, after: 0 });

  const vision = snapshot.vision;
  const statement = vision?.fiveYears.trim() || vision?.tenYears.trim() || vision?.purpose.trim() || '';
  if (statement !== '') {
    const label = vision?.fiveYears.trim() ? 'Where I want to be in five years' : vision?.tenYears.trim() ? 'Where I want to be in ten years' : 'Purpose';
    const style = { style: 'italic' as const, size: sizes.h3 + 1 };
    const width = layout.width - 24;
    const height = layout.heightOf(statement, width, style) + layout.lineHeight({ size: sizes.small }) + 8;
    const top = Math.max(layout.y + 60, layout.bottom - height - 40);
    layout.artifact(() => {
      doc.rect(layout.left, top, 3, height).fillColor(colours.accentSoft).fill();
    });
    layout.y = top;
    const indent = 24;
    layout.paragraph(label.toUpperCase(), { style: 'semibold', size: sizes.small, colour: colours.accent, indent, after: 6 });
    layout.paragraph(statement, { ...style, indent, width, after: 0 });
  }
  layout.y += lineGap;
}
