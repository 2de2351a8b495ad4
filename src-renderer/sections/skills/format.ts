import { learningKinds, learningStatuses } from '@shared/workbook';
import type { LearningFlag } from '@shared/learning-plan';

export type LearningKind = (typeof learningKinds)[number];
export type LearningStatus = (typeof learningStatuses)[number];

export const kindLabels: Readonly<Record<LearningKind, string>> = {
  course: 'Course',
  certification: 'Certification',
  project: 'Project',
  'stretch-assignment': 'Stretch assignment',
  mentoring: 'Mentoring',
  reading: 'Reading',
};

export const statusLabels: Readonly<Record<LearningStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const flagLabels: Readonly<Record<LearningFlag, string>> = {
  overdue: 'Overdue',
  expired: 'Expired',
  expiring: 'Expires soon',
};

export const kindOptions = learningKinds.map((value) => ({ value, label: kindLabels[value] }));
export const statusOptions = learningStatuses.map((value) => ({ value, label: statusLabels[value] }));

export function formatCost(value: number, locale: string, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

export function formatHours(value: number, locale: string): string {
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return value === 1 ? `${hours} hour` : `${hours} hours`;
}

/** The currency's symbol in the chosen locale, for field labels like "Cost (€)". */
export function currencySymbol(locale: string, currency: string): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency })
    .formatToParts(0)
    .find((piece) => piece.type === 'currency');
  return part?.value ?? currency;
}
