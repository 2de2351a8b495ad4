/*
 * The figures of the Job or career? section: what each lens asks, the reading of a check, the role a
 * check starts from, and each lens over time. Pure, so the section and the PDF read the same way.
 */
import { daysBetween } from './days';
import { todayIso } from './learning-plan';
import { lensIds, type LensId, type RoleCheck } from './planning';
import type { Experience } from './self-knowledge';

export interface LensGuide {
  name: string;
  /** One line in our words: what the lens looks at. */
  explanation: string;
  jobEnd: string;
  careerEnd: string;
}

export const lensGuides: Readonly<Record<LensId, LensGuide>> = {
  timeHorizon: {
    name: 'Time horizon',
    explanation: 'How far ahead this role makes you look: the next payday, or where you will be in years.',
    jobEnd: 'the next payday',
    careerEnd: 'a long-term direction',
  },
  skillGrowth: {
    name: 'Skill growth',
    explanation: 'Whether you are learning on purpose here, or repeating what you already know.',
    jobEnd: "today's tasks",
    careerEnd: 'deliberate learning',
  },
  commitment: {
    name: 'Commitment',
    explanation: 'How invested you are: easy to walk away from, or part of something you are building.',
    jobEnd: 'easy to leave',
    careerEnd: 'invested',
  },
  motivation: {
    name: 'Motivation',
    explanation: 'What gets you going: the pay and the commute, or the purpose, the interest and the impact.',
    jobEnd: 'outside rewards',
    careerEnd: 'purpose and interest',
  },
  progression: {
    name: 'Progression',
    explanation: 'Whether your steps build on each other, or move sideways without a direction.',
    jobEnd: 'sideways moves',
    careerEnd: 'steps that build',
  },
  identity: {
    name: 'Identity',
    explanation: 'How much of who you are and what you value shows in this work.',
    jobEnd: 'apart from me',
    careerEnd: 'part of me',
  },
  relationships: {
    name: 'Relationships',
    explanation: 'Whether the people here are only for the task, or mentors, sponsors and peers you keep.',
    jobEnd: 'task-bound',
    careerEnd: 'kept over years',
  },
};

export type Score = number | null;
export type LensScores = Readonly<Record<LensId, { score: Score; note: string }>>;

/**
 * The overall readings from the average of the seven scores, lowest first. A reading applies from its
 * `from` (inclusive) up to the next one's. Stated in the section as they are here.
 */
export const overallReadings = [
  { from: 1, label: 'mostly a job' },
  { from: 2, label: 'a job with career elements' },
  { from: 3, label: 'a career step' },
  { from: 4, label: 'a career' },
] as const;
export type OverallLabel = (typeof overallReadings)[number]['label'];

export interface OverallReading {
  /** Lenses scored so far, of seven. */
  rated: number;
  /** The average of the rated lenses, rounded to one decimal; null when none are rated. */
  average: number | null;
  /** Only once every lens is rated: a reading from some lenses would mislead. */
  label: OverallLabel | null;
}

export function overallReading(lenses: LensScores): OverallReading {
  const scores = lensIds.map((lens) => lenses[lens].score).filter((score): score is number => score !== null);
  if (scores.length === 0) return { rated: 0, average: null, label: null };
  const average = Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
  if (scores.length < lensIds.length) return { rated: scores.length, average, label: null };
  const reading = overallReadings.findLast((candidate) => average >= candidate.from) ?? overallReadings[0];
  return { rated: scores.length, average, label: reading.label };
}

export type LensLeaning = 'leans to a job' | 'in between' | 'leans to a career';

/** One lens: 1–2 lean to a job, 3 is in between, 4–5 lean to a career. */
export function lensLeaning(score: Score): LensLeaning | null {
  if (score === null) return null;
  if (score <= 2) return 'leans to a job';
  if (score === 3) return 'in between';
  return 'leans to a career';
}

/** The role a new check starts from: the role still going on (no end) that started last. */
export function currentRole(experiences: ReadonlyArray<Pick<Experience, 'kind' | 'end' | 'start' | 'title' | 'organisation'>>) {
  let newest: (typeof experiences)[number] | null = null;
  for (const experience of experiences) {
    if (experience.kind !== 'role' || experience.end !== null) continue;
    if (newest === null || startKey(experience.start) > startKey(newest.start)) newest = experience;
  }
  return newest;
}

/** A year alone counts from its January, so "2021" starts before "2021-04". */
function startKey(date: string): string {
  return date.length === 4 ? `${date}-01` : date;
}

/** How a role reads in a check: "Analyst at Acme", or the title alone. */
export function roleLabel(role: { title: string; organisation: string }): string {
  const organisation = role.organisation.trim();
  return organisation ? `${role.title} at ${organisation}` : role.title;
}

type DatedCheck = Pick<RoleCheck, 'id' | 'date' | 'lenses'>;

export interface TrendPoint {
  checkId: string;
  date: string;
  score: number;
}

/** Each lens's rated scores over time, oldest first (ties by id, so the order is stable). */
export function lensTrends(checks: readonly DatedCheck[]): Record<LensId, TrendPoint[]> {
  const oldestFirst = [...checks].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  const trends = Object.fromEntries(lensIds.map((lens) => [lens, [] as TrendPoint[]])) as Record<LensId, TrendPoint[]>;
  for (const check of oldestFirst) {
    for (const lens of lensIds) {
      const score = check.lenses[lens].score;
      if (score !== null) trends[lens].push({ checkId: check.id, date: check.date, score });
    }
  }
  return trends;
}

/** The change from a lens's previous rated score to its latest: +2, 0, -1; null with fewer than two. */
export function lensChange(points: readonly TrendPoint[]): number | null {
  const latest = points.at(-1);
  const previous = points.at(-2);
  return latest && previous ? latest.score - previous.score : null;
}

/** A check is worth repeating after about three months: the role may have moved since. */
export const recheckAfterDays = 91;

/** How long ago the latest check was, and whether it is time for another; null without checks. */
export function checkAge(latestDate: string | null, now: Date): { days: number; due: boolean } | null {
  if (latestDate === null) return null;
  const days = daysBetween(latestDate, todayIso(now));
  return { days, due: days >= recheckAfterDays };
}

/** Every lens unrated: how a new check starts. */
export function unratedLenses(): Record<LensId, { score: null; note: string }> {
  return Object.fromEntries(lensIds.map((lens) => [lens, { score: null, note: '' }])) as Record<LensId, { score: null; note: string }>;
}
