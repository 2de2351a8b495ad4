import { describe, expect, it } from 'vitest';
import { renderPlanPdf, type PdfProgress } from '../../../../../src-main/services/pdf';
import { bundledFontPaths, loadBundledFonts } from '../../../../../src-main/services/pdf/fonts';
import type { WorkbookSnapshot } from '../../../../../src-main/shared/workbook';
import { infoOf, picturesOf, readBack, render, sampleNow, sampleSnapshot, textOf } from './pdf-tools';

/*
 * How a render behaves: the same bytes for the same clock, what share mode leaves out, scripts other
 * than Latin, the options, refusals, progress and cancelling.
 */

const fonts = bundledFontPaths();
const options = { paper: 'a4' as const, share: false, now: sampleNow, fonts };

/** The start of private texts of the sample (short, so a table cell does not wrap them), one from each kind. */
const privateTexts = [
  'Personal email;',
  'Tell him plainly',
  'Her point: product',
  'Talk this through with Hannah',
  'Book the course evenings',
];

function withSkills(count: number): WorkbookSnapshot {
  const sample = sampleSnapshot();
  const first = sample.skills[0]!;
  const skills = Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `skill-many-${index}`,
    name: `Skill number ${index + 1}`,
    order: index,
  }));
  return { ...sample, skills, learningActions: [], experiences: sample.experiences.map((experience) => ({ ...experience, skillLinks: [] })) };
}

describe('rendering the plan', () => {
  it('gives the same bytes twice for the same clock, and a new creation date for another', async () => {
    const snapshot = sampleSnapshot();
    const first = await render(snapshot);
    const second = await render(snapshot);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const later = await render(snapshot, { now: new Date('2026-12-01T10:00:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
    expect(infoOf(later).CreationDate).toBe('2026-12-01T10:00:00Z');
  }, 60_000);

  it('leaves every private field out in share mode, and says so', async () => {
    const snapshot = sampleSnapshot();
    const full = textOf(await render(snapshot), undefined, true);
    const sharedBytes = await render(snapshot, { share: true });
    const shared = textOf(sharedBytes, undefined, true);
    for (const text of privateTexts) {
      expect(full).toContain(text);
      expect(shared).not.toContain(text);
    }
    expect(shared).toContain('are private and left out of this shared copy');
    expect(shared).toContain('Hannah Lindqvist');
    expect(infoOf(sharedBytes).Subject).toBe('Career plan (shared copy, private notes left out)');
  }, 60_000);

  it('prints Greek and Cyrillic names and notes as they were typed', async () => {
    const sample = sampleSnapshot();
    const [first, second, ...others] = sample.people;
    const snapshot: WorkbookSnapshot = {
      ...sample,
      workbook: { ...sample.workbook, owner: { ...sample.workbook.owner, name: 'Μαρία Οκαφόρ' } },
      people: [
        { ...first!, name: 'Αλέξανδρος Παπαδόπουλος', organisation: 'Πανεπιστήμιο Αθηνών' },
        { ...second!, name: 'Наталья Иванова', notes: 'Познакомились на конференции в Москве.' },
        ...others,
      ],
    };
    const bytes = await render(snapshot);
    const text = textOf(bytes, undefined, true);
    for (const words of ['Μαρία Οκαφόρ', 'Αλέξανδρος Παπαδόπουλος', 'Πανεπιστήμιο', 'Наталья Иванова', 'Познакомились на конференции в Москве.']) {
      expect(text).toContain(words);
    }
    expect(infoOf(bytes).Author).toBe('Μαρία Οκαφόρ');
    picturesOf(bytes, 'greek-cyrillic', 1);
  }, 60_000);

  it('prints only the sections asked for, in the app’s order, on Letter paper when asked', async () => {
    const bytes = await render(sampleSnapshot(), { sections: ['people', 'skills'], paper: 'letter' });
    const back = await readBack(bytes);
    expect(back.outline).toEqual(['Skills', 'People']);
    const text = textOf(bytes);
    expect(text).toContain('My board of directors');
    expect(text).not.toContain('Ikigai');
    expect(infoOf(bytes)['Page size']).toContain('612 x 792 pts (letter)');
  }, 60_000);

  it('repeats the header row on every page a long table continues on', async () => {
    const bytes = await render(withSkills(150), { sections: ['skills'] });
    const back = await readBack(bytes);
    const inventoryPages = back.runs.map((runs) => runs.map((run) => run.text).join(' ')).filter((page) => page.includes('Skill number'));
    expect(inventoryPages.length).toBeGreaterThanOrEqual(3);
    for (const page of inventoryPages) expect(page).toContain('On the map');
    picturesOf(bytes, 'long-table', 5);
  }, 60_000);

  it('takes the fonts as files or as bytes', async () => {
    const fromBytes = await render(sampleSnapshot(), { fonts: await loadBundledFonts(), sections: ['values'] });
    expect(textOf(fromBytes)).toContain('Curiosity');
  }, 60_000);

  it('refuses a snapshot that does not validate, saying what is wrong', async () => {
    const sample = sampleSnapshot();
    const broken = { ...sample, skills: [{ ...sample.skills[0]!, proficiency: 9 }] };
    const result = await renderPlanPdf(broken, options);
    expect(result).toEqual({
      status: 'refused',
      message: expect.stringContaining('skills[0].proficiency must be between 1 and 5'),
    });
    expect(await renderPlanPdf('not a workbook', options)).toMatchObject({ status: 'refused' });
  });

  it('refuses a section it does not know', async () => {
    const result = await renderPlanPdf(sampleSnapshot(), { ...options, sections: ['skills', 'hobbies' as never] });
    expect(result).toEqual({ status: 'refused', message: 'There is no section called “hobbies” to print.' });
  });

  it('reports progress part by part, and stops when cancelled', async () => {
    const progress: PdfProgress[] = [];
    const done = await renderPlanPdf(sampleSnapshot(), { ...options, onProgress: (step) => progress.push(step) });
    expect(done.status).toBe('ok');
    expect(progress[0]).toMatchObject({ done: 0, part: 'cover' });
    expect(progress.map((step) => step.part).slice(1, 4)).toEqual(['overview', 'vision', 'job-or-career']);
    expect(progress.at(-1)).toMatchObject({ done: 11, total: 11 });

    const controller = new AbortController();
    const cancelled = await renderPlanPdf(withSkills(400), {
      ...options,
      signal: controller.signal,
      onProgress: (step) => {
        if (step.part === 'skills') controller.abort();
      },
    });
    expect(cancelled).toEqual({ status: 'cancelled' });

    const early = new AbortController();
    early.abort();
    expect(await renderPlanPdf(sampleSnapshot(), { ...options, signal: early.signal })).toEqual({ status: 'cancelled' });
  }, 60_000);

  it('lets other work run while it renders a long plan', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const result = await renderPlanPdf(withSkills(600), options);
    clearInterval(timer);
    expect(result.status).toBe('ok');
    expect(ticks).toBeGreaterThan(3);
  }, 60_000);
});
