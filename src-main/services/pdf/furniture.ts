import type { PdfLayout } from './layout';
import { colours, space, type as sizes } from './theme';

/*
 * The running header (plan title and owner) and the page numbers, drawn on every page but the cover
 * once all pages exist, so each can say "Page 3 of 12". Both are pagination artifacts.
 */

export function drawPageFurniture(layout: PdfLayout, header: { title: string; owner: string }): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let index = range.start; index < range.start + total; index += 1) {
    if (layout.plainPages.has(index)) continue;
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page: the footer sits in the margin on purpose.
    doc.page.margins.bottom = 0;
    const headerY = space.top - 34;
    const footerY = doc.page.height - space.bottom + 26;
    layout.artifact(() => {
      layout.font({ size: sizes.tiny, colour: colours.muted });
      doc.text(header.title, layout.left, headerY, { width: layout.width * 0.6, lineBreak: false, ellipsis: true });
      if (header.owner !== '') {
        doc.text(header.owner, layout.left + layout.width * 0.4, headerY, {
          width: layout.width * 0.6,
          align: 'right',
          lineBreak: false,
          ellipsis: true,
        });
      }
      doc
        .moveTo(layout.left, headerY + 13)
        .lineTo(layout.left + layout.width, headerY + 13)
        .lineWidth(0.5)
        .strokeColor(colours.rule)
        .stroke();
      layout.font({ size: sizes.tiny, colour: colours.muted });
      doc.text(`Page ${index + 1} of ${total}`, layout.left, footerY, { width: layout.width, align: 'right', lineBreak: false });
    }, 'Pagination');
    doc.page.margins.bottom = bottomMargin;
  }
}
