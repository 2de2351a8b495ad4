import { Session } from 'node:inspector/promises';

/*
 * A CPU profile of one export, summed into where the time goes: by part (fontkit's text shaping,
 * pdfkit's writing, compression, our layout, garbage collection) and by the busiest functions.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface TimeSpent {
  totalMs: number;
  byPart: Array<[string, number]>;
  byFunction: Array<[string, number]>;
}

function partOf(url: string, name: string): string {
  if (name === '(garbage collector)') return 'garbage collection';
  // The inspector session's own message handling: the cost of profiling, not of the export.
  if (name === 'dispatch' && url === '') return 'the profiler itself';
  if (url.includes('fontkit') || url.includes('restructure') || url.includes('unicode-')) return 'fontkit (shaping and measuring text)';
  if (url.includes('pdfkit')) return 'pdfkit (writing text and drawing)';
  if (url.includes('zlib')) return 'zlib (compressing streams)';
  if (url.includes('zod')) return 'zod (validating the snapshot)';
  if (url === '' || url.startsWith('node:')) return 'Node and the engine';
  return 'Waypoint (layout, sections, derived figures)';
}

export async function profileRender(render: () => Promise<void>): Promise<TimeSpent> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await render();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byPart = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const [id, time] of selfTime) {
    const node = nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    const { functionName, url, lineNumber } = node.callFrame;
    totalMs += time;
    const part = partOf(url, functionName);
    byPart.set(part, (byPart.get(part) ?? 0) + time);
    const where = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + time);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs, byPart: sorted(byPart), byFunction: sorted(byFunction).slice(0, 12) };
}

export function printProfile(spent: TimeSpent): void {
  console.log(`  ${spent.totalMs.toFixed(0)} ms of CPU sampled`);
  for (const [part, time] of spent.byPart) {
    console.log(`  ${((100 * time) / spent.totalMs).toFixed(0).padStart(3)} %  ${time.toFixed(0).padStart(6)} ms  ${part}`);
  }
  console.log('  busiest functions:');
  for (const [where, time] of spent.byFunction) console.log(`  ${time.toFixed(0).padStart(6)} ms  ${where}`);
}
