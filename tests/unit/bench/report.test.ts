import { describe, expect, it } from 'vitest';
import type { TypingFigures } from '../../../bench/ui/measure';
import { hotspots, mainThreadWork } from '../../../bench/ui/profile';
import { formatReport, goalMet, type SectionResult } from '../../../bench/ui/report';

function typing(longestTask: number): { measured: TypingFigures } {
  return {
    measured: {
      longestTask,
      longTaskCount: longestTask > 0 ? 1 : 0,
      maxKeyToFrame: 30,
      maxEventDuration: 24,
      maxFrameGap: 17,
      longestFrame: null,
      field: 'Search skills',
      characters: 30,
    },
  };
}

function section(overrides: Partial<SectionResult> = {}): SectionResult {
  return {
    id: 'skills',
    title: 'Skills',
    show: { measured: { runs: [120, 140, 130], median: 130, max: 140, longestTaskWhileOpening: 0 } },
    searchTyping: typing(0),
    editTyping: typing(0),
    scrolling: { measured: { ...typing(0).measured, distance: 90_000, steps: 225 } },
    pageErrors: [],
    ...overrides,
  };
}

describe('whether a section meets the goals', () => {
  it('does when it shows in under 300 ms and no task passes 50 ms', () => {
    expect(goalMet(section())).toBe('yes');
  });

  it('does not when it shows in 300 ms or more, or a task takes over 50 ms', () => {
    expect(goalMet(section({ show: { measured: { runs: [300], median: 300, max: 300, longestTaskWhileOpening: 0 } } }))).toBe('no');
    expect(goalMet(section({ editTyping: typing(51) }))).toBe('no');
  });

  it('is incomplete while a figure is missing, unless the section has none by design', () => {
    expect(goalMet(section({ searchTyping: { missing: 'not available yet' } }))).toBe('incomplete');
    expect(goalMet(section({ searchTyping: { missing: 'no search here', byDesign: true } }))).toBe('yes');
    expect(goalMet(section({ searchTyping: { missing: 'not available yet' }, editTyping: typing(80) }))).toBe('no');
  });
});

describe('the printed report', () => {
  it('has one row per section with its figures, the sizes and the missing figures in words', () => {
    const report = formatReport(
      [section(), section({ id: 'values', title: 'Values', editTyping: typing(120), scrolling: { missing: 'not available yet (no list “Values”)' } })],
      { skills: 2_000, experiences: 1_000 },
      'Machine: 2 CPUs.',
    );
    expect(report).toContain('2,000 skills, 1,000 experiences');
    expect(report).toMatch(/Skills\s+\| 130 ms \/ 140 ms\s+\| <50 ms, key→frame 30 ms/);
    expect(report).toMatch(/Values .*120 ms \(1×\).*not available yet \(no list “Values”\).*\| no/);
  });
});

describe('where the time went', () => {
  it('sums own and total time per function from a CPU profile, counting recursion once', () => {
    const frame = (functionName: string) => ({ functionName, url: 'http://127.0.0.1/assets/index.js', lineNumber: 9, columnNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('render'), children: [3] },
        { id: 3, callFrame: frame('render'), children: [4] },
        { id: 4, callFrame: frame('formatDuration') },
      ],
      samples: [4, 4, 3, 2],
      timeDeltas: [0, 1_000, 1_000, 1_000, 1_000],
    };
    const { bySelf, byTotal } = hotspots(profile);
    expect(bySelf[0]).toEqual({ name: 'formatDuration index.js:10', selfMs: 2, totalMs: 2 });
    expect(byTotal[0]).toEqual({ name: 'render index.js:10', selfMs: 2, totalMs: 4 });
  });

  it('sums main-thread trace events by kind and leaves out other threads', () => {
    const work = mainThreadWork([
      { name: 'thread_name', ph: 'M', pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
      { name: 'Layout', ph: 'X', pid: 1, tid: 7, dur: 30_000 },
      { name: 'Layout', ph: 'X', pid: 1, tid: 7, dur: 10_000 },
      { name: 'Paint', ph: 'X', pid: 1, tid: 7, dur: 5_000 },
      { name: 'Layout', ph: 'X', pid: 1, tid: 8, dur: 90_000 },
    ]);
    expect(work).toEqual([
      { name: 'Layout', totalMs: 40, longestMs: 30, count: 2 },
      { name: 'Paint', totalMs: 5, longestMs: 5, count: 1 },
    ]);
  });
});
