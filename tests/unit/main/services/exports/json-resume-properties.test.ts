import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../../../src-main/services/exports/json-resume';
import { addResumeToSnapshot } from '../../../../../src-main/services/exports/json-resume-merge';
import { repeatedIds } from '../../../../../src-main/shared/collections';
import { workbookSnapshotSchema } from '../../../../../src-main/shared/workbook';
import { readSample } from './sample';

function context() {
  let count = 0;
  return { newId: () => `p-${(count += 1)}`, now: '2026-11-30T10:00:00.000Z' };
}

/** Values people put in résumé fields, right and wrong. */
const fieldValue = fc.oneof(
  fc.string(),
  fc.constantFrom('2019', '2019-03', '2019-3-1', 'Present', 'March 2019', '13/2019', 'Advanced', '4/5', '', '   ', '\u200b'),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);
const entry = fc.dictionary(
  fc.constantFrom('name', 'position', 'company', 'institution', 'area', 'studyType', 'organization', 'startDate', 'endDate', 'summary', 'highlights', 'keywords', 'level', 'date', 'issuer', 'extra'),
  fieldValue,
);
const section = fc.oneof(fc.array(fc.oneof(entry, fieldValue), { maxLength: 5 }), entry, fieldValue);
const resume = fc.record(
  {
    basics: fc.oneof(fc.dictionary(fc.constantFrom('name', 'label', 'email', 'summary'), fieldValue), fieldValue),
    work: section,
    education: section,
    volunteer: section,
    projects: section,
    skills: section,
    certificates: section,
    awards: section,
  },
  { requiredKeys: [] },
);

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('readJsonResume with generated résumés', () => {
  it('either gives a workbook that validates, with unique ids, or a refusal in words; it never throws', () => {
    fc.assert(
      fc.property(resume, (data) => {
        const result = readJsonResume(bytes(data), context());
        if (result.status === 'refused') {
          expect(result.message.length).toBeGreaterThan(10);
          return;
        }
        expect(workbookSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
        expect(repeatedIds(result.snapshot)).toEqual([]);
        const merged = addResumeToSnapshot(readSample(), result.snapshot, context().newId).snapshot;
        expect(workbookSnapshotSchema.safeParse(merged).success).toBe(true);
        expect(repeatedIds(merged)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses arbitrary bytes and JSON values in words, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.jsonValue().map(bytes)), (input) => {
        const result = readJsonResume(input, context());
        if (result.status === 'ok') expect(workbookSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
        else expect(result.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
