/*
 * `npm run bench:ui`: loads a generated large workbook into the built renderer in Chromium and prints,
 * per section, the time until it is shown and the longest main-thread task while typing and
 * scrolling. A benchmark, not a test: timings are printed, never asserted; only "the workbook was
 * written and opens" is checked, so the figures are about the right data.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../src-main/shared/workbook';
import { repositoryRoot, startAppServer, type AppServer } from '../tests/e2e/harness/app-server';
import { ScriptedDialogs, installHostRouting, type TestHost } from '../tests/e2e/harness/host-routing';
import { defaultSeed, defaultSizes, generateWorkbook, parseSizes, readDeckValueIds } from './generate-workbook';
import {
  clearMarkedField,
  closePanel,
  markField,
  measureScroll,
  measureShow,
  measureTyping,
  openFirstItemField,
  poll,
  pressButton,
  settle,
  type Outcome,
  type TypingFigures,
} from './ui/measure';
import { installBenchProbes, itemSelector, type WindowSummary } from './ui/page-probes';
import { measureSearchOpen, measureSearchTyping, searchQuery } from './ui/search-bench';
import { Profiler, Tracer } from './ui/profile';
import { formatReport, formatSectionLine, goalMet, goals, type SectionResult } from './ui/report';
import { benchedSections, editText, type SectionBench } from './ui/sections';
import { seedDatabase, snapshotRows } from './ui/seed';

test.describe.configure({ mode: 'serial' });

const sizes = { ...defaultSizes, ...parseSizes(process.env.BENCH_SIZES ?? '') };
const seed = Number(process.env.BENCH_SEED ?? defaultSeed);
/** Each section is opened this many times from Settings; the median and the slowest are reported. */
const showRepeats = 5;
const benchFolder = join(repositoryRoot, process.env.WAYPOINT_OUT_DIR ?? 'out', 'bench');
const resultsFile = join(benchFolder, 'ui-latest.json');
/** BENCH_SECTIONS=skills,values measures only those (for a quicker look at one section). */
const onlySections = process.env.BENCH_SECTIONS?.split(',').map((id) => id.trim());
/** BENCH_PROFILE=1 records a CPU profile of each measurement, BENCH_TRACE=1 a performance trace (slower figures). */
const recorder = Profiler.enabled() ? new Profiler(join(benchFolder, 'profiles')) : Tracer.enabled() ? new Tracer(join(benchFolder, 'traces')) : null;

let server: AppServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
let host: TestHost;
let snapshot: WorkbookSnapshot;
let opening: { shownAfter: number | null; startup: WindowSummary } | undefined;
const pageErrors: string[] = [];
const results: SectionResult[] = [];

test.beforeAll(async ({ browser }) => {
  server = await startAppServer();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const dataFolder = await mkdtemp(join(tmpdir(), 'waypoint-bench-'));
  host = await installHostRouting(context, { appOrigin: server.origin, environment: { dataFolder, dialogs: new ScriptedDialogs() } });
  await context.addInitScript(installBenchProbes, itemSelector);
  // BENCH_CSS='…' adds a stylesheet to the app: a way to try a CSS change on the large workbook without rebuilding.
  const extraCss = process.env.BENCH_CSS;
  if (extraCss) {
    await context.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })));
    }, extraCss);
  }
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message.split('\n')[0] ?? error.message));
});

test.afterAll(async () => {
  if (results.length > 0) {
    const [load] = loadavg();
    const machine =
      `Machine: ${availableParallelism()} CPUs, load average ${load?.toFixed(1)} at the end` +
      (load !== undefined && load > availableParallelism() ? ' (other work competed for the CPU: expect slower figures than on a quiet machine).' : '.');
    console.log(formatReport(results, sizes, machine));
    if (opening) {
      console.log(
        `Opening the app with this workbook: page title drawn ${opening.shownAfter === null ? 'never' : `after ${Math.round(opening.shownAfter)} ms`}` +
          ` from navigation start; longest task while loading ${Math.round(opening.startup.longestTask)} ms.`,
      );
    }
    await mkdir(join(resultsFile, '..'), { recursive: true });
    const record = {
      measuredAt: new Date().toISOString(),
      seed,
      sizes,
      goals,
      machine: { cpus: availableParallelism(), loadAverage: loadavg(), browser: context?.browser()?.version() ?? null },
      opening,
      sections: results.map((result) => ({ ...result, goalMet: goalMet(result) })),
    };
    const tenthOfMs = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value);
    await writeFile(resultsFile, `${JSON.stringify(record, tenthOfMs, 2)}\n`);
    console.log(`Figures written to ${resultsFile}`);
  }
  await context?.close();
  await server?.close();
});

