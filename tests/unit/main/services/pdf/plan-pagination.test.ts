import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorkbook, readDeckValueIds } from '../../../../../bench/generate-workbook';
import { picturesOf, readBack, render, type ReadBack } from './pdf-tools';

/*
 * Page breaks in a plan long enough to have many of them (a generated workbook of moderate size):
 * no heading ends a page, no section opening stands on a page by itself.
 */

let back: ReadBack;

beforeAll(async () => {
  const workbook = generateWorkbook({
    deckValueIds: readDeckValueIds(join(process.cwd(), 'resources/values-deck.json')),
    sizes: { skills: 90, learningActions: 40, experiences: 30, people: 40, interactions: 120, paths: 40, requiredSkillsPerPath: 4, milestones: 160, stepsPerMilestone: 3, reviews: 8 },
  });
  const bytes = await render(workbook);
  back = await readBack(bytes);
  picturesOf(bytes, 'generated', 6);
}, 120_000);

const isFooter = (text: string) => /^Page \d+ of \d+$/u.test(text);

describe('page breaks in a long plan', () => {
  it('runs to many pages', () => {
    expect(back.pages).toBeGreaterThan(40);
  });

  it('never ends a page with a heading', () => {
    const endings = back.runs.slice(1).map((runs, index) => {
      const body = runs.filter((run) => !isFooter(run.text));
      const lowest = body.reduce((low, run) => (run.top > low.top ? run : low), body[0]!);
      return { page: index + 2, text: lowest.text, heading: lowest.size >= 11 };
    });
    expect(endings.filter((ending) => ending.heading)).toEqual([]);
  });

  it('never leaves a section opening alone on its page', () => {
    const lonely = back.runs
      .map((runs, index) => ({ page: index + 1, runs: runs.filter((run) => !isFooter(run.text) && run.top > 60) }))
      .filter(({ runs }) => runs.length > 0 && runs.every((run) => run.size >= 10.5));
    expect(lonely.map(({ page, runs }) => ({ page, text: runs.map((run) => run.text).join(' ') }))).toEqual([]);
  });
});
