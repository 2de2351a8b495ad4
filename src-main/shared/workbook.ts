import { z } from './zod';
import {
  entityId,
  isoDay,
  level,
  longText,
  privateText,
  requiredText,
  shortText,
  timestamps,
} from './model-primitives';
import {
  customValueSchema,
  experienceSchema,
  learningActionSchema,
  skillSchema,
  valueSortSchema,
} from './self-knowledge';
import { interactionSchema, milestoneSchema, pathSchema, personSchema, reviewSchema } from './planning';

export * from './self-knowledge';
export * from './planning';

/*
 * The domain model: the single source of truth for what a workbook holds.
 * Entity schemas describe an entity as it appears inside a workbook snapshot (no workbookId);
 * the database adds `workbookId` to every row and keys it by [workbookId+id].
 */

export const sectionIds = [
  'overview',
  'vision',
  'job-or-career',
  'skills',
  'values',
  'people',
  'paths',
  'milestones',
  'experience',
  'reviews',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** Section names as the sidebar and the native menu show them. */
export const sectionTitles: Readonly<Record<SectionId, string>> = {
  overview: 'Overview',
  vision: 'Vision',
  'job-or-career': 'Job or career?',
  skills: 'Skills',
  values: 'Values',
  people: 'People',
  paths: 'Paths',
  milestones: 'Milestones',
  experience: 'Experience',
  reviews: 'Reviews',
};

export const ownerSchema = z.object({
  name: shortText(120),
  headline: shortText(200),
});

export const workbookSchema = z.object({
  id: entityId,
  title: requiredText(120),
  owner: ownerSchema,
  ...timestamps,
});
export type Workbook = z.infer<typeof workbookSchema>;

export const ikigaiSchema = z.object({
  love: longText(4_000),
  goodAt: longText(4_000),
  worldNeeds: longText(4_000),
  paidFor: longText(4_000),
});

/** One per workbook, with the fixed id `vision`. */
export const visionSchema = z.object({
  id: entityId,
  fiveYears: longText(),
  tenYears: longText(),
  purpose: longText(4_000),
  ikigai: ikigaiSchema,
  notes: privateText(),
  ...timestamps,
});
export type Vision = z.infer<typeof visionSchema>;

export const lensIds = [
  'timeHorizon',
  'skillGrowth',
  'commitment',
  'motivation',
  'progression',
  'identity',
  'relationships',
] as const;
export type LensId = (typeof lensIds)[number];

export const lensScoreSchema = z.object({ score: level, note: longText(2_000) });

/** A job-or-career check of one role at one moment. */
export const roleCheckSchema = z.object({
  id: entityId,
  date: isoDay,
  role: shortText(200),
  lenses: z.object(
    Object.fromEntries(lensIds.map((lens) => [lens, lensScoreSchema])) as Record<LensId, typeof lensScoreSchema>,
  ),
  notes: privateText(),
  ...timestamps,
});
export type RoleCheck = z.infer<typeof roleCheckSchema>;

/** The whole workbook as one plain object: what exports, files and backups carry. */
export const workbookSnapshotSchema = z.object({
  workbook: workbookSchema,
  vision: visionSchema.nullable(),
  roleChecks: z.array(roleCheckSchema),
  skills: z.array(skillSchema),
  learningActions: z.array(learningActionSchema),
  customValues: z.array(customValueSchema),
  valueSorts: z.array(valueSortSchema),
  people: z.array(personSchema),
  interactions: z.array(interactionSchema),
  paths: z.array(pathSchema),
  milestones: z.array(milestoneSchema),
  experiences: z.array(experienceSchema),
  reviews: z.array(reviewSchema),
});
export type WorkbookSnapshot = z.infer<typeof workbookSnapshotSchema>;

/** The entity collections of a snapshot, by name; every one becomes a table keyed by [workbookId+id]. */
export const entityCollections = [
  'roleChecks',
  'skills',
  'learningActions',
  'customValues',
  'valueSorts',
  'people',
  'interactions',
  'paths',
  'milestones',
  'experiences',
  'reviews',
] as const;
export type EntityCollection = (typeof entityCollections)[number];
export type EntityOf<C extends EntityCollection> = WorkbookSnapshot[C][number];
