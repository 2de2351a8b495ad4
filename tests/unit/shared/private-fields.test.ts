import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';
import { privateFieldPaths, withoutPrivateFields } from '../../../src-main/shared/private-fields';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../../src-main/shared/workbook';

function readSample(): WorkbookSnapshot {
  const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../resources/samples/maya-okafor.waypoint')));
  const result = readWorkbookBytes(bytes);
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

describe('private fields', () => {
  it('lists every field the model marks private, including ones with a default', () => {
    expect(privateFieldPaths()).toEqual(
      expect.arrayContaining([
        'vision.notes',
        'people.contact',
        'people.notes',
        'interactions.notes',
        'reviews.moved',
        'reviews.stuck',
        'reviews.learned',
        'reviews.next',
      ]),
    );
    expect(privateFieldPaths()).not.toContain('people.name');
    expect(privateFieldPaths()).not.toContain('skills.name');
  });

  it('empties them in a shared copy that still validates, and leaves the original alone', () => {
    const sample = readSample();
    const person = sample.people.find((row) => row.contact !== '' || row.notes !== '');
    const review = sample.reviews.find((row) => row.moved !== '');
    expect(person, 'the sample has a person with contact details or notes').toBeDefined();
    expect(review, 'the sample has a review with reflections').toBeDefined();

    const shared = withoutPrivateFields(sample);

    expect(workbookSnapshotSchema.safeParse(shared).success).toBe(true);
    for (const row of shared.people) expect([row.contact, row.notes]).toEqual(['', '']);
    for (const row of shared.reviews) expect([row.moved, row.stuck, row.learned, row.next]).toEqual(['', '', '', '']);
    for (const row of shared.interactions) expect(row.notes).toBe('');
    expect(shared.vision?.notes ?? '').toBe('');
    expect(shared.people.map((row) => row.name)).toEqual(sample.people.map((row) => row.name));
    expect(shared.vision?.fiveYears).toBe(sample.vision?.fiveYears);
    expect(sample.people.find((row) => row.id === person?.id)).toEqual(person);
  });
});
