import { beforeAll, describe, expect, it } from 'vitest';
import { flatten, readBack, render, sampleSnapshot, type ReadBack, type StructNode } from './pdf-tools';

/*
 * The tag structure of the printed sample, read back with pdf.js as a screen reader would: the
 * language, headings, lists, tables with header cells, and charts as figures with alternative text.
 */

let back: ReadBack;
let nodes: StructNode[];

beforeAll(async () => {
  back = await readBack(await render(sampleSnapshot()));
  nodes = flatten(back.structure);
}, 60_000);

const roles = (role: string) => nodes.filter((node) => node.role === role);

describe('the tag structure of the plan', () => {
  it('declares the document language', () => {
    expect(back.language).toBe('en-GB');
  });

  it('has a section per part, each opening with a level-one heading', () => {
    expect(roles('Sect').length).toBeGreaterThanOrEqual(11);
    expect(roles('H1').length).toBeGreaterThanOrEqual(11);
    expect(roles('H2').length).toBeGreaterThan(20);
    expect(roles('H3').length).toBeGreaterThan(5);
    expect(roles('P').length).toBeGreaterThan(50);
  });

  it('marks tables with header cells above their data cells', () => {
    const tables = roles('Table');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      const rows = table.children.filter((child) => child.role === 'TR');
      expect(rows[0]!.children.every((cell) => cell.role === 'TH')).toBe(true);
      expect(rows.slice(1).every((row) => row.children.every((cell) => cell.role === 'TD'))).toBe(true);
    }
  });

  it('gives every chart an alternative text that says what it shows', () => {
    const figures = roles('Figure');
    expect(figures).toHaveLength(3);
    const alts = figures.map((figure) => figure.alt ?? '');
    expect(alts[0]).toMatch(/^Radar of the job-or-career check of 2026-11-16/);
    expect(alts[1]).toMatch(/^Motivated-skills map: 16 rated skills/);
    expect(alts[1]).toContain('Motivated strengths: 10 (SQL');
    expect(alts[2]).toMatch(/^Roadmap of 10 milestones/);
  });

  it('tags lists as list items with a label and a body', () => {
    const items = roles('LI');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.children.map((child) => child.role)).toEqual(['Lbl', 'LBody']);
  });
});
