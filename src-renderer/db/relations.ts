import { entityCollections, type EntityCollection, type EntityOf } from '@shared/workbook';

/*
 * Referential clean-up, declared as data: when an entity of `source` is deleted, every rule of that
 * source is applied to the rows of the same workbook. deletion.ts applies the rules generically.
 */

type FieldOf<T extends EntityCollection> = keyof EntityOf<T> & string;

type RuleFor<T extends EntityCollection> =
  /** Rows whose `field` equals the deleted id are deleted too (and their own rules applied). */
  | { action: 'delete-rows'; table: T; field: FieldOf<T> }
  /** `field` is set to null where it equals the deleted id. */
  | { action: 'set-null'; table: T; field: FieldOf<T> }
  /** The deleted id is removed from the id list `field`. */
  | { action: 'remove-from-list'; table: T; field: FieldOf<T> }
  /** Items of the object list `field` whose `key` equals the deleted id are removed. */
  | { action: 'remove-list-items'; table: T; field: FieldOf<T>; key: string }
  /** In the object list `field`, `key` is set to null where it equals the deleted id (the item stays). */
  | { action: 'set-null-in-list-items'; table: T; field: FieldOf<T>; key: string }
  /** The deleted id is removed as a key of the record `field`. */
  | { action: 'remove-record-key'; table: T; field: FieldOf<T> };

export type RelationRule = { [T in EntityCollection]: RuleFor<T> }[EntityCollection];

export const relationRules: { readonly [S in EntityCollection]?: readonly RelationRule[] } = {
  skills: [
    { action: 'delete-rows', table: 'learningActions', field: 'skillId' },
    { action: 'remove-from-list', table: 'people', field: 'canHelpWith' },
    { action: 'remove-from-list', table: 'milestones', field: 'skillIds' },
    { action: 'remove-list-items', table: 'experiences', field: 'skillLinks', key: 'skillId' },
    // The requirement stays readable by its name; only the link to the inventory goes.
    { action: 'set-null-in-list-items', table: 'paths', field: 'requiredSkills', key: 'skillId' },
  ],
  people: [
    { action: 'delete-rows', table: 'interactions', field: 'personId' },
    { action: 'remove-from-list', table: 'milestones', field: 'personIds' },
  ],
  paths: [{ action: 'set-null', table: 'milestones', field: 'pathId' }],
  customValues: [
    { action: 'remove-record-key', table: 'valueSorts', field: 'placements' },
    { action: 'remove-list-items', table: 'valueSorts', field: 'core', key: 'valueId' },
    { action: 'remove-record-key', table: 'valueSorts', field: 'setAsideMeanings' },
    { action: 'remove-from-list', table: 'milestones', field: 'valueIds' },
    { action: 'remove-from-list', table: 'paths', field: 'servesValues' },
    { action: 'remove-from-list', table: 'paths', field: 'threatensValues' },
  ],
};

export function rulesFor(source: EntityCollection): readonly RelationRule[] {
  return relationRules[source] ?? [];
}

/**
 * The parent a row must point to: a `delete-rows` rule means the child cannot exist without it
 * (a learning action belongs to a skill), so writes check that the parent exists.
 */
export function requiredParents(child: EntityCollection): Array<{ parent: EntityCollection; field: string }> {
  return entityCollections.flatMap((parent) =>
    rulesFor(parent)
      .filter((rule) => rule.action === 'delete-rows' && rule.table === child)
      .map((rule) => ({ parent, field: rule.field })),
  );
}

type RecordValue = Record<string, unknown>;

function isRecord(value: unknown): value is RecordValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What `rule` makes of one row (seen as plain fields) when `id` is deleted:
 * 'delete', a changed copy, or null when the row does not refer to `id`.
 */
export function applyRule(rule: RelationRule, row: RecordValue, id: string): 'delete' | RecordValue | null {
  const value = row[rule.field];
  switch (rule.action) {
    case 'delete-rows':
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
