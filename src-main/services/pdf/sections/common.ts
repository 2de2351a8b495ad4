import { sectionTitles, type SectionId } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import type { PdfLayout, TextStyle } from '../layout';
import { colours, lineGap, type as sizes } from '../theme';

/*
 * Pieces every section is made of: the section opening (bookmark, title, why it matters), lists,
 * label–value lines and the note for what share mode leaves out.
 */

/** Opens a section on its page: a bookmark, the title and one or two sentences on what it is for. */
export function openSection(context: PlanContext, section: SectionId, intro: string): void {
  const { layout } = context;
  layout.doc.outline.addItem(sectionTitles[section]);
  layout.artifact(() => {
    layout.doc.rect(layout.left, layout.y, 28, 3).fillColor(colours.accent).fill();
  });
  layout.y += 12;
  layout.heading(1, sectionTitles[section]);
  layout.paragraph(intro, { colour: colours.muted, size: sizes.body + 0.5, after: 12 });
}

/** What to print where a part has nothing in it yet. */
export function emptyNote(layout: PdfLayout, text: string): void {
  layout.paragraph(text, { style: 'italic', colour: colours.muted });
}

export interface ListOptions {
  numbered?: boolean;
  indent?: number;
  width?: number;
  style?: TextStyle;
}

/** A list (L → LI → Lbl + LBody); items wrap under their own text, not under the bullet. */
export function list(layout: PdfLayout, items: readonly string[], options: ListOptions = {}): void {
  const { numbered = false, indent = 0, style = {} } = options;
  const width = options.width ?? layout.width - indent;
  const labelWidth = numbered ? 18 : 12;
  layout.group('L', () => {
    items.forEach((item, index) => {
      const bodyWidth = width - labelWidth;
      layout.ensureSpace(Math.min(layout.heightOf(item, bodyWidth, style), 2 * layout.lineHeight(style)));
      const top = layout.y;
      const entry = layout.element('LI');
      const label = layout.element('Lbl', {}, entry);
      layout.mark(label, 'Lbl', () =>
        layout.textAt(numbered ? `${index + 1}.` : '•', layout.left + indent, top, {
          ...style,
          colour: colours.accent,
          lineBreak: false,
        }),
      );
      label.end();
      const body = layout.element('LBody', {}, entry);
      layout.mark(body, 'LBody', () => layout.textAt(item, layout.left + indent + labelWidth, top, { ...style, width: bodyWidth }));
      body.end();
      entry.end();
      layout.y += 2;
    });
  });
  layout.y += 4;
}

/** Label–value lines ("Target date   March 2027"), the label in a narrow muted column. */
export function facts(layout: PdfLayout, rows: ReadonlyArray<readonly [string, string]>, labelWidth = 120): void {
  const valueWidth = layout.width - labelWidth;
  const style: TextStyle = { size: sizes.small + 0.5 };
  for (const [label, value] of rows) {
    if (value.trim() === '') continue;
    const height = layout.heightOf(value, valueWidth, style);
    layout.ensureSpace(Math.min(height, 2 * layout.lineHeight(style)));
    const top = layout.y;
    const paragraph = layout.element('P');
    layout.mark(paragraph, 'P', () => {
      layout.textAt(label, layout.left, top, { ...style, style: 'semibold', colour: colours.muted, width: labelWidth - 8 });
      layout.textAt(value, layout.left + labelWidth, top, { ...style, width: valueWidth });
    });
    paragraph.end();
    layout.y = Math.max(layout.y, top + height - lineGap) + 3;
  }
  layout.y += 4;
}

/** A labelled block of prose: a small heading and the text, left out when the text is empty. */
export function prose(layout: PdfLayout, label: string, text: string): void {
  if (text.trim() === '') return;
  layout.heading(3, label, 2 * layout.lineHeight());
  layout.paragraph(text);
}

/** In share mode, a line saying what was left out, so a reader knows the gap is on purpose. */
export function privateNote(context: PlanContext, what: string): void {
  if (context.share) emptyNote(context.layout, `${what} are private and left out of this shared copy.`);
}
