import type { Transaction } from 'dexie';
import { collections, entityCollections } from '@shared/collections';
import { visionSchema } from '@shared/workbook';
import type { z } from '@shared/zod';

/*
 * Row rewrites that go with a schema version (see schema-versions.ts). Released upgrades are NEVER
 * edited: a database upgraded by one keeps what it wrote. A new rewrite is a new version.
 */
export type SchemaUpgrade = (transaction: Transaction) => Promise<void>;

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adds to `row` every field it lacks that `complete` has, into nested objects too; never changes a
 * value the row holds. Lists are left as they are (their items were added whole).
 */
export function fillMissingFields(row: PlainObject, complete: PlainObject): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(complete)) {
    const current = row[key];
    if (current === undefined) {
      row[key] = value;
      changed = true;
    } else if (isPlainObject(current) && isPlainObject(value)) {
      changed = fillMissingFields(current, value) || changed;
    }
  }
  return changed;
}

/**
 * Fills, in place, the fields the model added since the row was stored with the model's defaults. A
 * row the model does not accept is left exactly as it is: an upgrade never drops or guesses data.
 */
function withModelDefaults(schema: z.ZodType): (row: PlainObject) => void {
  return (row) => {
    const parsed = schema.safeParse(row);
    if (parsed.success && isPlainObject(parsed.data)) fillMissingFields(row, parsed.data);
  };
}

/**
 * Version 2: rows stored before a field existed (a milestone's steps, a path's people, a review's
 * energy, a person's title …) get the field's default, so every reader sees the whole shape.
 */
const fillDefaultsOfVersion2: SchemaUpgrade = async (transaction) => {
  await transaction.table('vision').toCollection().modify(withModelDefaults(visionSchema));
  for (const collection of entityCollections) {
    await transaction.table(collection).toCollection().modify(withModelDefaults(collections[collection].schema));
  }
};

/** The upgrade of each schema version that rewrites rows, by version number. */
export const releasedUpgrades: Readonly<Record<number, SchemaUpgrade>> = {
  2: fillDefaultsOfVersion2,
};