test('the large workbook is written and opens', async () => {
  const deckValueIds = readDeckValueIds(join(repositoryRoot, 'resources', 'values-deck.json'));
  snapshot = workbookSnapshotSchema.parse(generateWorkbook({ seed, sizes, today: new Date(), deckValueIds }));
  await page.goto(server!.entryUrl);
  await expect(page.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible({ timeout: 15_000 });

  const counts = await seedDatabase(page, snapshotRows(snapshot));
  expect(counts).toMatchObject({ skills: sizes.skills, experiences: sizes.experiences, learningActions: sizes.learningActions, workbooks: 1 });
  // A backup of the workbook as seeded: the app takes no other automatic backup within the hour, so none
  // lands in the middle of a measurement (each takes the whole workbook).
  await expect(host.handlers.saveBackup([snapshot, 'automatic'])).resolves.toMatchObject({ status: 'saved' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: snapshot.workbook.title })).toBeVisible({ timeout: 30_000 });
  await settle(page);
  opening = await page.evaluate(() => {
    const probes = window.__waypointBench!;
    const shownAfter = probes.openedAt();
    return { shownAfter, startup: probes.summary(0, shownAfter ?? performance.now()) };
  });
  console.log(`Seeded ${Object.entries(counts).map(([store, count]) => `${count} ${store}`).join(', ')} (${deckValueIds.length} deck values).`);
});

/**
 * Runs one measurement (recording a profile or trace when asked); a missing field or a broken
 * section becomes a printed reason, never a crash.
 */
async function attempt<T>(name: string, measure: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await (recorder ? recorder.record(page, name, measure) : measure());
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    await page.keyboard.press('Escape').catch(() => undefined);
    return { missing: `could not measure: ${message}` };
  }
}

async function searchTyping(section: SectionBench): Promise<Outcome<TypingFigures>> {
  if (!section.search) return { missing: 'no search here', byDesign: true };
  if ((await markField(page, section.search.label)) === null) {
    return { missing: `not available yet (no field labelled “${section.search.label}”)` };
  }
  const figures = await measureTyping(page, section.search.text(snapshot), section.search.label);
  await clearMarkedField(page);
  return { measured: figures };
}

async function editTyping(section: SectionBench): Promise<Outcome<TypingFigures>> {
  if (section.edit.kind === 'field') {
    const { label, firstPress } = section.edit;
    const labelText = typeof label === 'string' ? label : `/${label.pattern}/`;
    if (firstPress && !(await pressButton(page, firstPress))) return { missing: `not available yet (no button “${firstPress}”)` };
    const fieldName = await markField(page, label);
    if (fieldName === null) return { missing: `not available yet (no field labelled ${labelText})` };
    return { measured: await measureTyping(page, editText, fieldName) };
  }
  const { firstPress, list = section.shown } = section.edit;
  if (firstPress && !(await pressButton(page, firstPress))) return { missing: `not available yet (no button “${firstPress}”)` };
  const listShown = await poll(() => page.evaluate((probe) => window.__waypointBench!.markShownTarget(probe), list), 3_000);
  if (!listShown) return { missing: `not available yet (no list “${list.name}” to open an item from)` };
  const opened = await openFirstItemField(page);
  if (!opened) return { missing: 'not available yet (the first item opens no text field)' };
  const figures = await measureTyping(page, editText, opened.label);
  await closePanel(page);
  return { measured: { ...figures, openingLongestTask: opened.openingLongestTask } };
}

for (const section of benchedSections.filter((candidate) => !onlySections || onlySections.includes(candidate.id))) {
  test(section.title, async () => {
    const errorsBefore = pageErrors.length;
    const show = await attempt(`${section.id}-show`, () => measureShow(page, `#/${section.id}`, section.shown, showRepeats));
    const search = await attempt(`${section.id}-search`, () => searchTyping(section));
    const scrolling = await attempt(`${section.id}-scroll`, async () =>
      'measured' in show ? measureScroll(page, section.shown) : { missing: `not available yet (no list “${section.shown.name}”)` },
    );
    const edit = await attempt(`${section.id}-edit`, () => editTyping(section));
    const result: SectionResult = {
      id: section.id,
      title: section.title,
      show,
      searchTyping: search,
      editTyping: edit,
      scrolling,
      pageErrors: pageErrors.slice(errorsBefore),
    };
    results.push(result);
    console.log(formatSectionLine(result));
  });
}

if (!onlySections || onlySections.includes('search')) {
  test('Search (Ctrl+K)', async () => {
    const errorsBefore = pageErrors.length;
    const query = searchQuery(snapshot);
    const result: SectionResult = {
      id: 'search',
      title: 'Search (Ctrl+K)',
      show: await attempt('search-open', () => measureSearchOpen(page, query, showRepeats)),
      searchTyping: await attempt('search-typing', () => measureSearchTyping(page, query)),
      editTyping: { missing: 'nothing to edit here', byDesign: true },
      scrolling: { missing: 'the results scroll with the keys', byDesign: true },
      pageErrors: pageErrors.slice(errorsBefore),
    };
    results.push(result);
    console.log(formatSectionLine(result));
  });
}
