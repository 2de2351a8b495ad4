import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityCollections } from '../../../src-main/shared/collections';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';
import { snapshotCounts } from '../../../src-main/shared/workbook-summary';

const sample = readWorkbookBytes(readFileSync(join(import.meta.dirname, '../../../resources/samples/maya-okafor.waypoint')));

describe('snapshotCounts', () => {
  it('counts every kind of entry in registry order, in words with the right number', () => {
    if (sample.status !== 'ok') throw new Error(sample.message);
    const counts = snapshotCounts(sample.snapshot);
    expect(counts.map(({ collection }) => collection)).toEqual(entityCollections);
    for (const { collection, count, words } of counts) {
      expect(count).toBe(sample.snapshot[collection].length);
      expect(words).toMatch(new RegExp(`^${count} \\S`));
    }
    const people = counts.find(({ collection }) => collection === 'people');
    expect(people?.words).toBe(`${sample.snapshot.people.length} people`);
  });

  it('leaves out kinds with no entries when asked, and says one in the singular', () => {
    if (sample.status !== 'ok') throw new Error(sample.message);
    const snapshot = { ...sample.snapshot, people: sample.snapshot.people.slice(0, 1), reviews: [] };
    const counts = snapshotCounts(snapshot, { nonEmpty: true });
    expect(counts.find(({ collection }) => collection === 'people')?.words).toBe('1 person');
    expect(counts.some(({ collection }) => collection === 'reviews')).toBe(false);
  });
});
