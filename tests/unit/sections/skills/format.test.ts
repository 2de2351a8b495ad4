import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '@shared/date-words';
import { currencySymbol, formatCost, formatHours } from '../../../../src-renderer/sections/skills/format';

describe('formatting in the chosen locale', () => {
  it('writes partial dates at their own precision', () => {
    expect(formatPartialDate('2027', 'en-GB')).toBe('2027');
    expect(formatPartialDate('2027-03', 'en-GB')).toBe('March 2027');
    expect(formatPartialDate('2027-03-15', 'en-GB')).toBe('15 Mar 2027');
    expect(formatPartialDate('2027-03-15', 'de-DE')).toBe('15.03.2027');
  });

  it('writes costs in the currency and hours in words', () => {
    expect(formatCost(1490, 'en-GB', 'EUR')).toBe('€1,490.00');
    expect(formatCost(49.5, 'de-DE', 'EUR')).toBe('49,50\u00a0€');
    expect(currencySymbol('en-GB', 'GBP')).toBe('£');
    expect(formatHours(1, 'en-GB')).toBe('1 hour');
    expect(formatHours(12.5, 'en-GB')).toBe('12.5 hours');
  });
});
