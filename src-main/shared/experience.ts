import type { experienceKinds, Experience } from './workbook';
import { newSkill } from './skills-plan';
import { foldName } from './names';

/*
 * Pure helpers for the career record: timeline order, periods and durations in words, overlapping
 * periods, search, and the small list edits the Experience section makes (achievements, skill links).
 */

export type ExperienceKind = (typeof experienceKinds)[number];
export type SkillLink = Experience['skillLinks'][number];
export type SkillRelation = SkillLink['relation'];

/** A period as the model stores it: `2021-04` or `2021`, and an end of null while it is still going on. */
export interface Period {
  start: string;
  end: string | null;
}

export const experienceKindWords: Readonly<Record<ExperienceKind, { one: string; many: string }>> = {
  role: { one: 'Role', many: 'Roles' },
  education: { one: 'Education', many: 'Education' },
  volunteering: { one: 'Volunteering', many: 'Volunteering' },
  project: { one: 'Project', many: 'Projects' },
};

/**
 * A month as a number (months since year 0), so periods compare and subtract as numbers. A date of
 * year precision counts from January when it starts a period and up to December when it ends one.
 */
export function monthNumber(date: string, edge: 'start' | 'end'): number {
  // Sorting a long record calls this tens of thousands of times, so it slices rather than splits.
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : edge === 'start' ? 1 : 12;
  return year * 12 + month - 1;
}

/** The month `today` falls in, in local time (the person's calendar, not UTC). */
export function monthOf(today: Date): number {
  return today.getFullYear() * 12 + today.getMonth();
}

/** Timeline order: what is still going on first, then by end, newest first; ties by start, newest first. */
export function compareNewestFirst(a: Period, b: Period): number {
  if (a.end === null || b.end === null) {
    if (a.end !== b.end) return a.end === null ? -1 : 1;
  } else {
    const byEnd = monthNumber(b.end, 'end') - monthNumber(a.end, 'end');
    if (byEnd !== 0) return byEnd;
  }
  return monthNumber(b.start, 'start') - monthNumber(a.start, 'start');
}

/** A sorted copy, in the order of compareNewestFirst; equal periods keep their given order. */
export function sortNewestFirst<T extends Period>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({
    item,
    end: item.end === null ? Number.POSITIVE_INFINITY : monthNumber(item.end, 'end'),
    start: monthNumber(item.start, 'start'),
  }));
  keyed.sort((a, b) => (a.end === b.end ? b.start - a.start : b.end > a.end ? 1 : -1));
  return keyed.map(({ item }) => item);
}

/** The year marker an entry sits under on the timeline: its end year, or 'present' while it goes on. */
export function timelineYear(period: Period): number | 'present' {
  return period.end === null ? 'present' : Math.floor(monthNumber(period.end, 'end') / 12);
}

/** Whole months covered, counting both the first and the last month (April to June is 3 months). */
export function durationInMonths(period: Period, today: Date): number {
  const last = period.end === null ? monthOf(today) : monthNumber(period.end, 'end');
  return Math.max(0, last - monthNumber(period.start, 'start') + 1);
}

interface DurationFormatter {
  format(duration: { years?: number; months?: number }): string;
}

type DurationFormatConstructor = new (locale: string, options: { style: 'short' }) => DurationFormatter;

function durationFormatConstructor(): DurationFormatConstructor | undefined {
  const candidate: unknown = Reflect.get(Intl, 'DurationFormat');
  return typeof candidate === 'function' ? (candidate as DurationFormatConstructor) : undefined;
}

/** Where Intl.DurationFormat is missing (older engines), units are formatted one by one and joined as a list. */
class UnitListFormatter implements DurationFormatter {
  private readonly years: Intl.NumberFormat;
  private readonly months: Intl.NumberFormat;
  private readonly list: Intl.ListFormat;

  constructor(locale: string) {
    this.years = new Intl.NumberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'short' });
    this.months = new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'short' });
    this.list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  }

  format({ years = 0, months = 0 }: { years?: number; months?: number }): string {
    const parts = [years > 0 ? this.years.format(years) : null, months > 0 ? this.months.format(months) : null];
    return this.list.format(parts.filter((part) => part !== null));
  }
}

/** Per locale: the formatter, and what it said for each number of months (a record repeats them a lot). */
const durations = new Map<string, { formatter: DurationFormatter; said: Map<number, string> }>();

function durationsIn(locale: string): { formatter: DurationFormatter; said: Map<number, string> } {
  let cached = durations.get(locale);
  if (!cached) {
    const DurationFormat = durationFormatConstructor();
    const formatter = DurationFormat ? new DurationFormat(locale, { style: 'short' }) : new UnitListFormatter(locale);
    cached = { formatter, said: new Map() };
    durations.set(locale, cached);
  }
  return cached;
}

/** "2 yrs, 3 mths" (words and order from the locale); an empty string for no time at all. */
export function formatDuration(months: number, locale: string): string {
  if (months <= 0) return '';
  const { formatter, said } = durationsIn(locale);
  let text = said.get(months);
  if (text === undefined) {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    text = formatter.format(years > 0 ? { years, months: rest } : { months: rest });
    said.set(months, text);
  }
  return text;
}

