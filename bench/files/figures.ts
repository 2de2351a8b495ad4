/* Timing helpers and the printed table of `npm run bench:files`. */

/** Runs `work` `repeats` times (after one warm-up) and returns the median in milliseconds. */
export async function medianMs(repeats: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < repeats; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface ComparedFigure {
  what: string;
  ms: number;
  bare: string;
  bareMs: number;
  /** Goal for ms ÷ bareMs. */
  goalRatio: number;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

export function formatComparison(figures: readonly ComparedFigure[]): string[] {
  const lines = ['| operation | time | bare operation | bare | ratio | goal | met |', '|---|---:|---|---:|---:|---:|---|'];
  for (const figure of figures) {
    const ratio = figure.ms / figure.bareMs;
    lines.push(
      `| ${figure.what} | ${ms(figure.ms)} | ${figure.bare} | ${ms(figure.bareMs)} | ${ratio.toFixed(1)}× | ≤ ${figure.goalRatio}× | ${ratio <= figure.goalRatio ? 'yes' : 'no'} |`,
    );
  }
  return lines;
}

export function formatWholeImport(parts: readonly { what: string; ms: number }[], goalMs: number): string[] {
  const total = parts.reduce((sum, part) => sum + part.ms, 0);
  return [
    `Whole import ≈ ${ms(total)} (goal under ${ms(goalMs)}: ${total < goalMs ? 'met' : 'missed'}) = ` +
      parts.map((part) => `${part.what} ${ms(part.ms)}`).join(' + '),
  ];
}
