import type { PdfLayout } from './layout';
import { colours, space, type as sizes } from './theme';

/*
 * The running header (plan title and owner) and the page numbers, drawn on every page but the cover
 * once all pages exist, so each can say "Page 3 of 12". Both are pagination artifacts. Pages are
 * written out a few at a time with a checkpoint between, so finishing a long plan never blocks.
 */

/** Pages drawn and written out between two checkpoints. */
const pagesPerSlice = 25;

function drawOn(layout: PdfLayout, index: number, total: number, header: { title: string; owner: string }): void {
  const { doc } = layout;
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
      doc.text(header.owner, layout.left + layout.width * 0.4, headerY, { width: layout.width * 0.6, align: 'right', lineBreak: false, ellipsis: true });
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

/**
 * Writes out the first `count` buffered pages. pdfkit only writes all buffered pages at once
 * (flushPages, or end); handing it a shorter buffer for the moment writes a slice of them.
 */
function writeOut(doc: PDFKit.PDFDocument, count: number): void {
  const internal = doc as unknown as { _pageBuffer: unknown[] };
  const rest = internal._pageBuffer.slice(count);
  internal._pageBuffer = internal._pageBuffer.slice(0, count);
  doc.flushPages();
  internal._pageBuffer = rest;
}

export async function drawPageFurniture(
  layout: PdfLayout,
  header: { title: string; owner: string },
  checkpoint: () => Promise<void>,
): Promise<void> {
  const { doc } = layout;
  const { start, count: total } = doc.bufferedPageRange();
  for (let first = start; first < start + total; first += pagesPerSlice) {
    const last = Math.min(first + pagesPerSlice, start + total);
    for (let index = first; index < last; index += 1) if (!layout.plainPages.has(index)) drawOn(layout, index, total, header);
    writeOut(doc, last - first);
    await checkpoint();
  }
}
