/*
 * Self-knowledge in the model: skills with evidence and learning plans, values, experience.
 * Part of the domain model; import it through workbook.ts.
 */
import { z } from './zod';
import {
  entityId,
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
  /** Each level is null until the person rates it: a new skill is "not rated yet", not a middling 3. */
  proficiency: level.nullable(),
  enjoyment: level.nullable(),
  targetLevel: level.nullable(),
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
  /**
   * What the person wrote for values that left the ranking (taken out, or their card moved off the
   * always pile), by value id, so the text comes back with the value. Absent in sorts stored before.
   */
  setAsideMeanings: z.record(entityId, coreValueSchema.shape.meaning).optional(),
  ...timestamps,
});
export type ValueSort = z.infer<typeof valueSortSchema>;

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
