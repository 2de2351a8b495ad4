import { liveQuery, type Observable } from 'dexie';

export type { Observable, Subscription } from 'dexie';

/**
 * A query that re-runs whenever the rows it read change (in this window or another), as Dexie's
 * Observable. Svelte stays out of db/: state classes subscribe and keep the latest value.
 * The query must only await Dexie calls (other promises would end its read transaction).
 */
export function live<T>(query: () => Promise<T>): Observable<T> {
  return liveQuery(query);
}
