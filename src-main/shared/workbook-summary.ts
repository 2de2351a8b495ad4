import { collections, entityCollections, type EntityCollection } from './collections';
import type { WorkbookSnapshot } from './workbook';

/** How many of each kind of entry a workbook holds, as words: "12 skills", "1 person". */
export interface SnapshotCount {
  collection: EntityCollection;
  count: number;
  words: string;
}

/** The counts of a workbook's entries in registry order; with `nonEmpty`, only kinds it has any of. */
export function snapshotCounts(snapshot: WorkbookSnapshot, options: { nonEmpty?: boolean } = {}): SnapshotCount[] {
  const counts = entityCollections.map((collection) => {
    const count = snapshot[collection].length;
    const { noun, plural } = collections[collection];
    return { collection, count, words: `${count.toLocaleString('en')} ${count === 1 ? noun : plural}` };
  });
  return options.nonEmpty ? counts.filter(({ count }) => count > 0) : counts;
}
