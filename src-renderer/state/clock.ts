import { todayIso } from '@shared/learning-plan';

/** Today in the person's time zone, as an ISO day. */
export function currentDay(): string {
  return todayIso(new Date());
}

/** The moment now as an ISO timestamp, for fields that record when something happened (not reactive). */
export function currentTimestamp(): string {
  return new Date().toISOString();
}
