import { describe, expect, it } from 'vitest';
import { byDateDesc, byOptionalDateAsc, byTextAsc } from '../../../src-main/shared/ordering';

describe('list orders', () => {
  it('orders names as a person reads them: case and accents aside, numbers by value', () => {
    const names = ['person 10', 'Émile', 'Person 9', 'anna', 'Zoë', 'Ada'];
    expect([...names].sort(byTextAsc((name: string) => name))).toEqual(['Ada', 'anna', 'Émile', 'Person 9', 'person 10', 'Zoë']);
  });

  it('puts the newest date first, timestamps included', () => {
    const dates = ['2025-03-01', '2026-01-15', '2024-12-31', '2026-01-15T08:00:00.000Z'];
    expect([...dates].sort(byDateDesc((date: string) => date))).toEqual(['2026-01-15T08:00:00.000Z', '2026-01-15', '2025-03-01', '2024-12-31']);
  });

  it('puts the oldest date first and undated ones last, month precision before the days of later months', () => {
    const dates = [null, '2026-05', '2026-04-30', null, '2025-12-01'];
    expect([...dates].sort(byOptionalDateAsc((date: string | null) => date))).toEqual(['2025-12-01', '2026-04-30', '2026-05', null, null]);
  });
});
