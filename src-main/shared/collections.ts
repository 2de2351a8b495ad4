/*
 * The registry of entity collections: everything Waypoint knows about each kind of thing a workbook
 * holds, in one table. The snapshot schema, the database tables, the repositories, the referential
 * clean-up, snapshot read/restore and the benchmark seed all walk it.
 *
 * Adding a collection is one entry here plus one Dexie version in src-renderer/db/schema-versions.ts
 * that creates its table: '[workbookId+id], workbookId', then the entry's `indexes`, then
 * '[workbookId+order]' when it is sorted by hand (released versions are never edited).
 * tests/unit/db/collections.test.ts fails until the two agree.
 */
import { z } from './zod';
import { byOptionalDateAsc, byTextAsc, byDateDesc } from './ordering';
import { interactionKindLabels } from './people';
import {
  customValueSchema,
  experienceSchema,
  learningActionSchema,
  skillSchema,
  valueSortSchema,
} from './self-knowledge';
import {
  horizons,
  interactionSchema,
  milestoneSchema,
  pathSchema,
  personSchema,
  reviewSchema,
  roleCheckSchema,
} from './planning';

/**
 * What happens to a row that points at an entity being deleted, read as "when the `to` entity is
 * deleted, this row …". Declared on the row that holds the link, so `field` is checked against its model.
 */
export type Link<T> =
  /** … is deleted too: it cannot exist without the other (a learning action without its skill). */
  | { field: keyof T & string; to: string; onDelete: 'delete-row' }
  /** … gets null in `field`. */
  | { field: keyof T & string; to: string; onDelete: 'set-null' }
  /** … loses the id from the id list `field`. */
  | { field: keyof T & string; to: string; onDelete: 'remove-from-list' }
  /** … loses the id as a key of the record `field`. */
  | { field: keyof T & string; to: string; onDelete: 'remove-record-key' }
  /** … loses the items of the object list `field` whose `key` is the id. */
  | { field: keyof T & string; key: string; to: string; onDelete: 'remove-list-items' }
  /** … keeps those items, with null in `key`. */
  | { field: keyof T & string; key: string; to: string; onDelete: 'set-null-in-list-items' };

type Compare<T> = (a: T, b: T) => number;

export type CollectionSpec<S extends z.ZodType> = {
  /** Validates one entity as it appears in a snapshot (without workbookId). */
  schema: S;
  /** What one item and several are called in messages: "Deleted the skill “Python” and 2 learning actions". */
  noun: string;
  plural: string;
  /** Names one entity in deletion labels and toasts, e.g. the skill's name. */
  describe: (entity: z.infer<S>) => string;
  /**
   * How lists are sorted: 'manual' for the person's own order (the entity's `order`, kept in the index
   * [workbookId+order]), otherwise a comparison; ties fall back to creation time, then id.
   */
  order: z.infer<S> extends { order: number } ? 'manual' : Compare<z.infer<S>>;
  /** Dexie indexes besides the key [workbookId+id], the workbookId index and the order index (see above). */
  indexes: readonly string[];
  links: readonly Link<NoInfer<z.infer<S>>>[];
};

function collection<S extends z.ZodType>(spec: CollectionSpec<S>): CollectionSpec<S> {
  return spec;
}

const targetDateFirst = byOptionalDateAsc((milestone: { targetDate: string | null }) => milestone.targetDate);

