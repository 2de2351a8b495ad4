/*
 * `npm run bench:pdf`: how fast the printed plan is made. Prints, in one run: export time and pages per
 * second for the sample workbook and a generated large one; the floor (pdfkit writing the same text
 * with no layout, charts or tables); Chromium printing the same plan (the Markdown export as HTML with
 * a print stylesheet), with the browser already open and including its start; and each figure against its goal. Where a
 * goal is missed, a CPU profile of one render says where the time goes. Figures are printed, never
 * asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { chromium } from '@playwright/test';
import { renderPlanPdf, type PlanPdfResult } from '../src-main/services/pdf';
import { bundledFontPaths, parsedFont, type PdfFonts } from '../src-main/services/pdf/fonts';
import { readWorkbookBytes } from '../src-main/shared/workbook-file-read';
import type { WorkbookSnapshot } from '../src-main/shared/workbook';
import { localMachine } from '../scripts/local-machine.js';
import { findChromium } from '../scripts/test-tools.js';
import { generateWorkbook, readDeckValueIds } from './generate-workbook';
import { profileRender, printProfile } from './pdf/profile';
import { markdownToHtml } from './pdf/html';
import { workbookToMarkdown } from '../src-main/services/exports/markdown';
import { todayIso } from '../src-main/shared/learning-plan';

const now = new Date('2026-11-30T10:00:00Z');
const fonts: PdfFonts = bundledFontPaths();
const runs = Number(process.env.BENCH_RUNS ?? 5);
const scratch = mkdtempSync(join(tmpdir(), 'waypoint-bench-pdf-'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

async function exportPlan(snapshot: WorkbookSnapshot): Promise<Extract<PlanPdfResult, { status: 'ok' }>> {
  const result = await renderPlanPdf(snapshot, { paper: 'a4', share: false, now, fonts });
  if (result.status !== 'ok') throw new Error(`The export did not succeed: ${JSON.stringify(result)}`);
  return result;
}

/** The plan's text as pdftotext reads it back: the same words the floor and Chromium print. */
function textOf(bytes: Uint8Array, name: string): string {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The floor: pdfkit writing the same text in the same font, one flowing column, no layout of ours. */
async function floor(text: string): Promise<{ ms: number; pages: number }> {
  const { ms: time, result: pages } = await timed(
    () =>
      new Promise<number>((resolve) => {
        const doc = new PDFDocument({ size: 'A4', margin: 64, bufferPages: true, info: { CreationDate: now } });
        doc.registerFont('body', parsedFont(fonts.regular) as unknown as Buffer);
        doc.on('data', () => undefined);
        doc.font('body').fontSize(10).text(text.replace(/\f/gu, '\n'), { width: doc.page.width - 128, lineGap: 3 });
        const count = doc.bufferedPageRange().count;
        doc.on('end', () => resolve(count));
        doc.end();
      }),
  );
  return { ms: time, pages };
}

interface Measure {
  name: string;
  pages: number;
  firstMs: number;
  medianMs: number;
  floorMs: number;
  floorPages: number;
  chromiumWarmMs: number | null;
  chromiumColdMs: number | null;
  chromiumPages: number | null;
  text: string;
  html: string;
}

async function measure(name: string, snapshot: WorkbookSnapshot, times: number): Promise<Measure> {
  const first = await timed(() => exportPlan(snapshot));
  const samples: number[] = [];
  for (let run = 0; run < times; run += 1) samples.push((await timed(() => exportPlan(snapshot))).ms);
  const text = textOf(first.result.bytes, name);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.pdf`), first.result.bytes);
  await floor(text);
  const floors: Array<{ ms: number; pages: number }> = [];
  for (let run = 0; run < times; run += 1) floors.push(await floor(text));
  return {
    name,
    pages: first.result.pages,
    firstMs: first.ms,
    medianMs: median(samples),
    floorMs: median(floors.map((entry) => entry.ms)),
    floorPages: floors[0]?.pages ?? 0,
    chromiumWarmMs: null,
    chromiumColdMs: null,
    chromiumPages: null,
    text,
    html: markdownToHtml(workbookToMarkdown(snapshot, { share: false, today: todayIso(now) }), name),
  };
}

async function chromiumPrint(measures: Measure[]): Promise<string | null> {
  const found = findChromium(localMachine());
  if (found.kind !== 'found') return 'no Chromium found (set CHROMIUM_PATH)';
  const launchOptions = { executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] };
  const browser = await chromium.launch(launchOptions);
  try {
    for (const entry of measures) {
      const { html } = entry;
      const page = await browser.newPage();
      await page.setContent(html);
      const printed = await page.pdf({ format: 'A4' });
      entry.chromiumPages = new TextDecoder('latin1').decode(printed).match(/\/Type\s*\/Page[^s]/gu)?.length ?? null;
      await page.close();
      const warm: number[] = [];
      for (let run = 0; run < Math.min(runs, 3); run += 1) {
        warm.push(
          (
            await timed(async () => {
              const tab = await browser.newPage();
              await tab.setContent(html);
              await tab.pdf({ format: 'A4' });
              await tab.close();
            })
          ).ms,
        );
      }
      entry.chromiumWarmMs = median(warm);
    }
  } finally {
    await browser.close();
  }
  for (const entry of measures) {
    const { html } = entry;
    entry.chromiumColdMs = (
      await timed(async () => {
        const cold = await chromium.launch(launchOptions);
        const tab = await cold.newPage();
        await tab.setContent(html);
        await tab.pdf({ format: 'A4' });
        await cold.close();
      })
    ).ms;
  }
  return null;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

const outDir = join(process.env.WAYPOINT_OUT_DIR ?? 'out', 'bench', 'pdf');

async function main(): Promise<void> {
  const read = readWorkbookBytes(readFileSync(join(process.cwd(), 'resources/samples/maya-okafor.waypoint')));
  if (read.status !== 'ok') throw new Error(read.message);
  const large = generateWorkbook({ deckValueIds: readDeckValueIds(join(process.cwd(), 'resources/values-deck.json')) });
  console.log(`bench:pdf — load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}, ${runs} runs each (median)`);
  console.log(
    `large workbook: ${large.skills.length} skills, ${large.people.length} people, ${large.milestones.length} milestones, ${large.interactions.length} interactions, ${large.experiences.length} experiences, ${large.paths.length} paths`,
  );
  const measures = [await measure('sample', read.snapshot, runs), await measure('large', large, Math.max(1, Math.min(runs, 3)))];
  const chromiumProblem = await chromiumPrint(measures);

  console.log('');
  console.log('workbook  pages  first export  export (median)  pages/s  floor (pages)   ×floor  Chromium warm  Chromium cold  (pages)');
  for (const entry of measures) {
    console.log(
      [
        entry.name.padEnd(8),
        String(entry.pages).padStart(5),
        ms(entry.firstMs).padStart(12),
        ms(entry.medianMs).padStart(15),
        ((entry.pages * 1000) / entry.medianMs).toFixed(0).padStart(8),
        `${ms(entry.floorMs)} (${entry.floorPages})`.padStart(14),
        (entry.medianMs / entry.floorMs).toFixed(2).padStart(8),
        (entry.chromiumWarmMs === null ? 'n/a' : ms(entry.chromiumWarmMs)).padStart(14),
        (entry.chromiumColdMs === null ? 'n/a' : ms(entry.chromiumColdMs)).padStart(14),
        `(${entry.chromiumPages ?? '?'})`.padStart(8),
      ].join(' '),
    );
  }
  if (chromiumProblem) console.log(`Chromium: ${chromiumProblem}`);

  const [sample, big] = measures as [Measure, Measure];
  const goals = [
    { goal: 'sample under 300 ms', ok: sample.medianMs < 300, figure: ms(sample.medianMs) },
    { goal: 'large under 5 s', ok: big.medianMs < 5000, figure: ms(big.medianMs) },
    ...measures.map((entry) => ({ goal: `${entry.name} within 2× of the floor`, ok: entry.medianMs <= 2 * entry.floorMs, figure: `${(entry.medianMs / entry.floorMs).toFixed(2)}×` })),
    ...measures.map((entry) => ({
      goal: `${entry.name} faster than warm Chromium`,
      ok: entry.chromiumWarmMs !== null && entry.medianMs < entry.chromiumWarmMs,
      figure: entry.chromiumWarmMs === null ? 'n/a' : `${(entry.medianMs / entry.chromiumWarmMs).toFixed(2)}× Chromium's time`,
    })),
  ];
  console.log('');
  for (const goal of goals) console.log(`${verdict(goal.ok).padEnd(7)} ${goal.goal}: ${goal.figure}`);

  const missed = goals.some((goal) => !goal.ok);
  if (missed || process.env.BENCH_PROFILE === '1') {
    for (const entry of [{ name: 'sample', snapshot: read.snapshot }, { name: 'large', snapshot: large }]) {
      console.log(`\nWhere the time goes (${entry.name}, one profiled export; self time by part):`);
      printProfile(await profileRender(() => exportPlan(entry.snapshot).then(() => undefined)));
    }
  }
  console.log(`\nThe PDFs are in ${outDir}.`);
}

await main();
