/*
 * Lenient readers for the fields of a JSON Resume as people really write them: numbers where text was
 * meant, one string where a list was meant, dates of any precision ("2019", "2019-3", "March 2019",
 * "2019-03-15T00:00:00Z"), "Present" for an open end, and level words instead of numbers.
 */
import { dateYears } from '../../shared/model-primitives';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a field: strings trimmed, numbers written out, anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Text cut to the model's limit (with an ellipsis), reporting whether it had to be shortened. */
export function fit(value: string, max: number, shortened: () => void): string {
  if (value.length <= max) return value;
  shortened();
  return `${value.slice(0, max - 1).trimEnd()}…`;
}

/** A list field: a list as it is, a single value as a list of one, anything else none. */
export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  return [value];
}

/** The non-empty texts of a list field (objects and empties left out). */
export function texts(value: unknown): string[] {
  return list(value).map(text).filter((item) => item !== '');
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (value: number) => String(value).padStart(2, '0');

export type ReadDate = { kind: 'date'; date: string } | { kind: 'present' } | { kind: 'none' } | { kind: 'unreadable'; raw: string };

const presentWords = new Set(['present', 'now', 'current', 'currently', 'today', 'ongoing', 'heute', 'actuel', 'actualidad']);

/**
 * A date of year or month precision (what Experience keeps): `2019`, `2019-03`. Days are dropped;
 * "Present" and its kin read as an open end; a date outside the years Waypoint takes is unreadable.
 */
export function monthOf(value: unknown): ReadDate {
  const raw = text(value);
  if (raw === '') return { kind: 'none' };
  if (presentWords.has(raw.toLowerCase())) return { kind: 'present' };
  let year: number | undefined;
  let month: number | undefined;
  const numeric = /^(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?(?:[T ].*)?$/.exec(raw);
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(raw);
  const named = /^([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(raw);
  if (numeric) {
    year = Number(numeric[1]);
    month = numeric[2] === undefined ? undefined : Number(numeric[2]);
  } else if (monthFirst) {
    month = Number(monthFirst[1]);
    year = Number(monthFirst[2]);
  } else if (named) {
    const index = monthNames.indexOf((named[1] ?? '').slice(0, 3).toLowerCase());
    if (index === -1) return { kind: 'unreadable', raw };
    month = index + 1;
    year = Number(named[2]);
  }
  if (year === undefined || year < dateYears.earliest || year > dateYears.latest) return { kind: 'unreadable', raw };
  if (month === undefined) return { kind: 'date', date: String(year) };
  if (month < 1 || month > 12) return { kind: 'unreadable', raw };
  return { kind: 'date', date: `${year}-${pad(month)}` };
}

/** A date of any precision the model takes (`2019`, `2019-03`, `2019-03-15`), or null. */
export function partialDateOf(value: unknown): string | null {
  const raw = text(value);
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(raw);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const real = new Date(Date.UTC(year, month - 1, date));
    const valid = real.getUTCMonth() === month - 1 && real.getUTCDate() === date;
    if (valid && year >= dateYears.earliest && year <= dateYears.latest) return `${day[1]}-${day[2]}-${day[3]}`;
  }
  const read = monthOf(value);
  return read.kind === 'date' ? read.date : null;
}

/** Level words people write in résumés, as proficiency 1–5. */
const levelWords: ReadonlyArray<[RegExp, number]> = [
  [/^(master|expert|guru|native|fluent|c2|excellent)$/, 5],
  [/^(advanced|proficient|strong|senior|very good|c1)$/, 4],
  [/^(intermediate|competent|experienced|good|working|b1|b2|mid|mid-level)$/, 3],
  [/^(elementary|basic|junior|familiar|fair|a2)$/, 2],
  [/^(beginner|novice|learning|entry|entry-level|a1)$/, 1],
];

/**
 * A skill level in words or figures as a proficiency 1–5: "Advanced" → 4, "4/5" → 4, "80%" → 4,
 * "8/10" → 4, 3 → 3. Null when there is none; 'unknown' when it is there but means nothing we know.
 */
export function proficiencyOf(value: unknown): number | null | 'unknown' {
  const raw = text(value).toLowerCase().replace(/\s+/g, ' ');
  if (raw === '') return null;
  const word = levelWords.find(([pattern]) => pattern.test(raw));
  if (word) return word[1];
  const figure = /^(\d+(?:\.\d+)?)\s*(?:(\/|of|out of)\s*(\d+)|(%))?$/.exec(raw);
  if (!figure) return 'unknown';
  const amount = Number(figure[1]);
  const scale = figure[4] === '%' ? 100 : figure[3] === undefined ? 5 : Number(figure[3]);
  if (scale <= 0 || amount < 0 || amount > scale) return 'unknown';
  return Math.min(5, Math.max(1, Math.round((amount / scale) * 5)));
}