export const collections = {
  roleChecks: collection({
    schema: roleCheckSchema,
    noun: 'job-or-career check',
    plural: 'job-or-career checks',
    describe: (check) => (check.role.trim() ? `${check.role} (${check.date})` : check.date),
    // Newest first: the trend reads back in time.
    order: byDateDesc((check) => check.date),
    indexes: ['date'],
    links: [],
  }),
  skills: collection({
    schema: skillSchema,
    noun: 'skill',
    plural: 'skills',
    describe: (skill) => skill.name,
    order: 'manual',
    indexes: [],
    links: [],
  }),
  learningActions: collection({
    schema: learningActionSchema,
    noun: 'learning action',
    plural: 'learning actions',
    describe: (action) => action.title,
    // Soonest due first, undated last.
    order: byOptionalDateAsc((action) => action.dueDate),
    indexes: ['skillId', '[workbookId+skillId]'],
    links: [{ field: 'skillId', to: 'skills', onDelete: 'delete-row' }],
  }),
  customValues: collection({
    schema: customValueSchema,
    noun: 'value',
    plural: 'values',
    describe: (value) => value.name,
    order: byTextAsc((value) => value.name),
    indexes: [],
    links: [],
  }),
  valueSorts: collection({
    schema: valueSortSchema,
    noun: 'values card sort',
    plural: 'values card sorts',
    describe: (sort) => `started ${sort.startedAt.slice(0, 10)}`,
    // Newest first: the newest is the current one.
    order: byDateDesc((sort) => sort.startedAt),
    indexes: ['startedAt'],
    links: [
      { field: 'placements', to: 'customValues', onDelete: 'remove-record-key' },
      { field: 'core', key: 'valueId', to: 'customValues', onDelete: 'remove-list-items' },
      { field: 'setAsideMeanings', to: 'customValues', onDelete: 'remove-record-key' },
    ],
  }),
  people: collection({
    schema: personSchema,
    noun: 'person',
    plural: 'people',
    describe: (person) => person.name,
    order: byTextAsc((person) => person.name),
    indexes: [],
    links: [{ field: 'canHelpWith', to: 'skills', onDelete: 'remove-from-list' }],
  }),
  interactions: collection({
    schema: interactionSchema,
    noun: 'interaction',
    plural: 'interactions',
    describe: (interaction) => interaction.summary.trim() || `${interactionKindLabels[interaction.kind]} on ${interaction.date}`,
    order: byDateDesc((interaction) => interaction.date),
    indexes: ['personId', '[workbookId+personId]', 'date'],
    links: [{ field: 'personId', to: 'people', onDelete: 'delete-row' }],
  }),
  paths: collection({
    schema: pathSchema,
    noun: 'path',
    plural: 'paths',
    describe: (path) => path.name,
    order: 'manual',
    indexes: [],
    links: [
      // The requirement stays readable by its name; only the link to the inventory goes.
      { field: 'requiredSkills', key: 'skillId', to: 'skills', onDelete: 'set-null-in-list-items' },
      { field: 'servesValues', to: 'customValues', onDelete: 'remove-from-list' },
      { field: 'threatensValues', to: 'customValues', onDelete: 'remove-from-list' },
      { field: 'personIds', to: 'people', onDelete: 'remove-from-list' },
    ],
  }),
  milestones: collection({
    schema: milestoneSchema,
    noun: 'milestone',
    plural: 'milestones',
    describe: (milestone) => milestone.title,
    // The roadmap: by target date (undated last), then by horizon.
    order: (a, b) => targetDateFirst(a, b) || horizons.indexOf(a.horizon) - horizons.indexOf(b.horizon),
    indexes: ['pathId', 'horizon', 'targetDate'],
    links: [
      { field: 'pathId', to: 'paths', onDelete: 'set-null' },
      { field: 'skillIds', to: 'skills', onDelete: 'remove-from-list' },
      { field: 'personIds', to: 'people', onDelete: 'remove-from-list' },
      { field: 'valueIds', to: 'customValues', onDelete: 'remove-from-list' },
    ],
  }),
  experiences: collection({
    schema: experienceSchema,
    noun: 'experience',
    plural: 'experiences',
    describe: (experience) => experience.title,
    // Most recent start first, like a CV.
    order: byDateDesc((experience) => experience.start),
    indexes: ['start'],
    links: [{ field: 'skillLinks', key: 'skillId', to: 'skills', onDelete: 'remove-list-items' }],
  }),
  reviews: collection({
    schema: reviewSchema,
    noun: 'review',
    plural: 'reviews',
    describe: (review) => review.period,
    order: byDateDesc((review) => review.date),
    indexes: ['date'],
    links: [],
  }),
};

type Collections = typeof collections;
export type EntityCollection = keyof Collections;
export type EntityOf<C extends EntityCollection> = z.infer<Collections[C]['schema']>;

/** The collections in registry order: the order of a snapshot's keys and of every walk over them. */
export const entityCollections = Object.keys(collections) as readonly EntityCollection[];

/** Collections the person orders by hand (their entity has an `order`). */
export type OrderedCollection = {
  [C in EntityCollection]: EntityOf<C> extends { order: number } ? C : never;
}[EntityCollection];

type Specs = { [C in EntityCollection]: CollectionSpec<z.ZodType<EntityOf<C>>> };
const specs: Specs = collections;

/** One collection's entry, typed by its entity (also when `collection` is any of several). */
export function collectionSpec<C extends EntityCollection>(collection: C): CollectionSpec<z.ZodType<EntityOf<C>>> {
  return specs[collection];
}

/** True for collections in the person's own order; the entry's type ties 'manual' to an `order` field. */
export function isOrderedByHand(collection: EntityCollection): collection is OrderedCollection {
  return collections[collection].order === 'manual';
}

/** The snapshot's list of every collection, in registry order. */
export const entityListSchemas = Object.fromEntries(
  entityCollections.map((name) => [name, z.array(collections[name].schema)]),
) as { [C in EntityCollection]: z.ZodArray<Collections[C]['schema']> };

/** Every collection's entities, as a snapshot holds them. */
export type EntityLists = { [C in EntityCollection]: EntityOf<C>[] };
type EntityRowLists = { [C in EntityCollection]: Array<EntityOf<C> & { workbookId: string }> };

/** The entities as database rows: each carries the id of the workbook it is stored under (keys are [workbookId+id]). */
export function entityRows(lists: EntityLists, workbookId: string): EntityRowLists {
  const rows = entityCollections.map((name) => [name, lists[name].map((entity) => ({ ...entity, workbookId }))]);
  return Object.fromEntries(rows) as EntityRowLists;
}

/**
 * Rows whose id an earlier row of the same collection already has. The database keys rows by
 * [workbookId+id], so a repeat would silently overwrite: snapshots and files with one are refused.
 */
export function repeatedIds(lists: EntityLists): Array<{ collection: EntityCollection; index: number }> {
  const repeats: Array<{ collection: EntityCollection; index: number }> = [];
  for (const collection of entityCollections) {
    const seen = new Set<string>();
    lists[collection].forEach((entity, index) => {
      if (seen.has(entity.id)) repeats.push({ collection, index });
      seen.add(entity.id);
    });
  }
  return repeats;
}
