import type { CareerPath } from './planning';

/*
 * What the parts of a path are called on screen and in print, in our own words.
 */

type Experiment = CareerPath['uncertainties'][number]['experiments'][number];

export const pathKindLabels: Readonly<Record<CareerPath['kind'], { label: string; hint: string }>> = {
  current: { label: 'Current track', hint: 'Where your work leads if you keep going as you are.' },
  alternative: { label: 'Alternative', hint: 'A different direction you could realistically take.' },
  'wild-card': { label: 'Wild card', hint: 'The one you would try if money and opinions did not matter.' },
};

export const pathStatusLabels: Readonly<Record<CareerPath['status'], string>> = {
  exploring: 'Exploring',
  pursuing: 'Pursuing',
  parked: 'Parked',
  dropped: 'Dropped',
};

export const gaugeLabels: Readonly<Record<keyof CareerPath['gauges'], { label: string; low: string; high: string }>> = {
  resources: { label: 'Resources: the time, money and support it would take', low: 'far off', high: 'within reach' },
  liking: { label: 'Liking: how much you would enjoy the daily work', low: 'not much', high: 'a lot' },
  confidence: { label: 'Confidence: how sure you are that you could do it', low: 'unsure', high: 'sure' },
  coherence: { label: 'Coherence: how well it fits the rest of your life', low: 'clashes', high: 'fits' },
};

/** Short column headings for the gauges in the comparison table. */
export const gaugeShortLabels: Readonly<Record<keyof CareerPath['gauges'], string>> = {
  resources: 'Resources',
  liking: 'Liking',
  confidence: 'Confidence',
  coherence: 'Coherence',
};

export const experimentKindLabels: Readonly<Record<Experiment['kind'], string>> = {
  'informational-interview': 'Informational interview',
  'side-project': 'Side project',
  course: 'Course',
  shadowing: 'Shadowing',
  other: 'Other',
};

export const experimentStatusLabels: Readonly<Record<Experiment['status'], string>> = {
  idea: 'Idea',
  planned: 'Planned',
  done: 'Done',
};

/** Skill coverage for reading: "50 %" in the locale's way, or why there is no figure. */
export function coverageText(coverage: number | null, locale: string): string {
  if (coverage === null) return 'No skills listed yet';
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(coverage / 100);
}

/** Values alignment for reading, with its sign ("+25 %", "−50 %"), or why there is no figure. */
export function alignmentText(alignment: number | null, locale: string): string {
  if (alignment === null) return 'Not marked yet';
  return new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero' }).format(alignment / 100);
}
