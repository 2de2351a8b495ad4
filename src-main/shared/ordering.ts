/** Comparators for list(): plain data in, plain order out. */

// One collator for every sort: `localeCompare` with options builds one per comparison, which made
// sorting a thousand names take about a hundred times longer.
const textOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Names as a person reads them: case and accents aside, "Person 9" before "Person 10". */
export function byTextAsc<T>(text: (item: T) => string) {
  return (a: T, b: T): number => textOrder.compare(text(a), text(b));
}

function compareIso(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/** Newest first; ISO dates and timestamps order as plain text. */
export function byDateDesc<T>(date: (item: T) => string) {
  return (a: T, b: T): number => compareIso(date(b), date(a));
}

/** Oldest first; entities without a date go last. */
export function byOptionalDateAsc<T>(date: (item: T) => string | null) {
  return (a: T, b: T): number => {
    const first = date(a);
    const second = date(b);
    if (first === second) return 0;
    if (first === null) return 1;
    if (second === null) return -1;
    return compareIso(first, second);
  };
}

/** The item with the latest date (ISO text), or null for none; the first of equals wins. */
export function latestBy<T>(items: readonly T[], date: (item: T) => string): T | null {
  let latest: T | null = null;
  for (const item of items) if (latest === null || date(item) > date(latest)) latest = item;
  return latest;
}
