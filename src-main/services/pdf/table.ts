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
}

export type TableRow = ReadonlyArray<string | TableCell>;

const cellPadding = { x: 5, y: 4 };
const headerStyle: TextStyle = { style: 'semibold', size: sizes.small, colour: colours.muted };
const bodyStyle: TextStyle = { size: sizes.small + 0.5 };

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
    tallest = Math.max(tallest, layout.heightOf(cell.text, inner, { ...base, ...cell.style }));
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
    mark(index, () =>
      layout.textAt(cell.text, x + cellPadding.x, top + cellPadding.y, {
        ...base,
        ...cell.style,
        width,
        height: height - cellPadding.y,
        ellipsis: true,
        align: columns[index]?.align ?? 'left',
      }),
    );
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
  /** Called between rows so a long table can yield and be cancelled. */
  onRow?: (index: number) => void | Promise<void>;
}

/** Writes a table at the cursor; the rows continue on new pages under a repeated header. */
export async function table(layout: PdfLayout, { columns, rows, onRow }: TableOptions): Promise<void> {
  const shape = geometry(layout, columns);
  const element = layout.element('Table');
  const firstRowHeight = rows[0] ? rowHeight(layout, rows[0].map(cellOf), shape.widths, bodyStyle) : 0;
  const headerHeight = rowHeight(layout, columns.map((column) => ({ text: column.header })), shape.widths, headerStyle);
  // The header never sits alone at the bottom of a page: it goes with the first row.
  layout.ensureSpace(headerHeight + firstRowHeight + 2);
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
