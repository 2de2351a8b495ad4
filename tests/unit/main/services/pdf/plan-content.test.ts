import { beforeAll, describe, expect, it } from 'vitest';
import { sectionTitles } from '../../../../../src-main/shared/workbook';
import { fontsOf, infoOf, pagesOf, picturesOf, readBack, render, sampleNow, sampleSnapshot, textOf, type ReadBack } from './pdf-tools';

/*
 * The sample workbook printed: what each section says, the outline, metadata and fonts, read back
 * with the tools a person would use.
 */

const printedOrder = ['Overview', 'Vision', 'Job or career?', 'Skills', 'Values', 'People', 'Paths', 'Milestones', 'Experience', 'Reviews'];

let bytes: Uint8Array;
let back: ReadBack;
let pages: string[];
let layoutText: string;

beforeAll(async () => {
  bytes = await render(sampleSnapshot());
  back = await readBack(bytes);
  pages = pagesOf(bytes);
  layoutText = textOf(bytes, undefined, true);
}, 60_000);

const runningHeader = 'Maya Okafor (sample) Maya Okafor';

/** The page each section starts on: its title comes right after the running header. */
function sectionStarts(): number[] {
  return printedOrder.map((name) => pages.findIndex((page) => page.startsWith(`${runningHeader} ${name} `)));
}

/** The text of one section: from its first page to the page before the next section's. */
function sectionText(title: string): string {
  const starts = sectionStarts();
  const at = printedOrder.indexOf(title);
  const end = at + 1 < starts.length ? starts[at + 1] : pages.length;
  return pages.slice(starts[at], end).join(' ');
}

describe('the printed sample plan', () => {
  it('opens with a cover: name, plan title, date and the five-year vision', () => {
    const cover = textOf(bytes, { first: 1, last: 1 });
    expect(cover).toContain('Maya Okafor');
    expect(cover).toContain('Maya Okafor (sample)');
    expect(cover).toContain('30 November 2026');
    expect(cover).toContain('I lead a small team, either as the product manager of a planning tool');
  });

  it('sums the plan up on one page: core values, motivated strengths, the pursued path, the next 90 days', () => {
    const summary = textOf(bytes, { first: 2, last: 2 });
    // The two columns (core values, strengths) interleave in pdftotext's reading: check each line.
    for (const line of ['Core values', '1. Curiosity', '2. Developing people', '6. Learning']) expect(summary).toContain(line);
    expect(summary).toContain('Motivated strengths');
    expect(summary).toContain('SQL');
    expect(summary).toContain('The path I am pursuing Lead the data science team');
    expect(summary).toContain('The next 90 days');
    expect(summary).toContain('Get back in touch with Marta Kowalczyk');
    expect(pages[2]).toMatch(/^Maya Okafor \(sample\) Maya Okafor Vision/);
  });

  it('prints every section in the app’s order, each with what the person wrote', () => {
    const starts = sectionStarts();
    expect(starts[0]).toBe(1);
    starts.slice(1).forEach((start, index) => expect(start).toBeGreaterThan(starts[index]!));
    expect(sectionText('Vision')).toContain('Head of data or head of product at a company whose work I believe in');
    expect(sectionText('Vision')).toContain('What the world needs');
    expect(sectionText('Job or career?')).toContain('Latest check: 16 Nov 2026');
    expect(layoutText).toMatch(/Time horizon 4 leans to a career I have a three-year picture/);
    expect(sectionText('Skills')).toContain('The motivated-skills map');
    expect(layoutText).toContain('SQL technical 5 4 5 0 Motivated strengths');
    expect(sectionText('Skills')).toContain('What to learn next');
    expect(sectionText('Skills')).toContain('Learning plan');
    expect(sectionText('Values')).toContain('1. Curiosity');
    expect(sectionText('Values')).toContain('Saying what the data shows even when it is not what the room hoped for.');
    expect(sectionText('People')).toContain('My board of directors');
    expect(sectionText('People')).toMatch(/Connector .*Empty seat/);
    expect(sectionText('People')).toContain('Hannah Lindqvist');
    expect(sectionText('Paths')).toContain('Lead the data science team');
    expect(sectionText('Paths')).toContain('Skills it needs');
    expect(sectionText('Milestones')).toContain('Roadmap');
    expect(sectionText('Milestones')).toContain('Within 90 days');
    expect(sectionText('Milestones')).toContain('Present the freight-cost');
    // The roadmap names each lane whole (a lane grows to two lines for a long path name).
    const roadmap = /Roadmap (.*?) Done In progress/.exec(sectionText('Milestones'))?.[1] ?? '';
    for (const path of ['Lead the data science team', 'Move into product management', 'Independent analytics for co-operatives']) {
      expect(roadmap).toContain(path);
    }
    expect(sectionText('Experience')).toContain('Route-delay early warning dashboard');
    expect(sectionText('Reviews')).toContain('Figures over time');
    expect(sectionText('Reviews')).toContain('Book the course evenings in the calendar like meetings.');
  });

  it('numbers its pages and repeats the plan title and owner at the top of each page but the cover', () => {
    expect(pages[0]).not.toContain('Page 1 of');
    pages.slice(1).forEach((page, index) => {
      expect(page.startsWith('Maya Okafor (sample)')).toBe(true);
      expect(page).toContain(' Maya Okafor ');
      expect(page.endsWith(`Page ${index + 2} of ${pages.length}`)).toBe(true);
    });
  });

  it('has a bookmark per section and the page count pdfinfo reads', () => {
    expect(back.outline).toEqual(printedOrder.map((name) => name));
    expect(printedOrder).toEqual(Object.values(sectionTitles));
    expect(Number(infoOf(bytes).Pages)).toBe(back.pages);
    expect(back.pages).toBeGreaterThanOrEqual(12);
    expect(back.pages).toBeLessThanOrEqual(40);
  });

  it('carries its title, author, subject and the creation date of the clock it was given', () => {
    const info = infoOf(bytes);
    expect(info.Title).toBe('Maya Okafor (sample)');
    expect(info.Author).toBe('Maya Okafor');
    expect(info.Subject).toBe('Career plan');
    expect(info.CreationDate).toBe(sampleNow.toISOString().replace('.000Z', 'Z'));
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
  });

  it('embeds every font it uses, as subsets of Noto Sans', () => {
    const fonts = fontsOf(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-/);
    }
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    back.runs.slice(1).forEach((runs, index) => {
      const body = runs.filter((run) => !/^Page \d+ of \d+$/u.test(run.text));
      const lowest = body.reduce((low, run) => (run.top > low.top ? run : low), body[0]!);
      expect({ page: index + 2, size: lowest.size < 11 ? 'body' : 'heading', text: lowest.text }).toMatchObject({ size: 'body' });
    });
  });

  it('renders its first pages as pictures to look at', () => {
    const pictures = picturesOf(bytes, 'sample-a4', 8);
    expect(pictures).toHaveLength(8);
  });
});
