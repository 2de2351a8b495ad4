/*
 * The fields the model marks private (contact details, notes, review reflections), and a snapshot
 * with them emptied: what "share" exports (Markdown, PDF) print. The registry in model-primitives is
 * the single source, so a field marked private later is left out of every shared export at once.
 */
import { z } from './zod';
import { privateFields } from './model-primitives';
import { collections, entityCollections, type EntityCollection } from './collections';
import { visionSchema, type WorkbookSnapshot } from './workbook';

/** Looks through `.default()`, `.optional()` and `.nullable()` to the schema that carries the mark. */
function isMarkedPrivate(schema: z.ZodType): boolean {
  if (privateFields.has(schema)) return true;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return isMarkedPrivate(schema.unwrap() as z.ZodType);
  }
  return false;
}

/** The names of an object schema's private fields, in declaration order. */
export function privateFieldNames(schema: z.ZodType): readonly string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => isMarkedPrivate(field))
    .map(([name]) => name);
}

const privateFieldsByCollection = Object.fromEntries(
  entityCollections.map((collection) => [collection, privateFieldNames(collections[collection].schema)]),
) as Record<EntityCollection, readonly string[]>;

const privateVisionFields = privateFieldNames(visionSchema);

function emptied<T extends object>(row: T, names: readonly string[]): T {
  if (names.length === 0) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const name of names) if (typeof copy[name] === 'string') copy[name] = '';
  return copy as T;
}

/**
 * The snapshot as it may be shared: every private text emptied (not removed), so the result still
 * validates against the model and every reader treats it like a workbook whose owner left them blank.
 */
export function withoutPrivateFields(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const lists = Object.fromEntries(
    entityCollections.map((collection) => [
      collection,
      (snapshot[collection] as object[]).map((row) => emptied(row, privateFieldsByCollection[collection])),
    ]),
  );
  return {
    ...snapshot,
    ...lists,
    vision: snapshot.vision === null ? null : emptied(snapshot.vision, privateVisionFields),
  } as WorkbookSnapshot;
}

/** Every private field by where it lives, for documentation and tests ("people.contact"). */
export function privateFieldPaths(): string[] {
  return [
    ...privateVisionFields.map((name) => `vision.${name}`),
    ...entityCollections.flatMap((collection) => privateFieldsByCollection[collection].map((name) => `${collection}.${name}`)),
  ];
}
