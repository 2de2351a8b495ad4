import { describe, expect, it } from 'vitest';
import { amountForInput, numberSeparators, parseAmount } from '@shared/numbers';

const value = (text: string, locale: string) => {
  const parsed = parseAmount(text, locale);
  return parsed.ok ? parsed.value : `problem: ${parsed.problem}`;
};

describe('numberSeparators', () => {
  it('takes the separators from the locale', () => {
    expect(numberSeparators('en-GB')).toEqual({ group: ',', decimal: '.' });
    expect(numberSeparators('de-DE')).toEqual({ group: '.', decimal: ',' });
    expect(numberSeparators('fr-FR')).toEqual({ group: '\u202F', decimal: ',' });
  });
});

describe('parseAmount', () => {
  it('reads blank as not set, and refuses text that is not a number', () => {
    expect(value('  ', 'en-GB')).toBeNull();
    expect(value('twelve', 'en-GB')).toBe('problem: must be a number, like 250 or 12.5');
    expect(value('zwölf', 'de-DE')).toBe('problem: must be a number, like 250 or 12,5');
    expect(value('.', 'en-GB')).toMatch(/^problem/);
  });

  it('reads English (UK) and English (US): point for decimals, comma for thousands', () => {
    for (const locale of ['en-GB', 'en-US']) {
      expect(value('1.250', locale)).toBe(1.25);
      expect(value('2.500', locale)).toBe(2.5);
      expect(value('1,250', locale)).toBe(1250);
      expect(value('1,250.50', locale)).toBe(1250.5);
      expect(value('12,500,000', locale)).toBe(12_500_000);
      expect(value('1 250', locale)).toBe(1250);
      expect(value('.5', locale)).toBe(0.5);
      expect(value('250', locale)).toBe(250);
    }
  });

  it('reads a lone comma before one or two digits as a decimal comma, in English too', () => {
    expect(value('49,50', 'en-GB')).toBe(49.5);
    expect(value('1,5', 'en-GB')).toBe(1.5);
  });

  it('gives English entries that could be read two ways, or with separators out of place, a message', () => {
    expect(value('1.250,50', 'en-GB')).toBe('problem: has “,” after the decimal point “.”; type it like 1,250.5');
    expect(value('1,2345', 'en-GB')).toBe('problem: has “,” where it cannot go; type it like 1,250.5');
    expect(value('12,34,567', 'en-GB')).toMatch(/^problem: has “,” where it cannot go/);
    expect(value('1.2.3', 'en-US')).toMatch(/^problem: has “.” after the decimal point/);
  });

  it('reads German: comma for decimals, point for thousands', () => {
    expect(value('1.250', 'de-DE')).toBe(1250);
    expect(value('1,25', 'de-DE')).toBe(1.25);
    expect(value('1.250,50', 'de-DE')).toBe(1250.5);
    expect(value('1.5', 'de-DE')).toBe(1.5);
    expect(value('1,250.50', 'de-DE')).toBe('problem: has “.” after the decimal point “,”; type it like 1.250,5');
  });

  it('reads French: comma for decimals, narrow no-break spaces (or any space) for thousands', () => {
    expect(value('1\u202F250,5', 'fr-FR')).toBe(1250.5);
    expect(value('1\u00A0250', 'fr-FR')).toBe(1250);
    expect(value('1 250', 'fr-FR')).toBe(1250);
    expect(value('12,5', 'fr-FR')).toBe(12.5);
    expect(value('12.5', 'fr-FR')).toBe(12.5);
    expect(value('1.250,50', 'fr-FR')).toBe(1250.5);
    expect(value('1.250', 'fr-FR')).toBe('problem: could mean 1\u202F250 or 1,25; type one of those');
    expect(value('1 25', 'fr-FR')).toBe('problem: has a space where it cannot go; type it like 1\u202F250,5');
  });

  it('reads grouping of the locale’s own kind', () => {
    expect(value('12,34,567', 'en-IN')).toBe(1_234_567);
  });

  it('keeps a minus sign, for the model to refuse', () => {
    expect(value('-5', 'en-GB')).toBe(-5);
  });
});

describe('amountForInput', () => {
  it('writes an amount the way it is typed in the locale, without grouping', () => {
    expect(amountForInput(1.25, 'en-GB')).toBe('1.25');
    expect(amountForInput(1.25, 'de-DE')).toBe('1,25');
    expect(amountForInput(1250.5, 'fr-FR')).toBe('1250,5');
    expect(amountForInput(null, 'en-GB')).toBe('');
  });

  it('reads back what it wrote', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR']) {
      for (const amount of [0, 1.25, 12.5, 1250, 1250.75]) expect(value(amountForInput(amount, locale), locale)).toBe(amount);
    }
  });
});
