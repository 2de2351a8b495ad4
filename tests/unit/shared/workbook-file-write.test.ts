import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateWorkbook } from '../../../bench/generate-workbook';
import { valuesDeck } from '@shared/values';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '@shared/workbook';
import { readWorkbookBytes } from '@shared/workbook-file-read';
import { writeWorkbookFile } from '@shared/workbook-file-write';

const stamp = { exportedAt: '2026-11-30T12:00:00.000Z', app: { name: 'Waypoint', version: '0.1.0' } };
const root = resolve(import.meta.dirname, '../../..');
const sampleFile = JSON.parse(readFileSync(resolve(root, 'resources/samples/maya-okafor.waypoint'), 'utf8')) as { workbook: unknown };
const sample = workbookSnapshotSchema.parse(sampleFile.workbook);
const fixtureFile = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/workbook-files/v1-minimal.waypoint'), 'utf8')) as { workbook: unknown };
const fixture = workbookSnapshotSchema.parse(fixtureFile.workbook);
const generated = workbookSnapshotSchema.parse(
  generateWorkbook({
    seed: 31,
    deckValueIds: valuesDeck.map((value) => value.id),
    sizes: { skills: 400, learningActions: 300, experiences: 200, people: 200, interactions: 1_000, paths: 20, milestones: 300, reviews: 40 },
  }),
);

function readBack(text: string): WorkbookSnapshot {
  const result = readWorkbookBytes(new TextEncoder().encode(text));
  if (result.status !== 'ok') throw new Error(result.message);
  expect(result.warnings).toEqual([]);
  return result.snapshot;
}

describe('writing a workbook file', () => {
  test('writes the envelope in a fixed key order, two-space indented, with a final newline', () => {
    const text = writeWorkbookFile(sample, stamp);
    expect(text.startsWith('{\n  "format": "waypoint-workbook",\n  "version": 1,\n  "exportedAt": "2026-11-30T12:00:00.000Z",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as { app: unknown; workbook: object };
    expect(parsed.app).toEqual(stamp.app);
    expect(Object.keys(parsed.workbook)).toEqual(Object.keys(workbookSnapshotSchema.shape));
  });

  test.each([
    ['the bundled sample', sample],
    ['the version 1 fixture', fixture],
    ['a large generated workbook', generated],
  ])('%s, written and read back, is the same workbook', (_name, snapshot) => {
    const text = writeWorkbookFile(snapshot, stamp);
    const back = readBack(text);
    expect(back).toEqual(snapshot);
    expect(writeWorkbookFile(back, stamp)).toBe(text);
  });

  test('lists the sections in registry order, however the snapshot holds them', () => {
    const reversed = Object.fromEntries(Object.entries(sample).reverse()) as WorkbookSnapshot;
    expect(writeWorkbookFile(reversed, stamp)).toBe(writeWorkbookFile(sample, stamp));
  });
});
