import { colours, fontNames, lineGap, space, type as sizes, type FontStyle } from './theme';

/*
 * The page model every section writes through: a text column with a cursor, page breaks that keep
 * headings with what follows, and tagging, so every piece of text belongs to a structure element
 * (heading, paragraph, table cell, figure) and every decoration is an artifact.
 */

type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

/** Options pdfkit reads on structure elements that its type declarations leave out. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & {
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
  scope?: 'Column' | 'Row' | 'Both';
};

export interface TextStyle {
  style?: FontStyle;
  size?: number;
  colour?: string;
}

export interface ParagraphOptions extends TextStyle {
  /** Space after the paragraph; the paragraph gap by default. */
  after?: number;
  indent?: number;
  width?: number;
  /** The structure type: P by default; a Caption or a Lbl where that is what the text is. */
  tag?: string;
}

export class PdfLayout {
  readonly doc: Doc;
  readonly root: StructElement;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  private container: StructElement;
  /** Pages the running header and the page number are not drawn on (the cover). */
  readonly plainPages = new Set<number>();
  private pageIndex = 0;
  /**
   * The fill colour the page's content stream has now, so text in the same colour as the text before
   * it does not set it again (pdfkit writes the operator every time); null when unknown.
   */
  private fill: string | null = null;
  /** Inside a chart or an artifact, shapes set colours behind the layout's back: no caching there. */
  private freeDrawing = 0;

