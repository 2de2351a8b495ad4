import { z } from './zod';
import { visibleName } from './names';

/**
 * Fields that hold things a person may not want to share (contact details, reflections, notes).
 * "Share" exports walk the schemas and leave out every field registered here.
 */
export const privateFields = z.registry<{ private: true }>();

export const entityId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may only contain letters, digits, - and _');

export const isoTimestamp = z.iso.datetime({ offset: true, message: 'must be a date and time' });

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * The years a date in a career plan may fall in. Anything outside is a typing slip (0001, 9999) that
 * would otherwise turn into durations of thousands of years; date inputs take the same bounds.
 */
export const dateYears = { earliest: 1900, latest: 2200 } as const;
const yearRangeMessage = `must be between ${dateYears.earliest} and ${dateYears.latest}`;

function isWithinDateYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= dateYears.earliest && year <= dateYears.latest;
}

/** A calendar date of year, month or day precision: `2027`, `2027-03`, `2027-03-15`. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2027, 2027-03 or 2027-03-15')
  .refine(isRealCalendarDate, 'must be a real calendar date')
  .refine(isWithinDateYears, yearRangeMessage);

/** A calendar day: `2027-03-15`. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-03-15')
  .refine(isRealCalendarDate, 'must be a real calendar date')
  .refine(isWithinDateYears, yearRangeMessage);

export const monthDate = z
  .string()
  .regex(/^\d{4}(-\d{2})?$/, 'must be a month like 2027-03 (or a year)')
  .refine(isRealCalendarDate, 'must be a real calendar date')
  .refine(isWithinDateYears, yearRangeMessage);

export const level = z
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 5')
  .max(5, 'must be between 1 and 5');

/**
 * Characters that show nothing on their own: spaces, format characters (zero-width space and joiners,
 * word joiner, soft hyphen, byte order mark) and the blank fillers of Hangul and Braille.
 */
/** Whether a text shows anything at all: a name of zero-width spaces would leave a blank row. */
export function hasVisibleText(text: string): boolean {
  return visibleName(text) !== '';
}

export const shortText = (max = 200) => z.string().trim().max(max, `must be at most ${max} characters`);
/** A name or title: trimmed, with at least one visible character. */
export const requiredText = (max = 200) =>
  z
    .string()
    .trim()
    .refine(hasVisibleText, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
export const longText = (max = 20_000) => z.string().max(max, `must be at most ${max} characters`);
export const privateText = (max = 20_000) => longText(max).register(privateFields, { private: true });

export const idList = z.array(entityId).max(10_000);

/** Position in a user-ordered list; fractional so one item can move without renumbering the rest. */
export const sortOrder = z.number().finite();

export const timestamps = {
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
};
