/*
 * Reading amounts the person types (a cost, hours) by the locale chosen in Settings, without guessing:
 * what can only mean one thing is read, what could mean two things gets a message.
 */

export type ParsedAmount =
  | { ok: true; value: number | null }
  /** `problem` completes a sentence that starts with the field's name: "Cost has “,” …". */
  | { ok: false; problem: string };

export type NumberSeparators = { group: string; decimal: string };

/** The locale's grouping and decimal separators, e.g. en-GB `,` and `.`, de-DE `.` and `,`, fr-FR U+202F and `,`. */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const spaces = /[\s\u00A0\u2007\u2009\u202F]/u;
const allowed = /^[\d\s\u00A0\u2007\u2009\u202F.,'’]+$/u;

function example(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** An integer part with separators in it is read only when every separator sits where grouping puts it. */
function groupsFit(integer: string, locale: string): boolean {
  const groups = integer.split(/[^\d]/u);
  if (groups.some((group) => group === '')) return false;
  const [first = '', ...rest] = groups;
  if (first.length <= 3 && rest.every((group) => group.length === 3)) return true;
  // Grouping of the locale's own kind, e.g. 12,34,567 in en-IN.
  const own = new Intl.NumberFormat(locale, { useGrouping: true }).format(Number(groups.join('')));
  return own.replace(/[^\d]+/gu, '|') === groups.join('|');
}

/**
 * A typed amount as a number by the locale's separators: blank is "not set" (null); the decimal
 * separator is read as one ("1.250" is 1.25 in English, 1250 in German); grouping is read where it
 * fits ("1,250.5"); a lone other separator before one or two digits is a decimal separator typed the
 * other way round ("49,50" is 49.5 in English); anything that could be read two ways, or has a
 * separator where none can go, is a problem to show at the field.
 */
export function parseAmount(text: string, locale: string): ParsedAmount {
  const { group, decimal } = numberSeparators(locale);
  const sample = `must be a number, like 250 or ${example(locale, 12.5)}`;
  let body = text.trim();
  if (body === '') return { ok: true, value: null };
  const negative = /^[-\u2212]/u.test(body);
  if (negative) body = body.slice(1).trim();
  if (!allowed.test(body) || !/\d/u.test(body)) return { ok: false, problem: sample };

  let integer = body;
  let fraction = '';
  const decimalAt = body.indexOf(decimal);
  if (decimalAt >= 0) {
    integer = body.slice(0, decimalAt);
    fraction = body.slice(decimalAt + 1);
    if (!/^\d+$/u.test(fraction)) {
      const stray = fraction.replace(/\d/gu, '').charAt(0);
      return {
        ok: false,
        problem: `has “${stray}” after the decimal point “${decimal}”; type it like ${example(locale, 1250.5)}`,
      };
    }
  } else {
    const separators = body.match(/[^\d]+/gu) ?? [];
    const lone = separators.length === 1 ? separators[0] : undefined;
    if (lone !== undefined && lone.length === 1 && !spaces.test(lone)) {
      const tail = body.slice(body.indexOf(lone) + 1);
      if (tail.length <= 2) {
        integer = body.slice(0, body.indexOf(lone));
        fraction = tail;
      } else if (tail.length === 3 && lone !== group) {
        const whole = Number(body.replace(lone, ''));
        return {
          ok: false,
          problem: `could mean ${example(locale, whole)} or ${example(locale, whole / 1000)}; type one of those`,
        };
      }
    }
  }
  if (integer === '') integer = '0';
  if (/[^\d]/u.test(integer) && !groupsFit(integer, locale)) {
    const stray = integer.replace(/\d/gu, '').charAt(0);
    const shown = spaces.test(stray) ? 'a space' : `“${stray}”`;
    return { ok: false, problem: `has ${shown} where it cannot go; type it like ${example(locale, 1250.5)}` };
  }
  const value = Number(`${integer.replace(/[^\d]/gu, '')}.${fraction || '0'}`);
  return { ok: true, value: negative ? -value : value };
}

/** An amount as the person would type it in the locale, without grouping: 1.25 → "1,25" in German. */
export function amountForInput(value: number | null, locale: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
