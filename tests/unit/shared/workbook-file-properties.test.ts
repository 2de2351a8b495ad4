import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collections, entityCollections, type EntityCollection } from '@shared/collections';
import { valuesDeck } from '@shared/values';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '@shared/workbook';
import { readWorkbookBytes } from '@shared/workbook-file-read';

/*
 * Thousands of generated and damaged files thrown at the reader: each either reads as a valid workbook
 * or is refused with a message in plain words; it never throws. The seed is fixed so a failure repeats;
 * fast-check prints the smallest file it found that fails.
 */

const sampleBytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../resources/samples/maya-okafor.waypoint')));
const sampleText = new TextDecoder().decode(sampleBytes);
const sample = JSON.parse(sampleText) as unknown;
const seed = 20_261_130;

type Path = ReadonlyArray<string | number>;

/** Every place in the sample's JSON, from the envelope's fields down to single letters' strings. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])]);
}

const samplePaths = pathsOf(sample);
const sampleIds = samplePaths.flatMap((path) => {
  const last = path[path.length - 1];
  const value = valueAt(sample, path);
  return (last === 'id' || (typeof last === 'string' && last.endsWith('Id'))) && typeof value === 'string' ? [value] : [];
});

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

type Mutation = { at: number; change: 'delete' | 'replace' | 'borrow-id'; value: unknown; id: number };

/** Applies one change where the path still leads after the changes before it; skips it otherwise. */
function mutate(root: unknown, mutation: Mutation): void {
  const path = samplePaths[mutation.at % samplePaths.length] ?? [];
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || key === undefined) return;
  if (mutation.change === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else Reflect.deleteProperty(parent, key);
  } else if (mutation.change === 'replace') {
    Reflect.set(parent, key, mutation.value);
  } else {
    Reflect.set(parent, key, sampleIds[mutation.id % sampleIds.length]);
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  change: fc.constantFrom('delete', 'replace', 'borrow-id'),
  value: fc.jsonValue({ maxDepth: 2 }),
  id: fc.nat(),
});

const encode = (text: string) => new TextEncoder().encode(text);

/** Ids the snapshot's links hold that point at nothing, read with the registry's `links`. */
function danglingLinks(snapshot: WorkbookSnapshot): string[] {
  const dangling: string[] = [];
  for (const source of entityCollections) {
    for (const link of collections[source].links) {
      const target = link.to as EntityCollection;
      const existing = new Set<string>(snapshot[target].map((row) => row.id));
      if (target === 'customValues') for (const card of valuesDeck) existing.add(card.id);
      for (const row of snapshot[source] as unknown as Array<Record<string, unknown>>) {
        const value = row[link.field];
        const held =
          'key' in link
            ? (value as Array<Record<string, unknown>>).map((item) => item[link.key])
            : link.onDelete === 'remove-record-key'
              ? Object.keys((value ?? {}) as object)
              : Array.isArray(value)
                ? value
                : [value];
        for (const id of held) if (typeof id === 'string' && !existing.has(id)) dangling.push(`${source}.${link.field} → ${id}`);
      }
    }
  }
  return dangling;
}

/** What every reading must be: a valid workbook with plain warnings, or a refusal in plain words. */
function checkReading(bytes: Uint8Array): void {
  const result = readWorkbookBytes(bytes);
  if (result.status === 'ok') {
    const validated = workbookSnapshotSchema.safeParse(result.snapshot);
    expect(validated.success, validated.error?.message).toBe(true);
    expect(danglingLinks(result.snapshot)).toEqual([]);
    for (const warning of result.warnings) expect(warning).toMatch(/^\d[\d,]* \S.* (was|were) (removed|left out)$/);
  } else {
    expect(result.status).toBe('refused');
    expect(result.message.trim()).not.toBe('');
    expect(result.message).not.toMatch(/\n\s+at |Error:|undefined|\[object /);
  }
}

// Thousands of files per test: allow for a busy machine (these tests check outcomes, never speed).
describe('reading damaged and made-up files', { timeout: 120_000 }, () => {
  test('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4_096 }), checkReading), { seed, numRuns: 3_000 });
  });

  test('random text, with and without a Waypoint envelope around random JSON', () => {
    const envelope = (workbook: unknown) => ({
      format: 'waypoint-workbook',
      version: 1,
      exportedAt: '2026-11-30T10:00:00.000Z',
      app: { name: 'Waypoint', version: '0.1.0' },
      workbook,
    });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => checkReading(encode(text))), { seed, numRuns: 1_000 });
    fc.assert(fc.property(fc.jsonValue(), (value) => checkReading(encode(JSON.stringify(value)))), { seed, numRuns: 2_000 });
    fc.assert(fc.property(fc.jsonValue(), (value) => checkReading(encode(JSON.stringify(envelope(value))))), { seed, numRuns: 1_000 });
  });

  test('the sample cut off at any point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sampleBytes.length }), (length) => {
        checkReading(sampleBytes.slice(0, length));
        const cut = new TextDecoder().decode(sampleBytes.slice(0, length));
        if (cut.trim() !== '' && cut.trimEnd() !== sampleText.trimEnd()) {
          const result = readWorkbookBytes(sampleBytes.slice(0, length));
          expect(result.status === 'refused' ? result.message : 'read as a workbook').toMatch(/ends part-way through/);
        }
      }),
      { seed, numRuns: 1_000 },
    );
  });

  test('the sample with bytes changed, inserted or taken out', () => {
    const edit = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), kind: fc.constantFrom('set', 'insert', 'remove') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const bytes = [...sampleBytes];
        for (const { at, byte, kind } of edits) {
          const index = at % bytes.length;
          if (kind === 'set') bytes[index] = byte;
          else if (kind === 'insert') bytes.splice(index, 0, byte);
          else bytes.splice(index, 1);
        }
        checkReading(new Uint8Array(bytes));
      }),
      { seed, numRuns: 1_000 },
    );
  });

  test('the sample with its links pointed at ids of any kind, or at none', () => {
    const linking = fc.record({ collection: fc.constantFrom(...entityCollections), row: fc.nat(), id: fc.nat(), unknown: fc.boolean() });
    fc.assert(
      fc.property(fc.array(linking, { minLength: 1, maxLength: 8 }), (changes) => {
        const file = structuredClone(sample) as { workbook: Record<EntityCollection, Array<Record<string, unknown>>> };
        for (const { collection, row, id, unknown } of changes) {
          const rows = file.workbook[collection];
          const entity = rows[row % Math.max(rows.length, 1)];
          for (const link of collections[collection].links) {
            if (!entity || link.onDelete === 'remove-record-key' || 'key' in link) continue;
            const pointAt = unknown ? `not-in-the-file-${id}` : (sampleIds[id % sampleIds.length] ?? '');
            entity[link.field] = Array.isArray(entity[link.field]) ? [pointAt] : pointAt;
          }
        }
        checkReading(encode(JSON.stringify(file)));
      }),
      { seed, numRuns: 500 },
    );
  });

  test('the sample with fields deleted, given values of the wrong type, or pointed at other ids', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const file = structuredClone(sample);
        for (const change of mutations) mutate(file, change);
        checkReading(encode(JSON.stringify(file)));
      }),
      { seed, numRuns: 2_500 },
    );
  });
});
