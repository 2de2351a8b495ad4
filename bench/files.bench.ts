/*
 * `npm run bench:files`: a generated large workbook (about 20,000 records) exported, read back, and
 * written into IndexedDB in Chromium, each beside the bare operation in the same run, as ratios. A
 * benchmark, not a test: it prints figures; it only checks that every step produced the right data.
 */
import { availableParallelism, loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { expect, test } from '@playwright/test';
import { readWorkbookBytes } from '../src-main/shared/workbook-file-read';
import { writeWorkbookFile } from '../src-main/shared/workbook-file-write';
import { workbookFileFormat, workbookFileVersion } from '../src-main/shared/workbook-file';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../src-main/shared/workbook';
import { entityCollections, repeatedIds } from '../src-main/shared/collections';
import { repairDanglingReferences } from '../src-main/shared/workbook-file-references';
import { defaultSeed, defaultSizes, generateWorkbook, parseSizes } from './generate-workbook';
import { buildStorageBundle, type benchGlobalName } from './files/page-bundle';
import { formatComparison, formatWholeImport, median, medianMs, type ComparedFigure } from './files/figures';

const sizes = { ...defaultSizes, ...parseSizes(process.env.BENCH_SIZES ?? '') };
const seed = Number(process.env.BENCH_SEED ?? defaultSeed);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const stamp = { exportedAt: '2026-11-30T09:00:00.000Z', app: { name: 'Waypoint', version: 'bench' } };
// https, so the page is a secure context (crypto.randomUUID); the route answers it, nothing goes out.
const benchOrigin = 'https://waypoint-files-bench.test';

type StorageBench = {
  timeImportWrite(snapshot: WorkbookSnapshot): Promise<number>;
  timeBareBulkPut(snapshot: WorkbookSnapshot): Promise<number>;
  timeValidation(snapshot: unknown): number;
};
type BenchWindow = Window & { benchSnapshot: WorkbookSnapshot } & Record<typeof benchGlobalName, StorageBench>;

function recordCount(snapshot: WorkbookSnapshot): number {
  return 1 + (snapshot.vision ? 1 : 0) + entityCollections.reduce((sum, collection) => sum + snapshot[collection].length, 0);
}

test('export, read and import a large workbook file', async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  const snapshot = generateWorkbook({ seed, sizes });
  const records = recordCount(snapshot);
  const steps = snapshot.milestones.reduce((sum, milestone) => sum + milestone.steps.length, 0);

  const exportMs = await medianMs(repeats, () => writeWorkbookFile(snapshot, stamp));
  const envelope = { format: workbookFileFormat, version: workbookFileVersion, ...stamp, workbook: snapshot };
  const bareStringifyMs = await medianMs(repeats, () => JSON.stringify(envelope, null, 2));
  const text = writeWorkbookFile(snapshot, stamp);
  const bytes = new TextEncoder().encode(text);

  const readMs = await medianMs(repeats, () => {
    const result = readWorkbookBytes(bytes);
    if (result.status !== 'ok') throw new Error(result.message);
  });
  const bareParseMs = await medianMs(repeats, () => JSON.parse(text));
  const decodeMs = await medianMs(repeats, () => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const validateMs = await medianMs(repeats, () => workbookSnapshotSchema.safeParse(envelope.workbook));
  const validated = workbookSnapshotSchema.parse(snapshot);
  const repeatedIdsMs = await medianMs(repeats, () => repeatedIds(validated));
  const repairMs = await medianMs(repeats, () => repairDanglingReferences(validated));
  const read = readWorkbookBytes(bytes);
  expect(read.status).toBe('ok');
  if (read.status !== 'ok') return;
  expect(read.snapshot).toEqual(workbookSnapshotSchema.parse(snapshot));
  // Electron's IPC copies arguments with the structured clone algorithm, which V8's serializer implements.
  const ipcMs = await medianMs(repeats, () => deserialize(serialize(read.snapshot)));

  const context = await browser.newContext();
  const page = await context.newPage();
  const bundle = await buildStorageBundle();
  await page.route(`${benchOrigin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>bench</title><script>${bundle}</script>` }),
  );
  await page.goto(`${benchOrigin}/`);
  await page.evaluate((value) => {
    (window as unknown as BenchWindow).benchSnapshot = value;
  }, read.snapshot);

  const importWrites: number[] = [];
  const bulkPuts: number[] = [];
  const pageValidations: number[] = [];
  for (let run = 0; run <= repeats; run += 1) {
    const [importWrite, bulkPut, validation] = await page.evaluate(async () => {
      const benchWindow = window as unknown as BenchWindow;
      const storage = benchWindow.WaypointStorageBench;
      return [
        await storage.timeImportWrite(benchWindow.benchSnapshot),
        await storage.timeBareBulkPut(benchWindow.benchSnapshot),
        storage.timeValidation(benchWindow.benchSnapshot),
      ];
    });
    // The first run warms the page up (compilation, the first database of the origin).
    if (run === 0) continue;
    importWrites.push(importWrite);
    bulkPuts.push(bulkPut);
    pageValidations.push(validation);
  }
  await context.close();

  const importWriteMs = median(importWrites);
  const figures: ComparedFigure[] = [
    { what: 'export (writeWorkbookFile)', ms: exportMs, bare: 'JSON.stringify, same indent', bareMs: bareStringifyMs, goalRatio: 3 },
    { what: 'read + validate + migrate (readWorkbookBytes)', ms: readMs, bare: 'JSON.parse', bareMs: bareParseMs, goalRatio: 3 },
    { what: 'write into IndexedDB (addFromSnapshot, Chromium)', ms: importWriteMs, bare: 'Dexie bulkPut, one transaction', bareMs: median(bulkPuts), goalRatio: 3 },
  ];
  const [load] = loadavg();
  const lines = [
    '',
    `Workbook file benchmark: ${records.toLocaleString('en')} records (plus ${steps.toLocaleString('en')} milestone steps), ` +
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB, seed ${seed}; medians of ${repeats} runs after a warm-up.`,
    '',
    ...formatComparison(figures),
    '',
    'Where the time goes:',
    `- reading: UTF-8 decoding ${decodeMs.toFixed(0)} ms, JSON.parse ${bareParseMs.toFixed(0)} ms, zod validation ${validateMs.toFixed(0)} ms, repeated ids ${repeatedIdsMs.toFixed(0)} ms, link check and repair ${repairMs.toFixed(0)} ms (Node)`,
    `- writing: validation in the page ${median(pageValidations).toFixed(0)} ms of the ${importWriteMs.toFixed(0)} ms`,
    '',
    ...formatWholeImport(
      [
        { what: 'read in main', ms: readMs },
        { what: 'copy to the window (structured clone)', ms: ipcMs },
        { what: 'write in the window', ms: importWriteMs },
      ],
      2_000,
    ),
    `Machine: ${availableParallelism()} CPUs, load average ${load?.toFixed(1)}` +
      (load !== undefined && load > availableParallelism() ? ' (other work competed for the CPU: expect slower figures).' : '.'),
    '',
  ];
  console.log(lines.join('\n'));
});
