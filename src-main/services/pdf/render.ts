import PDFDocument from 'pdfkit';
import { formatIssuePath } from '../../shared/plain-issues';
import { todayIso } from '../../shared/learning-plan';
import { withoutPrivateFields } from '../../shared/private-fields';
import { defaultSettings } from '../../shared/settings';
import { sectionIds, sectionTitles, type SectionId, type WorkbookSnapshot } from '../../shared/workbook';
import { planContext } from './context';
import { parsedFont, type PdfFonts } from './fonts';
import { drawPageFurniture } from './furniture';
import { PdfLayout } from './layout';
import { writeCover } from './sections/cover';
import { sectionWriters } from './sections';
import { fontNames, space } from './theme';
import { validateSnapshot, type Issue } from './validate';

/*
 * A workbook snapshot (and options) in, the printed plan's bytes out. Plain Node, no Electron: the
 * app's handler, the command line and the tests call the same function. Expected outcomes are values:
 * a snapshot that does not validate is refused with a message, a cancelled render says so.
 */

export type Paper = 'a4' | 'letter';

export interface PdfProgress {
  /** Parts written so far (the cover and each section), of `total`. */
  done: number;
  total: number;
  /** What is being written now. */
  part: 'cover' | SectionId;
  pages: number;
}

export interface PlanPdfOptions {
  paper: Paper;
  /** Which sections to print, in any order (they print in the app's order); all when absent. */
  sections?: readonly SectionId[];
  /** Leaves out every field the model marks private. */
  share: boolean;
  /** The render's clock: the date on the cover, "today" for every figure, the creation date. */
  now: Date;
  fonts: PdfFonts;
  /** Language tag of the document and of its dates; en-GB by default. */
  locale?: string;
  /** The currency of costs (Settings); EUR by default. */
  currency?: string;
  onProgress?: (progress: PdfProgress) => void;
  signal?: AbortSignal;
}

export type PlanPdfResult =
  | { status: 'ok'; bytes: Uint8Array; pages: number }
  | { status: 'refused'; message: string }
  | { status: 'cancelled' };

const paperSizes: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'LETTER' };
/** How long a render works before it lets the event loop run (the window stays responsive). */
const sliceMs = 12;
const listedProblems = 8;

class Cancelled extends Error {}

function validationRefusal(issues: readonly Issue[]): PlanPdfResult {
  const lines = issues.slice(0, listedProblems).map((issue) => `${formatIssuePath(issue.path) || 'the workbook'} ${issue.message}`);
  if (issues.length > listedProblems) lines.push(`and ${issues.length - listedProblems} more`);
  return { status: 'refused', message: `This workbook cannot be printed because it has problems:\n${lines.join('\n')}` };
}

function chosenSections(sections: readonly SectionId[] | undefined): SectionId[] | string {
  if (sections === undefined) return [...sectionIds];
  const unknown = sections.filter((section) => !sectionIds.includes(section));
  if (unknown.length > 0) return `There is no section called ${unknown.map((name) => `“${String(name)}”`).join(', ')} to print.`;
  return sectionIds.filter((section) => sections.includes(section));
}

function newDocument(snapshot: WorkbookSnapshot, options: PlanPdfOptions, locale: string): PDFKit.PDFDocument {
  const owner = snapshot.workbook.owner.name.trim();
  const doc = new PDFDocument({
    size: paperSizes[options.paper],
    margins: { top: space.top, bottom: space.bottom, left: space.side, right: space.side },
    bufferPages: true,
    tagged: true,
    lang: locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: snapshot.workbook.title,
      ...(owner ? { Author: owner } : {}),
      Subject: options.share ? 'Career plan (shared copy, private notes left out)' : 'Career plan',
      Creator: 'Waypoint',
      Producer: 'Waypoint',
      CreationDate: options.now,
      ModDate: options.now,
    },
  });
  for (const [style, name] of Object.entries(fontNames)) {
    // pdfkit takes a parsed font as well as a file; its declarations only name files and buffers.
    doc.registerFont(name, parsedFont(options.fonts[style as keyof typeof fontNames]) as unknown as Buffer);
  }
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export async function renderPlanPdf(input: unknown, options: PlanPdfOptions): Promise<PlanPdfResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return { status: 'cancelled' };
  const sections = chosenSections(options.sections);
  if (typeof sections === 'string') return { status: 'refused', message: sections };

  let sliceStart = performance.now();
  const checkpoint = async () => {
    if (signal?.aborted) throw new Cancelled();
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new Cancelled();
    sliceStart = performance.now();
  };

  try {
    const validation = await validateSnapshot(input, checkpoint);
    if (!validation.ok) return validationRefusal(validation.issues);
    const snapshot = options.share ? withoutPrivateFields(validation.snapshot) : validation.snapshot;
    const locale = options.locale ?? 'en-GB';
    const doc = newDocument(snapshot, options, locale);
    const bytes = collect(doc);
    const layout = new PdfLayout(doc);
    const context = planContext(layout, snapshot, {
      today: todayIso(options.now),
      locale,
      currency: options.currency ?? defaultSettings.currency,
      share: options.share,
      checkpoint,
    });
    const total = sections.length + 1;
    onProgress?.({ done: 0, total, part: 'cover', pages: 1 });
    layout.group('Sect', () => writeCover(context), { title: 'Cover' });
    for (const [index, section] of sections.entries()) {
      await checkpoint();
      onProgress?.({ done: index + 1, total, part: section, pages: layout.page + 1 });
      layout.newPage();
      await layout.groupAsync('Sect', () => sectionWriters[section](context), { title: sectionTitles[section] });
    }
    await checkpoint();
    const pages = doc.bufferedPageRange().count;
    await drawPageFurniture(layout, { title: snapshot.workbook.title, owner: snapshot.workbook.owner.name.trim() }, checkpoint);
    layout.root.end();
    doc.end();
    const result = await bytes;
    onProgress?.({ done: total, total, part: sections.at(-1) ?? 'cover', pages });
    return { status: 'ok', bytes: result, pages };
  } catch (error) {
    if (error instanceof Cancelled) return { status: 'cancelled' };
    throw error;
  }
}
