import { collections, entityCollections, type EntityCollection, type Link } from '@shared/collections';

/*
 * Referential clean-up, declared as data in the collection registry: each collection names its links
 * to others and what happens to the row when the entity it points at is deleted. deletion.ts applies
 * these rules generically.
 */

type RecordValue = Record<string, unknown>;

/** A link as a rule for deleting its target: `table` holds the rows to clean up. */
type RelationRule = Link<RecordValue> & { table: EntityCollection };

const rulesBySource = new Map<string, RelationRule[]>();
for (const table of entityCollections) {
  const links: readonly Link<RecordValue>[] = collections[table].links;
  for (const link of links) rulesBySource.set(link.to, [...(rulesBySource.get(link.to) ?? []), { ...link, table }]);
}

/** What must be cleaned up when an entity of `source` is deleted, in registry order. */
export function rulesFor(source: EntityCollection): readonly RelationRule[] {
  return rulesBySource.get(source) ?? [];
}

/**
 * The parents a row must point to: a `delete-row` link means the child cannot exist without it
 * (a learning action belongs to a skill), so writes check that the parent exists.
 */
export function requiredParents(child: EntityCollection): Array<{ parent: EntityCollection; field: string }> {
  const links: readonly Link<RecordValue>[] = collections[child].links;
  return links
    .filter((link) => link.onDelete === 'delete-row')
    .map((link) => ({ parent: link.to as EntityCollection, field: link.field }));
}

function isRecord(value: unknown): value is RecordValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What `rule` makes of one row (seen as plain fields) when `id` is deleted:
 * 'delete', a changed copy, or null when the row does not refer to `id`.
 */
export function applyRule(rule: RelationRule, row: RecordValue, id: string): 'delete' | RecordValue | null {
  const value = row[rule.field];
  switch (rule.onDelete) {
    case 'delete-row':
      return value === id ? 'delete' : null;
    case 'set-null':
      return value === id ? { ...row, [rule.field]: null } : null;
    case 'remove-from-list':
      if (!Array.isArray(value) || !value.includes(id)) return null;
      return { ...row, [rule.field]: value.filter((item) => item !== id) };
    case 'remove-list-items': {
      if (!Array.isArray(value)) return null;
      const kept = value.filter((item) => !(isRecord(item) && item[rule.key] === id));
      return kept.length === value.length ? null : { ...row, [rule.field]: kept };
    }
    case 'set-null-in-list-items': {
      if (!Array.isArray(value) || !value.some((item) => isRecord(item) && item[rule.key] === id)) return null;
      const unlinked = value.map((item) => (isRecord(item) && item[rule.key] === id ? { ...item, [rule.key]: null } : item));
      return { ...row, [rule.field]: unlinked };
    }
    case 'remove-record-key': {
      if (!isRecord(value) || !Object.hasOwn(value, id)) return null;
      const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== id));
      return { ...row, [rule.field]: rest };
    }
  }
}
