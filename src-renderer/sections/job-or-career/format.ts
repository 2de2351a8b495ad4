import { overallReadings } from '@shared/job-or-career';

/** The thresholds of the overall reading, stated as the code applies them. */
export const thresholdText = overallReadings
  .map((reading, index) => {
    const next = overallReadings[index + 1];
    if (index === 0 && next) return `below ${next.from}: ${reading.label}`;
    return next ? `${reading.from} to under ${next.from}: ${reading.label}` : `${reading.from} and above: ${reading.label}`;
  })
  .join('; ');

/** "3.4" in the person's locale. */
export function formatAverage(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}
