/*
 * Calendar dates of the model (`2027`, `2027-03`, `2027-03-15`) in words of the chosen locale, for
 * every section and, later, the PDF. Formatters are kept per locale and precision: building an
 * Intl.DateTimeFormat costs far more than using one, and lists format a date per row.
 */

type Precision = 'month' | 'day';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `2027` → "2027", `2027-03` → "March 2027", `2027-03-15` → "15 Mar 2027" (in the chosen locale). */
export function formatPartialDate(date: string, locale: string): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const moment = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
  return formatterFor(locale, day === undefined ? 'month' : 'day').format(moment);
}
