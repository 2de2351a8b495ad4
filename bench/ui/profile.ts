import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/*
 * With BENCH_PROFILE=1 the bench records a CPU profile of every measurement (open it in Chromium's
 * DevTools, Performance panel) and prints where the time went. The build is not minified, so the
 * names are the app's own. Profiling slows the page down: figures of a profiled run are for finding
 * causes, not for comparing with the goals.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Hotspot {
  name: string;
  selfMs: number;
  totalMs: number;
}

const idleFrames = new Set(['(idle)', '(program)', '(root)']);

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/**
 * Self time (the function's own code) and total time (its own plus everything it called, each
 * sample counted once per function even when it recurses) per function, busiest first.
 */
export function hotspots(profile: CpuProfile, limit = 12): { bySelf: Hotspot[]; byTotal: Hotspot[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((nodeId, index) => {
    // A sample's duration is the gap to the next sample.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const node = byId.get(nodeId);
    if (!node || idleFrames.has(node.callFrame.functionName)) return;
    const leaf = frameName(node);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      if (!frame || idleFrames.has(frame.callFrame.functionName)) continue;
      const name = frameName(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const rank = (times: Map<string, number>): Hotspot[] =>
    [...times.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name]) => ({ name, selfMs: self.get(name) ?? 0, totalMs: total.get(name) ?? 0 }));
  return { bySelf: rank(self), byTotal: rank(total) };
}

export class Profiler {
  readonly #folder: string;
  #session: CDPSession | undefined;

  constructor(folder: string) {
    this.#folder = folder;
  }

  static enabled(): boolean {
    return process.env.BENCH_PROFILE === '1';
  }

  /** Runs `measure` while recording; saves `<name>.cpuprofile` and prints the busiest functions. */
  async record<T>(page: Page, name: string, measure: () => Promise<T>): Promise<T> {
    this.#session ??= await page.context().newCDPSession(page);
    await this.#session.send('Profiler.enable');
    await this.#session.send('Profiler.setSamplingInterval', { interval: 200 });
    await this.#session.send('Profiler.start');
    try {
      return await measure();
    } finally {
      const { profile } = (await this.#session.send('Profiler.stop')) as { profile: CpuProfile };
      await mkdir(this.#folder, { recursive: true });
      const file = join(this.#folder, `${name}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      const { bySelf, byTotal } = hotspots(profile);
      const format = (spot: Hotspot) => `    ${spot.name}: self ${Math.round(spot.selfMs)} ms, total ${Math.round(spot.totalMs)} ms`;
      console.log([`  profile ${file}`, '  busiest by own time:', ...bySelf.map(format), '  busiest including callees:', ...byTotal.map(format)].join('\n'));
    }
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Main-thread work of the page by kind (style, layout, paint, script, garbage collection), busiest first. */
export function mainThreadWork(events: readonly TraceEvent[], limit = 12): { name: string; totalMs: number; longestMs: number; count: number }[] {
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const byName = new Map<string, { totalMs: number; longestMs: number; count: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const entry = byName.get(event.name) ?? { totalMs: 0, longestMs: 0, count: 0 };
    entry.totalMs += event.dur / 1000;
    entry.longestMs = Math.max(entry.longestMs, event.dur / 1000);
    entry.count += 1;
    byName.set(event.name, entry);
  }
  return [...byName.entries()]
    .map(([name, figures]) => ({ name, ...figures }))
    .filter((entry) => !['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks'].includes(entry.name))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, limit);
}

/**
 * With BENCH_TRACE=1 the bench records a Chromium performance trace of every measurement (open it in
 * DevTools' Performance panel) and prints the page's main-thread work by kind: how much went to
 * style, layout and paint rather than to script, which a CPU profile does not show.
 */
export class Tracer {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  static enabled(): boolean {
    return process.env.BENCH_TRACE === '1';
  }

  async record<T>(page: Page, name: string, measure: () => Promise<T>): Promise<T> {
    const browser = page.context().browser();
    if (!browser) return measure();
    await mkdir(this.#folder, { recursive: true });
    const file = join(this.#folder, `${name}.trace.json`);
    await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    try {
      return await measure();
    } finally {
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] };
      const work = mainThreadWork(trace.traceEvents ?? []);
      const format = (entry: (typeof work)[number]) =>
        `    ${entry.name}: ${Math.round(entry.totalMs)} ms in ${entry.count}, longest ${Math.round(entry.longestMs)} ms`;
      console.log([`  trace ${file}`, '  main-thread work by kind:', ...work.map(format)].join('\n'));
    }
  }
}
