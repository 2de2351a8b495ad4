import { describe, expect, it } from 'vitest';
import { dateYears, isoDay, monthDate, partialDate } from '../../../src-main/shared/model-primitives';
import { experienceSchema } from '../../../src-main/shared/workbook';

const message = 'must be between 1900 and 2200';

describe('dates stay within the years of a career plan', () => {
  it('names the bounds the date inputs use', () => {
    expect(dateYears).toEqual({ earliest: 1900, latest: 2200 });
  });

  it.each([
    ['partial date', partialDate, ['1900', '1900-01', '2200-12-31', '2027-03']],
    ['month', monthDate, ['1900-01', '2200-12', '2027']],
    ['day', isoDay, ['1900-01-01', '2200-12-31']],
  ] as const)('a %s accepts the bounds themselves', (_kind, schema, values) => {
    for (const value of values) expect(schema.safeParse(value).success, value).toBe(true);
  });

  it.each([
    ['partial date', partialDate, ['0001-01', '1899-12-31', '2201', '9999-12']],
    ['month', monthDate, ['0001-01', '1899-12', '2201-01', '9999-12']],
    ['day', isoDay, ['0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31']],
  ] as const)('a %s outside them is refused with a plain message', (_kind, schema, values) => {
    for (const value of values) {
      const result = schema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
    }
  });

  it('refuses an experience ending in 9999 at the end field', () => {
    const role = {
      id: 'northwind',
      kind: 'role',
      title: 'Data analyst',
      organisation: 'Northwind Freight',
      start: '2024-02',
      end: '9999-12',
      description: '',
      achievements: [],
      skillLinks: [],
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    const issues = experienceSchema.safeParse(role).error?.issues ?? [];
    expect(issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))).toContainEqual({
      path: 'end',
      message,
    });
  });
});
