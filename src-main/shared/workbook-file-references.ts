import { collections, entityCollections, type EntityCollection, type Link } from './collections';
import { valuesDeck } from './values';
import type { WorkbookSnapshot } from './workbook';

/*
 * Repairs the links of a file's workbook that point at rows the file does not hold (hand-edited or
 * partly copied files), the way the registry's onDelete rules say, as if those rows had been deleted.
 */

type Row = Record<string, unknown>;
type AnyLink = Link<Row>;

/** The ids a link may point at: the target's rows, and for values also the built-in deck's cards. */
function existingIds(snapshot: WorkbookSnapshot, target: EntityCollection): ReadonlySet<string> {
  const ids = new Set(snapshot[target].map((row) => row.id));
  if (target === 'customValues') for (const card of valuesDeck) ids.add(card.id);
  return ids;
}

type Repair = { rows: Row[]; removedLinks: number; removedRows: number };

function isDangling(value: unknown, existing: ReadonlySet<string>): value is string {
  return typeof value === 'string' && !existing.has(value);
}

/** Applies one link's rule to every row of its collection, counting what it changed. */
function repairLink(rows: readonly Row[], link: AnyLink, existing: ReadonlySet<string>): Repair {
  let removedLinks = 0;
  let removedRows = 0;
  const repaired: Row[] = [];
  for (const row of rows) {
    const value = row[link.field];
    switch (link.onDelete) {
      case 'delete-row':
        if (isDangling(value, existing)) removedRows += 1;
        else repaired.push(row);
        continue;
      case 'set-null':
        if (isDangling(value, existing)) {
          removedLinks += 1;
          repaired.push({ ...row, [link.field]: null });
        } else repaired.push(row);
        continue;
      case 'remove-from-list': {
        const ids = value as unknown[];
        const kept = ids.filter((id) => !isDangling(id, existing));
        removedLinks += ids.length - kept.length;
        repaired.push(kept.length === ids.length ? row : { ...row, [link.field]: kept });
        continue;
      }
      case 'remove-record-key': {
        if (value === undefined) {
          repaired.push(row);
          continue;
        }
        const entries = Object.entries(value as Row);
        const kept = entries.filter(([id]) => !isDangling(id, existing));
        removedLinks += entries.length - kept.length;
        repaired.push(kept.length === entries.length ? row : { ...row, [link.field]: Object.fromEntries(kept) });
        continue;
      }
      case 'remove-list-items': {
        const items = value as Row[];
        const kept = items.filter((item) => !isDangling(item[link.key], existing));
        removedLinks += items.length - kept.length;
        repaired.push(kept.length === items.length ? row : { ...row, [link.field]: kept });
        continue;
      }
      case 'set-null-in-list-items': {
        const items = value as Row[];
        let changed = 0;
        const kept = items.map((item) => {
          if (!isDangling(item[link.key], existing)) return item;
          changed += 1;
          return { ...item, [link.key]: null };
        });
        removedLinks += changed;
        repaired.push(changed === 0 ? row : { ...row, [link.field]: kept });
        continue;
      }
    }
  }
  return { rows: repaired, removedLinks, removedRows };
}

function count(amount: number, noun: string, plural: string): string {
  return amount === 1 ? `1 ${noun}` : `${amount.toLocaleString('en')} ${plural}`;
}

/** The sentence for links removed from rows into one target collection. */
function removedLinksWarning(amount: number, target: EntityCollection): string {
  const { noun, plural } = collections[target];
  return amount === 1
    ? `1 link to a ${noun} that is not in the file was removed`
    : `${amount.toLocaleString('en')} links to ${plural} that are not in the file were removed`;
}

function removedRowsWarning(amount: number, source: EntityCollection, target: EntityCollection): string {
  const { noun, plural } = collections[source];
  const verb = amount === 1 ? 'was' : 'were';
  return `${count(amount, noun, plural)} linked to a ${collections[target].noun} that is not in the file ${verb} left out`;
}

export type ReferenceRepair = { snapshot: WorkbookSnapshot; warnings: string[] };

/**
 * The snapshot with every dangling link repaired, and one warning per kind of repair. Rows left out can
 * themselves be link targets, so the rules run until nothing changes.
 */
export function repairDanglingReferences(input: WorkbookSnapshot): ReferenceRepair {
  let snapshot = input;
  const removedLinks = new Map<EntityCollection, number>();
  const removedRows = new Map<string, { source: EntityCollection; target: EntityCollection; amount: number }>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const source of entityCollections) {
      for (const link of collections[source].links as readonly AnyLink[]) {
        const target = link.to as EntityCollection;
        const repair = repairLink(snapshot[source] as unknown as Row[], link, existingIds(snapshot, target));
        if (repair.removedLinks === 0 && repair.removedRows === 0) continue;
        changed = true;
        snapshot = { ...snapshot, [source]: repair.rows };
        removedLinks.set(target, (removedLinks.get(target) ?? 0) + repair.removedLinks);
        const key = `${source}>${target}`;
        const rows = removedRows.get(key) ?? { source, target, amount: 0 };
        removedRows.set(key, { ...rows, amount: rows.amount + repair.removedRows });
      }
    }
  }
  const warnings = [
    ...[...removedRows.values()]
      .filter(({ amount }) => amount > 0)
      .map(({ source, target, amount }) => removedRowsWarning(amount, source, target)),
    ...[...removedLinks].filter(([, amount]) => amount > 0).map(([target, amount]) => removedLinksWarning(amount, target)),
  ];
  return { snapshot, warnings };
}
