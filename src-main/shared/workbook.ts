import { z } from './zod';
import {
  entityId,
  idList,
  isoDay,
  level,
  longText,
  monthDate,
  partialDate,
  privateText,
  requiredText,
  shortText,
  sortOrder,
  timestamps,
} from './model-primitives';

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

export const builtInSkillCategories = ['technical', 'transferable', 'domain', 'people', 'self-management'] as const;

export const evidenceSchema = z.object({
  id: entityId,
  situation: longText(4_000),
  action: longText(4_000),
  result: longText(4_000),
  date: partialDate.nullable(),
});

export const skillSchema = z.object({
  id: entityId,
  name: requiredText(120),
  /** One of builtInSkillCategories, or a category the person named. */
  category: requiredText(60),
  proficiency: level,
  enjoyment: level,
  targetLevel: level,
  notes: privateText(),
  evidence: z.array(evidenceSchema).max(500),
  order: sortOrder,
  ...timestamps,
});
export type Skill = z.infer<typeof skillSchema>;

export const learningKinds = ['course', 'certification', 'project', 'stretch-assignment', 'mentoring', 'reading'] as const;
export const learningStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

export const learningActionSchema = z.object({
  id: entityId,
  skillId: entityId,
  kind: z.enum(learningKinds),
  title: requiredText(200),
  provider: shortText(200),
  status: z.enum(learningStatuses),
  dueDate: partialDate.nullable(),
  /** In the currency chosen in Settings. */
  cost: z.number().finite().min(0, 'must not be negative').nullable(),
  hours: z.number().finite().min(0, 'must not be negative').nullable(),
  /** For certifications: when it expires or must be renewed. */
  expiresOn: partialDate.nullable(),
  notes: privateText(),
  ...timestamps,
});
export type LearningAction = z.infer<typeof learningActionSchema>;

/** A value the person added to the built-in deck. Deck values are referenced by their deck id. */
export const customValueSchema = z.object({
  id: entityId,
  name: requiredText(80),
  description: shortText(300),
  ...timestamps,
});
export type CustomValue = z.infer<typeof customValueSchema>;

export const valuePiles = ['always', 'often', 'sometimes', 'seldom', 'never'] as const;

export const coreValueSchema = z.object({ valueId: entityId, meaning: longText(2_000) });

/** One run of the values card sort; the newest is current, older ones are kept with their dates. */
export const valueSortSchema = z.object({
  id: entityId,
  startedAt: timestamps.createdAt,
  completedAt: timestamps.createdAt.nullable(),
  placements: z.record(entityId, z.enum(valuePiles)),
  core: z.array(coreValueSchema).max(10, 'can hold at most 10 core values'),
  ...timestamps,
});
export type ValueSort = z.infer<typeof valueSortSchema>;

export const boardRoles = ['mentor', 'sponsor', 'coach', 'connector', 'peer', 'expert'] as const;
export type BoardRole = (typeof boardRoles)[number];

/** Stay-in-touch cadence in days; null means no regular contact is planned. */
export const cadenceDays = z.number().int().min(1).max(3_650).nullable();

export const personSchema = z.object({
  id: entityId,
  name: requiredText(120),
  roles: z.array(z.enum(boardRoles)).max(boardRoles.length),
  organisation: shortText(200),
  howWeMet: longText(2_000),
  canHelpWith: idList,
  contact: privateText(2_000),
  cadenceDays,
  lastContact: isoDay.nullable(),
  notes: privateText(),
  ...timestamps,
});
export type Person = z.infer<typeof personSchema>;

export const interactionKinds = ['meeting', 'call', 'message', 'event', 'other'] as const;

export const interactionSchema = z.object({
  id: entityId,
  personId: entityId,
  date: isoDay,
  kind: z.enum(interactionKinds),
  summary: shortText(300),
  notes: privateText(),
  ...timestamps,
});
export type Interaction = z.infer<typeof interactionSchema>;