interface MonthWords {
  month: Intl.DateTimeFormat;
  year: Intl.DateTimeFormat;
  said: Map<string, string>;
}

const monthWords = new Map<string, MonthWords>();

/** "Apr 2021" for a month, "2021" for a year, in the locale's words. */
export function formatMonth(date: string, locale: string): string {
  let words = monthWords.get(locale);
  if (!words) {
    words = {
      month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
      said: new Map(),
    };
    monthWords.set(locale, words);
  }
  let text = words.said.get(date);
  if (text === undefined) {
    const [year = 0, month] = date.split('-').map(Number);
    const moment = Date.UTC(year, (month ?? 1) - 1, 1);
    text = month === undefined ? words.year.format(moment) : words.month.format(moment);
    words.said.set(date, text);
  }
  return text;
}

/** "Apr 2021 – present", "Sept 2019 – Mar 2021", or one month alone when it started and ended in it. */
export function formatPeriod(period: Period, locale: string, presentWord = 'present'): string {
  const start = formatMonth(period.start, locale);
  if (period.end === period.start) return start;
  return `${start} – ${period.end === null ? presentWord : formatMonth(period.end, locale)}`;
}

/** Who ran alongside one entry: the first few ids (as many as asked for) and how many there are in all. */
export interface Overlaps {
  ids: string[];
  count: number;
}

/**
 * Which entries ran at the same time, by id. Overlaps are normal (a course beside a job); a handover
 * month alone (one role ends in April, the next starts in April) does not count, unless one period
 * lies entirely inside the other. `keep` caps the ids listed per entry (the count stays exact), so a
 * long record with many parallel entries stays cheap.
 */
export function findOverlaps(
  items: ReadonlyArray<Period & { id: string }>,
  keep = Number.POSITIVE_INFINITY,
): Map<string, Overlaps> {
  const spans = items
    .map((item) => ({
      id: item.id,
      first: monthNumber(item.start, 'start'),
      last: item.end === null ? Number.POSITIVE_INFINITY : monthNumber(item.end, 'end'),
    }))
    .sort((a, b) => a.first - b.first);
  const overlaps = new Map<string, Overlaps>();
  const add = (from: string, to: string) => {
    let found = overlaps.get(from);
    if (!found) {
      found = { ids: [], count: 0 };
      overlaps.set(from, found);
    }
    found.count += 1;
    if (found.ids.length < keep) found.ids.push(to);
  };
  const running: typeof spans = [];
  for (const span of spans) {
    // Drop the spans that ended before this one started, in place.
    let kept = 0;
    for (const other of running) if (other.last >= span.first) running[kept++] = other;
    running.length = kept;
    for (const other of running) {
      const shared = Math.min(other.last, span.last) - span.first + 1;
      const contained = span.last <= other.last || (other.first === span.first && other.last <= span.last);
      if (shared >= 2 || contained) {
        add(span.id, other.id);
        add(other.id, span.id);
      }
    }
    running.push(span);
  }
  return overlaps;
}

/** A typed name matched against names in the inventory by the one name rule (shared/names.ts). */
export function findByName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  const wanted = foldName(name);
  return wanted === '' ? undefined : items.find((item) => foldName(item.name) === wanted);
}

/** Everything a search can match in one entry, lower-cased once so that filtering stays cheap. */
export function searchTextOf(experience: Experience, skillName: (id: string) => string | undefined): string {
  const skills = experience.skillLinks.map((link) => skillName(link.skillId) ?? '');
  return [experience.title, experience.organisation, experience.description, ...experience.achievements, ...skills]
    .join('\n')
    .toLocaleLowerCase();
}

/** True when every word of the query appears somewhere in the text (from searchTextOf). */
export function matchesSearch(searchText: string, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}

/** A copy with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length) return copy;
  const moving = copy.splice(from, 1);
  copy.splice(Math.min(Math.max(to, 0), copy.length), 0, ...moving);
  return copy;
}

export function replaceItem<T>(items: readonly T[], index: number, value: T): T[] {
  return items.map((item, position) => (position === index ? value : item));
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** Links a skill once; linking it again keeps the existing link as it is. */
export function linkSkill(links: readonly SkillLink[], skillId: string, relation: SkillRelation = 'used'): SkillLink[] {
  return links.some((link) => link.skillId === skillId) ? [...links] : [...links, { skillId, relation }];
}

export function setSkillRelation(links: readonly SkillLink[], skillId: string, relation: SkillRelation): SkillLink[] {
  return links.map((link) => (link.skillId === skillId ? { ...link, relation } : link));
}

export function unlinkSkill(links: readonly SkillLink[], skillId: string): SkillLink[] {
  return links.filter((link) => link.skillId !== skillId);
}

/** A skill added from an experience: not rated yet, to be rated later in Skills. */
export function newSkillFromExperience(name: string): ReturnType<typeof newSkill> {
  return newSkill(name.trim().replace(/\s+/g, ' '), 'transferable');
}
