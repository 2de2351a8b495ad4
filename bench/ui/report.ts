import type { Outcome, ScrollFigures, ShowFigures, TypingFigures } from './measure';
import type { WindowSummary } from './page-probes';

/** Issue 3's goals: a section shows in under 300 ms, and no main-thread task takes over 50 ms. */
export const goals = { showMs: 300, taskMs: 50 } as const;

export interface SectionResult {
  id: string;
  title: string;
  show: Outcome<ShowFigures>;
  searchTyping: Outcome<TypingFigures>;
  editTyping: Outcome<TypingFigures>;
  scrolling: Outcome<ScrollFigures>;
  /** Errors the page threw while this section was measured. */
  pageErrors: string[];
}

const ms = (value: number): string => `${Math.round(value)} ms`;

function missingText<T>(outcome: Outcome<T>): string | null {
  if ('measured' in outcome) return null;
  return outcome.byDesign ? `— (${outcome.missing})` : outcome.missing;
}

function showCell(outcome: Outcome<ShowFigures>): string {
  if (!('measured' in outcome)) return missingText(outcome) ?? '';
  return `${ms(outcome.measured.median)} / ${ms(outcome.measured.max)}`;
}

function taskText(summary: WindowSummary): string {
  return summary.longTaskCount === 0 ? `<${goals.taskMs} ms` : `${ms(summary.longestTask)} (${summary.longTaskCount}×)`;
}

function typingCell(outcome: Outcome<TypingFigures>): string {
  if (!('measured' in outcome)) return missingText(outcome) ?? '';
  return `${taskText(outcome.measured)}, key→frame ${ms(outcome.measured.maxKeyToFrame)}`;
}

function scrollCell(outcome: Outcome<ScrollFigures>): string {
  if (!('measured' in outcome)) return missingText(outcome) ?? '';
  return `${taskText(outcome.measured)}, frame gap ${ms(outcome.measured.maxFrameGap)}`;
}

/** "yes" only when every figure the section should have was measured and meets its goal. */
export function goalMet(result: SectionResult): 'yes' | 'no' | 'incomplete' {
  const tasks = [result.searchTyping, result.editTyping, result.scrolling];
  const failed =
    ('measured' in result.show && result.show.measured.median >= goals.showMs) ||
    tasks.some((outcome) => 'measured' in outcome && outcome.measured.longestTask > goals.taskMs);
  if (failed) return 'no';
  const incomplete = [result.show, ...tasks].some((outcome) => 'missing' in outcome && !outcome.byDesign);
  return incomplete ? 'incomplete' : 'yes';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function openingText(outcome: Outcome<TypingFigures>): string {
  if (!('measured' in outcome)) return '';
  const longest = outcome.measured.openingLongestTask;
  const field = ` (into “${outcome.measured.field}”)`;
  return longest === undefined ? field : `${field}; opening the item: ${longest === 0 ? `<${goals.taskMs} ms` : ms(longest)}`;
}

export function formatSectionLine(result: SectionResult): string {
  const opening = 'measured' in result.show ? ` (median / max; longest task while opening ${ms(result.show.measured.longestTaskWhileOpening)})` : '';
  return [
    `${result.title}: show ${showCell(result.show)}${opening}`,
    `  typing (search): ${typingCell(result.searchTyping)}`,
    `  typing (edit):   ${typingCell(result.editTyping)}${openingText(result.editTyping)}`,
    `  scrolling:       ${scrollCell(result.scrolling)}`,
  ].join('\n');
}

/** The slowest animation frame of each measurement, with the script the browser blames for it. */
function slowestFrames(results: readonly SectionResult[]): string[] {
  return results.flatMap((result) =>
    (
      [
        ['typing (search)', result.searchTyping],
        ['typing (edit)', result.editTyping],
        ['scrolling', result.scrolling],
      ] as const
    ).flatMap(([what, outcome]) => {
      const frame = 'measured' in outcome ? outcome.measured.longestFrame : null;
      return frame ? [`  ${result.title}, ${what}: ${ms(frame.duration)} frame (${ms(frame.blocking)} blocking): ${frame.script}`] : [];
    }),
  );
}

export function formatReport(results: readonly SectionResult[], sizes: Record<string, number>, machine: string): string {
  const header = ['Section', 'Show median / max', 'Typing (search): longest task', 'Typing (edit): longest task', 'Scrolling: longest task', 'Goal met?'];
  const rows = results.map((result) => [
    result.title,
    showCell(result.show),
    typingCell(result.searchTyping),
    typingCell(result.editTyping),
    scrollCell(result.scrolling),
    goalMet(result),
  ]);
  const errors = results.flatMap((result) => result.pageErrors.map((error) => `  ${result.title}: ${error}`));
  return [
    '',
    `Large-workbook UI benchmark: ${Object.entries(sizes)
      .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
      .join(', ')}`,
    `Goals: shown in under ${goals.showMs} ms (median of the runs), no main-thread task over ${goals.taskMs} ms.`,
    machine,
    'Tasks under 50 ms are not reported by the browser, hence "<50 ms". key→frame: key press until its frame was drawn.',
    '',
    table([header, ...rows]),
    '',
    'Slowest frames (what to look at first):',
    ...(slowestFrames(results).length > 0 ? slowestFrames(results) : ['  none measured']),
    ...(errors.length > 0 ? ['', 'Errors the page threw:', ...errors] : []),
    '',
  ].join('\n');
}
