import { z } from './zod';
import {
  entityId,
  longText,
  privateText,
  requiredText,
  shortText,
  timestamps,
} from './model-primitives';
import { entityListSchemas } from './collections';

export * from './self-knowledge';
export * from './planning';
export { entityCollections, type EntityCollection, type EntityOf } from './collections';

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
  /** Where the four meet, in the person's own words. Absent in visions stored before the canvas existed. */
  overlap: longText(4_000).default(''),
});

/** One per workbook, with the fixed id `vision`. */
export const visionSchema = z.object({
  id: entityId,
  fiveYears: longText(),
  tenYears: longText(),
  purpose: longText(4_000),
  /** What I want my work to say about me. Absent in visions stored before it was asked. */
  workSays: longText(4_000).default(''),
  ikigai: ikigaiSchema,
  notes: privateText(),
  ...timestamps,
});
export type Vision = z.infer<typeof visionSchema>;

/** The whole workbook as one plain object: what exports, files and backups carry. */
export const workbookSnapshotSchema = z.object({
  workbook: workbookSchema,
  vision: visionSchema.nullable(),
  ...entityListSchemas,
});
export type WorkbookSnapshot = z.infer<typeof workbookSnapshotSchema>;