export const pathKinds = ['current', 'alternative', 'wild-card'] as const;
export const pathStatuses = ['exploring', 'pursuing', 'parked', 'dropped'] as const;
export const experimentKinds = ['informational-interview', 'side-project', 'course', 'shadowing', 'other'] as const;
export const experimentStatuses = ['idea', 'planned', 'done'] as const;

export const requiredSkillSchema = z.object({
  /** Links to the inventory when the skill is there; the name keeps the requirement readable either way. */
  skillId: entityId.nullable(),
  name: requiredText(120),
  level,
});

export const experimentSchema = z.object({
  id: entityId,
  kind: z.enum(experimentKinds),
  description: longText(2_000),
  status: z.enum(experimentStatuses),
  learned: longText(4_000),
});

export const uncertaintySchema = z.object({
  id: entityId,
  question: requiredText(300),
  experiments: z.array(experimentSchema).max(100),
});

export const gaugeSchema = z.object({
  resources: level,
  liking: level,
  confidence: level,
  coherence: level,
});

export const pathSchema = z.object({
  id: entityId,
  name: requiredText(120),
  kind: z.enum(pathKinds),
  status: z.enum(pathStatuses),
  description: longText(4_000),
  targetRoles: z.array(requiredText(120)).max(50),
  requiredSkills: z.array(requiredSkillSchema).max(200),
  servesValues: idList,
  threatensValues: idList,
  gauges: gaugeSchema,
  uncertainties: z.array(uncertaintySchema).max(100),
  order: sortOrder,
  ...timestamps,
});
export type CareerPath = z.infer<typeof pathSchema>;

export const horizons = ['90d', '1y', '3y', '5y', '10y'] as const;
export type Horizon = (typeof horizons)[number];
export const milestoneStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const;

export const milestoneSchema = z.object({
  id: entityId,
  title: requiredText(200),
  horizon: z.enum(horizons),
  specific: longText(4_000),
  measure: longText(2_000),
  whyItMatters: longText(2_000),
  valueIds: idList,
  targetDate: partialDate.nullable(),
  pathId: entityId.nullable(),
  skillIds: idList,
  personIds: idList,
  status: z.enum(milestoneStatuses),
  progress: z.number().int().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
  ...timestamps,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const experienceKinds = ['role', 'education', 'volunteering', 'project'] as const;

export const skillLinkSchema = z.object({ skillId: entityId, relation: z.enum(['used', 'gained']) });

export const experienceSchema = z
  .object({
    id: entityId,
    kind: z.enum(experienceKinds),
    title: requiredText(200),
    organisation: shortText(200),
    start: monthDate,
    /** null while it is still going on ("present"). */
    end: monthDate.nullable(),
    description: longText(),
    achievements: z.array(longText(2_000)).max(100),
    skillLinks: z.array(skillLinkSchema).max(500),
    ...timestamps,
  })
  .refine((experience) => experience.end === null || experience.end >= experience.start, {
    message: 'must not be before the start',
    path: ['end'],
  });
export type Experience = z.infer<typeof experienceSchema>;

export const reviewStatuses = ['draft', 'complete'] as const;

/** Key figures frozen when a review is completed, so later reviews can be compared with it. */
export const reviewFiguresSchema = z.object({
  milestonesDone: z.number().int().min(0),
  milestonesTotal: z.number().int().min(0),
  skillGapTotal: z.number().int().min(0),
  followUpsDue: z.number().int().min(0),
  careerScore: z.number().min(0).max(5).nullable(),
});

export const reviewSchema = z.object({
  id: entityId,
  period: requiredText(80),
  date: isoDay,
  status: z.enum(reviewStatuses),
  moved: privateText(),
  stuck: privateText(),
  next: privateText(),
  completedAt: timestamps.createdAt.nullable(),
  figures: reviewFiguresSchema.nullable(),
  ...timestamps,
});
export type Review = z.infer<typeof reviewSchema>;

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
