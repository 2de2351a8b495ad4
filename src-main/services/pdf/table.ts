import type { PdfLayout, TextStyle } from './layout';
import { colours, lineGap, type as sizes } from './theme';

/*
 * Tables that split across pages: the header row is repeated at the top of each page the table
 * continues on (the repeats are artifacts; the first is the tagged header with TH cells), and a row
 * is never cut in two.
 */

export interface TableColumn {
  header: string;
  /** Share of the column width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

export interface TableCell {
  text: string;
  style?: TextStyle;
  /** A second, quieter line under the text (what a milestone belongs to). */
  note?: string;
}

export type TableRow = ReadonlyArray<string | TableCell>;

const cellPadding = { x: 5, y: 4 };
/** Tables of up to this many rows are kept on one page when they fit in a third of it. */
const shortTableRows = 8;
const headerStyle: TextStyle = { style: 'semibold', size: sizes.small, colour: colours.muted };
const bodyStyle: TextStyle = { size: sizes.small + 0.5 };
const noteStyle: TextStyle = { size: sizes.tiny, colour: colours.muted };

function cellOf(cell: string | TableCell): TableCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

interface Geometry {
  xs: number[];
  widths: number[];
}

function geometry(layout: PdfLayout, columns: readonly TableColumn[]): Geometry {
  const xs: number[] = [];
  const widths: number[] = [];
  let x = layout.left;
  for (const column of columns) {
    const width = layout.width * column.share;
    xs.push(x);
    widths.push(width);
    x += width;
  }
  return { xs, widths };
}

function rowHeight(layout: PdfLayout, cells: readonly TableCell[], widths: readonly number[], base: TextStyle): number {
  let tallest = 0;
  cells.forEach((cell, index) => {
    const inner = (widths[index] ?? 0) - 2 * cellPadding.x;
    const note = cell.note ? layout.heightOf(cell.note, inner, noteStyle) : 0;
    tallest = Math.max(tallest, layout.heightOf(cell.text, inner, cell.style ? { ...base, ...cell.style } : base) + note);
  });
  return tallest + 2 * cellPadding.y - lineGap;
}

function drawCells(
  layout: PdfLayout,
  cells: readonly TableCell[],
  columns: readonly TableColumn[],
  { xs, widths }: Geometry,
  base: TextStyle,
  top: number,
  height: number,
  mark: (index: number, draw: () => void) => void,
): void {
  cells.forEach((cell, index) => {
    const x = xs[index] ?? layout.left;
    const width = (widths[index] ?? 0) - 2 * cellPadding.x;
    const style = cell.style ? { ...base, ...cell.style } : base;
    const align = columns[index]?.align ?? 'left';
    mark(index, () => {
      if (cell.note) {
        layout.textAt(cell.text, x + cellPadding.x, top + cellPadding.y, { ...style, width, align });
        layout.textAt(cell.note, x + cellPadding.x, layout.y, { ...noteStyle, width, align });
        return;
      }
      if (layout.singleLineAt(cell.text, x + cellPadding.x, top + cellPadding.y, width, style, align)) return;
      layout.textAt(cell.text, x + cellPadding.x, top + cellPadding.y, { ...style, width, height: height - cellPadding.y, ellipsis: true, align });
    });
  });
}

function headerRow(layout: PdfLayout, columns: readonly TableColumn[], shape: Geometry, tagged: boolean, table: PDFKit.PDFStructureElement): void {
  const cells = columns.map((column) => ({ text: column.header }));
  const height = rowHeight(layout, cells, shape.widths, headerStyle);
  const top = layout.y;
  if (tagged) {
    const row = layout.element('TR', {}, table);
    drawCells(layout, cells, columns, shape, headerStyle, top, height, (_, draw) => {
      const cell = layout.element('TH', { scope: 'Column' }, row);
      layout.mark(cell, 'TH', draw);
      cell.end();
    });
    row.end();
  } else {
    layout.artifact(() => drawCells(layout, cells, columns, shape, headerStyle, top, height, (_, draw) => draw()), 'Pagination');
  }
  layout.artifact(() => {
    layout.doc
      .moveTo(layout.left, top + height)
      .lineTo(layout.left + layout.width, top + height)
      .lineWidth(0.9)
      .strokeColor(colours.accent)
      .stroke();
  });
  layout.y = top + height + 1;
}

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** A heading over the table, kept on the page the table starts on. */
  heading?: { level: 2 | 3; text: string };
  /** A short note between the heading and the table (what the figures mean), kept with both. */
  intro?: string;
  /** Called between rows so a long table can yield and be cancelled. */
  onRow?: (index: number) => void | Promise<void>;
}

/**
 * The space a table needs where it starts: all of it when it is short (a short table is never split),
 * otherwise its header and first row (a header never sits alone at the bottom of a page).
 */
export function tableStartHeight(layout: PdfLayout, columns: readonly TableColumn[], rows: readonly TableRow[]): number {
  const { widths } = geometry(layout, columns);
  const headerHeight = rowHeight(layout, columns.map((column) => ({ text: column.header })), widths, headerStyle);
  const firstRowHeight = rows[0] ? rowHeight(layout, rows[0].map(cellOf), widths, bodyStyle) : 0;
  const page = layout.bottom - layout.top;
  if (rows.length <= shortTableRows) {
    const whole = rows.reduce((sum, row) => sum + rowHeight(layout, row.map(cellOf), widths, bodyStyle), headerHeight);
    if (whole < page / 3) return whole + 2;
  }
  return headerHeight + firstRowHeight + 2;
}

/** Writes a table at the cursor; the rows continue on new pages under a repeated header. */
export async function table(layout: PdfLayout, { columns, rows, heading, intro, onRow }: TableOptions): Promise<void> {
  const shape = geometry(layout, columns);
  const start = tableStartHeight(layout, columns, rows);
  const introStyle = { size: sizes.small + 0.5, colour: colours.muted };
  const introHeight = intro ? layout.heightOf(intro, layout.width, introStyle) + 6 : 0;
  if (heading) layout.heading(heading.level, heading.text, start + introHeight);
  if (intro) {
    layout.ensureSpace(start + introHeight);
    layout.paragraph(intro, { ...introStyle, after: 6 });
  }
  layout.ensureSpace(start);
  const element = layout.element('Table');
  headerRow(layout, columns, shape, true, element);
  const maxHeight = layout.bottom - layout.top - 3 * layout.lineHeight(headerStyle);
  for (const [index, row] of rows.entries()) {
    const cells = row.map(cellOf);
    const height = Math.min(rowHeight(layout, cells, shape.widths, bodyStyle), maxHeight);
    if (layout.y + height > layout.bottom) {
      layout.newPage();
      headerRow(layout, columns, shape, false, element);
    }
    const top = layout.y;
    const tr = layout.element('TR', {}, element);
    drawCells(layout, cells, columns, shape, bodyStyle, top, height, (_, draw) => {
      const cell = layout.element('TD', {}, tr);
      layout.mark(cell, 'TD', draw);
      cell.end();
    });
    tr.end();
    layout.artifact(() => {
      layout.doc
        .moveTo(layout.left, top + height)
        .lineTo(layout.left + layout.width, top + height)
        .lineWidth(0.4)
        .strokeColor(colours.rule)
        .stroke();
    });
    layout.y = top + height;
    if (onRow) await onRow(index);
  }
  element.end();
  layout.gap(12);
}