  constructor(doc: Doc) {
    this.doc = doc;
    this.left = space.side;
    this.width = doc.page.width - 2 * space.side;
    this.top = space.top;
    this.bottom = doc.page.height - space.bottom;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.container = this.root;
    doc.on('pageAdded', () => {
      this.pageIndex += 1;
      this.fill = null;
    });
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** The number of the page being written, counting from 0. */
  get page(): number {
    return this.pageIndex;
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }

  remaining(): number {
    return this.bottom - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = this.top;
  }

  /** Moves to a new page unless `height` still fits on this one; true when it moved. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom || this.doc.y <= this.top + 1) return false;
    this.newPage();
    return true;
  }

  gap(height: number): void {
    if (this.doc.y > this.top + 1) this.doc.y = Math.min(this.doc.y + height, this.bottom);
  }

  font({ style = 'regular', size = sizes.body, colour = colours.text }: TextStyle): Doc {
    this.doc.font(fontNames[style]).fontSize(size);
    if (this.freeDrawing > 0) {
      this.doc.fillColor(colour);
      this.fill = null;
    } else if (colour !== this.fill) {
      this.doc.fillColor(colour);
      this.fill = colour;
    }
    return this.doc;
  }


  /** The height `text` takes at `width` in a style (one line's height for a line that fits). */
  heightOf(text: string, width: number, style: TextStyle = {}): number {
    const doc = this.font(style);
    if (!text.includes('\n') && doc.widthOfString(text) <= width) return doc.currentLineHeight(true) + lineGap;
    return doc.heightOfString(text, { width, lineGap });
  }

  lineHeight(style: TextStyle = {}): number {
    return this.font(style).currentLineHeight(true) + lineGap;
  }

  /** A structure element in the current container (a section, a list), with content marked inside it. */
  element(tag: string, options: ElementOptions = {}, parent: StructElement = this.container): StructElement {
    const element = this.doc.struct(tag, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    return element;
  }

  /** Marks what `draw` writes as the content of `element`; content that flows onto the next page stays in it. */
  mark(element: StructElement, tag: string, draw: () => void): void {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Drawing that carries no meaning of its own (rules, bands, backgrounds): an artifact, skipped by readers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    this.freeDrawing += 1;
    try {
      draw();
    } finally {
      this.freeDrawing -= 1;
      this.fill = null;
    }
    this.doc.endMarkedContent();
  }

  /** Runs `write` with a new grouping element (Sect, L, Div) as the container, and ends it afterwards. */
  group(tag: string, write: () => void, options: ElementOptions = {}): StructElement {
    const element = this.element(tag, options);
    const outer = this.container;
    this.container = element;
    try {
      write();
    } finally {
      this.container = outer;
      element.end();
    }
    return element;
  }

  async groupAsync(tag: string, write: () => Promise<void>, options: ElementOptions = {}): Promise<void> {
    const element = this.element(tag, options);
    const outer = this.container;
    this.container = element;
    try {
      await write();
    } finally {
      this.container = outer;
      element.end();
    }
  }

  /** Text at a fixed place (labels inside charts, cells), tagged as `tag` in `element`'s content. */
  textAt(text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & TextStyle = {}): void {
    const { style, size, colour, ...textOptions } = options;
    this.font({ style, size, colour }).text(text, x, y, { lineGap, ...textOptions });
  }

  /**
   * Text at a fixed place that fits on one line: written without pdfkit's line wrapper, which costs
   * more than the text itself in a table of thousands of cells. Returns false when it does not fit.
   */
  singleLineAt(text: string, x: number, y: number, width: number, style: TextStyle, align: 'left' | 'right' = 'left'): boolean {
    if (text.includes('\n')) return false;
    const doc = this.font(style);
    const textWidth = doc.widthOfString(text);
    if (textWidth > width) return false;
    doc.text(text, align === 'right' ? x + width - textWidth : x, y, { lineBreak: false });
    return true;
  }

  /** One line at a fixed place, cut with an ellipsis when it is wider than `width`. */
  lineAt(text: string, x: number, y: number, width: number, options: PDFKit.Mixins.TextOptions & TextStyle = {}): void {
    const { style, size, colour, ...textOptions } = options;
    const doc = this.font({ style, size, colour });
    const height = doc.currentLineHeight(true);
    doc.text(text, x, y, { width, height, ellipsis: true, lineGap: 0, ...textOptions });
  }

  /**
   * A heading, kept with at least `keepWith` points of what follows, so it never sits alone at the
   * bottom of a page.
   */
  heading(level: 1 | 2 | 3, text: string, keepWith = 3 * this.lineHeight() + 30): void {
    const style: TextStyle =
      level === 1
        ? { style: 'bold', size: sizes.h1, colour: colours.text }
        : level === 2
          ? { style: 'semibold', size: sizes.h2, colour: colours.accent }
          : { style: 'semibold', size: sizes.h3, colour: colours.text };
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    const after = level === 1 ? 10 : level === 2 ? 6 : 3;
    const height = this.heightOf(text, this.width, style);
    if (!this.ensureSpace(before + height + after + keepWith)) this.gap(before);
    const element = this.element(`H${level}`);
    this.mark(element, `H${level}`, () => this.font(style).text(text, this.left, this.y, { width: this.width, lineGap }));
    element.end();
    this.doc.y += after;
  }

  /** A paragraph that wraps and flows on to the next page when it is long. */
  paragraph(text: string, options: ParagraphOptions = {}): void {
    if (text.trim() === '') return;
    const { after = space.paragraph, indent = 0, width = this.width - indent, tag = 'P', ...style } = options;
    // At least two lines together at the bottom of a page.
    this.ensureSpace(Math.min(this.heightOf(text, width, style), 2 * this.lineHeight(style)));
    const element = this.element(tag);
    this.mark(element, tag, () => this.font(style).text(text.trim(), this.left + indent, this.y, { width, lineGap }));
    element.end();
    this.doc.y += after;
  }

  /** A thin rule across the column (an artifact). */
  rule(colour: string = colours.rule, weight = 0.6): void {
    const y = this.y;
    this.artifact(() => {
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(weight)
        .strokeColor(colour)
        .stroke();
    });
  }

  /**
   * A chart as one Figure with alternative text; everything drawn inside is its content. The figure
   * moves to the next page whole when it does not fit.
   */
  figure(alt: string, height: number, draw: (top: number) => void): void {
    this.ensureSpace(height);
    const top = this.y;
    const element = this.element('Figure', {
      alt,
      bbox: [this.left, top, this.left + this.width, top + height],
      placement: 'Block',
    });
    this.freeDrawing += 1;
    try {
      this.mark(element, 'Figure', () => draw(top));
    } finally {
      this.freeDrawing -= 1;
      this.fill = null;
    }
    element.end();
    this.doc.y = top + height;
  }
}
