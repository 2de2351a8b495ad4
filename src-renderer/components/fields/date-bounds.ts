import { dateYears } from '@shared/model-primitives';

/** The `min` and `max` of a date input: the years the model accepts, so the picker offers only those. */
export function dateInputBounds(precision: 'month' | 'day'): { min: string; max: string } {
  return precision === 'month'
    ? { min: `${dateYears.earliest}-01`, max: `${dateYears.latest}-12` }
    : { min: `${dateYears.earliest}-01-01`, max: `${dateYears.latest}-12-31` };
}
