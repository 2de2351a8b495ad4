import { collectionSpec, entityCollections, type EntityCollection } from '../../shared/collections';
import { formatPartialDate } from '../../shared/date-words';
import { currentCore, indexCards, sortCards, valuesDeck, type ValueCard } from '../../shared/values';
import type { WorkbookSnapshot } from '../../shared/workbook';
import type { PdfLayout } from './layout';

/*
 * What every section of the printed plan reads: the snapshot (already without private fields in
 * share mode), today's date from the fixed clock, the locale, and a checkpoint to call between pieces
 * of work, which yields to the event loop, reports progress and stops a cancelled render.
 */

export interface PlanContext {
  layout: PdfLayout;
  snapshot: WorkbookSnapshot;
  /** Today as an ISO day, from the render's clock. */
  today: string;
  locale: string;
  /** ISO 4217 code the person's costs are in. */
  currency: string;
  share: boolean;
  /** Call between rows and blocks: yields now and then, and throws when the render was cancelled. */
  checkpoint: () => Promise<void>;
  /** `2027-03` → "March 2027", in the locale. */
  date: (date: string | null, none?: string) => string;
  /** The value cards (deck and custom) by id. */
  valueCards: ReadonlyMap<string, ValueCard>;
  /** Core values, most important first, with their names. */
  coreValues: ReadonlyArray<{ id: string; name: string; meaning: string }>;
}

type Row = { id: string; createdAt: string; order?: number };

/** Every list in the order the app shows it (the registry's order; ties by creation, then id). */
export function inAppOrder(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sorted = Object.fromEntries(
    entityCollections.map((collection: EntityCollection) => {
      const order = collectionSpec(collection).order as 'manual' | ((a: Row, b: Row) => number);
      const compare = order === 'manual' ? (a: Row, b: Row) => (a.order ?? 0) - (b.order ?? 0) : order;
      const rows = [...(snapshot[collection] as Row[])].sort(
        (a, b) => compare(a, b) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      return [collection, rows];
    }),
  );
  return { ...snapshot, ...sorted } as WorkbookSnapshot;
}

export function planContext(
  layout: PdfLayout,
  snapshot: WorkbookSnapshot,
  settings: { today: string; locale: string; currency: string; share: boolean; checkpoint: () => Promise<void> },
): PlanContext {
  snapshot = inAppOrder(snapshot);
  const valueCards = indexCards(sortCards(valuesDeck, snapshot.customValues));
  const coreValues = currentCore(snapshot.valueSorts).map((core) => ({
    id: core.valueId,
    name: valueCards.get(core.valueId)?.name ?? 'A value no longer in the deck',
    meaning: core.meaning,
  }));
  return {
    layout,
    snapshot,
    ...settings,
    date: (date, none = '—') => (date === null ? none : formatPartialDate(date, settings.locale)),
    valueCards,
    coreValues,
  };
}

/** "1 skill" / "3 skills". */
export function count(amount: number, one: string, many = `${one}s`): string {
  return `${amount.toLocaleString('en')} ${amount === 1 ? one : many}`;
}
