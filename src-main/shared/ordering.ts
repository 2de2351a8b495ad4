/** Comparators for list(): plain data in, plain order out. */

export function byTextAsc<T>(text: (item: T) => string) {
  return (a: T, b: T): number => text(a).localeCompare(text(b), undefined, { sensitivity: 'base' });
}

export function byTextDesc<T>(text: (item: T) => string) {
  return (a: T, b: T): number => text(b).localeCompare(text(a));
}

/** Dates as ISO strings compare as text; entities without a date go last. */
export function byOptionalDateAsc<T>(date: (item: T) => string | null) {
  return (a: T, b: T): number => {
    const first = date(a);
    const second = date(b);
    if (first === second) return 0;
    if (first === null) return 1;
    if (second === null) return -1;
    return first.localeCompare(second);
  };
}
