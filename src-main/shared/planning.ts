/*
 * Planning in the model: job-or-career checks, people and interactions, paths, milestones, reviews.
 * Part of the domain model; import it through workbook.ts.
 */
import { z } from './zod';
import {
  entityId,
  idList,
  isoDay,
  level,
  longText,
  partialDate,
  privateText,
  requiredText,
  shortText,
  sortOrder,
  timestamps,
} from './model-primitives';

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

/** A lens's score; null while the lens is not rated yet (a new check starts with none rated). */
export const lensScoreSchema = z.object({ score: level.nullable(), note: longText(2_000) });

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

export const boardRoles = ['mentor', 'sponsor', 'coach', 'connector', 'peer', 'expert'] as const;
export type BoardRole = (typeof boardRoles)[number];

/** Stay-in-touch cadence in days; null means no regular contact is planned. */
export const cadenceDays = z.number().int().min(1).max(3_650).nullable();

export const personSchema = z.object({
  id: entityId,
  name: requiredText(120),
  roles: z.array(z.enum(boardRoles)).max(boardRoles.length),
  organisation: shortText(200),
  /** Their role or job title, as the person would say it. Absent in people stored before it was asked. */
  title: shortText(200).default(''),
  howWeMet: longText(2_000),
  canHelpWith: idList,
  contact: privateText(2_000),
  cadenceDays,
  lastContact: isoDay.nullable(),
  notes: privateText(),
  ...timestamps,
});
export type Person = z.infer<typeof personSchema>;

export const interactionKinds = ['meeting', 'call', 'message', 'event', 'informational-interview', 'other'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** Something agreed in a conversation (send a CV, make an introduction), by when, and whether it is done. */
export const agreedFollowUpSchema = z.object({
  what: requiredText(300),
  due: isoDay,
  done: z.boolean(),
});
export type AgreedFollowUp = z.infer<typeof agreedFollowUpSchema>;

export const interactionSchema = z.object({
  id: entityId,
  personId: entityId,
  date: isoDay,
  kind: z.enum(interactionKinds),
  summary: shortText(300),
  notes: privateText(),
  /** Absent in interactions stored before follow-ups could be agreed: they read as none. */
  followUp: agreedFollowUpSchema.nullable().default(null),
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

/** How the path feels on four 1–5 scales; each is null until the person rates it (a new path starts with none rated). */
export const gaugeSchema = z.object({
  resources: level.nullable(),
  liking: level.nullable(),
  confidence: level.nullable(),
  coherence: level.nullable(),
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
  /** People who can help on this path. Absent in paths stored before it was asked. */
  personIds: idList.default([]),
  order: sortOrder,
  ...timestamps,
});
export type CareerPath = z.infer<typeof pathSchema>;

export const horizons = ['90d', '1y', '3y', '5y', '10y'] as const;
export type Horizon = (typeof horizons)[number];
export const milestoneStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const;

/** Whether a milestone's progress is the share of its steps done, or a figure the person sets. */
export const progressSources = ['steps', 'manual'] as const;

/** One next step towards a milestone: a line of its checklist. */
export const milestoneStepSchema = z.object({
  id: entityId,
  text: requiredText(300),
  done: z.boolean(),
  due: isoDay.nullable(),
});
export type MilestoneStep = z.infer<typeof milestoneStepSchema>;

/*
 * Steps, the progress source and the done date came after the first milestones were stored: their
 * defaults let those rows read (an empty checklist, progress as set by hand, no done date).
 */
export const milestoneSchema = z
  .object({
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
    steps: z.array(milestoneStepSchema).max(200).default([]),
    progressFrom: z.enum(progressSources).default('manual'),
    /** The day it was done; null while it is not done (or the day is not known). */
    doneOn: isoDay.nullable().default(null),
    ...timestamps,
  })
  .refine((milestone) => milestone.doneOn === null || milestone.status === 'done', {
    message: 'is only kept for a milestone that is done',
    path: ['doneOn'],
  });
export type Milestone = z.infer<typeof milestoneSchema>;

export const reviewStatuses = ['draft', 'complete'] as const;

const count = z.number().int().min(0);

/** Milestones of one horizon when the review was completed: how many were done, of those not dropped. */
const horizonProgressSchema = z.object({ done: count, total: count });

/**
 * Key figures frozen when a review is completed, so later reviews can be compared with it (see
 * shared/reviews.ts for how each is taken).
 */
export const reviewFiguresSchema = z.object({
  skillsAtTarget: count,
  skillsWithTarget: count,
  milestones: z.object(
    Object.fromEntries(horizons.map((horizon) => [horizon, horizonProgressSchema])) as Record<Horizon, typeof horizonProgressSchema>,
  ),
  peopleContacted: count,
  followUpsOverdue: count,
  openLearningActions: count,
  /** The newest job-or-career check's average and reading; null without a check. */
  careerScore: z.number().min(1).max(5).nullable(),
  careerReading: shortText(80),
});
export type ReviewFigures = z.infer<typeof reviewFiguresSchema>;

export const reviewSchema = z.object({
  id: entityId,
  period: requiredText(80),
  date: isoDay,
  status: z.enum(reviewStatuses),
  moved: privateText(),
  stuck: privateText(),
  /** Absent in reviews stored before it was asked. */
  learned: privateText().default(''),
  next: privateText(),
  /** How much energy the work gave in the period, 1–5; null until rated. */
  energy: level.nullable().default(null),
  completedAt: timestamps.createdAt.nullable(),
  figures: reviewFiguresSchema.nullable(),
  ...timestamps,
});
export type Review = z.infer<typeof reviewSchema>;
