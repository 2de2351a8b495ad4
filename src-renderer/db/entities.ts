import type { z } from '@shared/zod';
import {
  customValueSchema,
  experienceSchema,
  interactionSchema,
  learningActionSchema,
  milestoneSchema,
  pathSchema,
  personSchema,
  reviewSchema,
  roleCheckSchema,
  skillSchema,
  valueSortSchema,
  type EntityCollection,
  type EntityOf,
} from '@shared/workbook';

export type EntitySchemas = { [C in EntityCollection]: z.ZodType<EntityOf<C>> };

/** The schema that validates one entity of each collection (snapshot shape, without workbookId). */
export const entitySchemas: EntitySchemas = {
  roleChecks: roleCheckSchema,
  skills: skillSchema,
  learningActions: learningActionSchema,
  customValues: customValueSchema,
  valueSorts: valueSortSchema,
  people: personSchema,
  interactions: interactionSchema,
  paths: pathSchema,
  milestones: milestoneSchema,
  experiences: experienceSchema,
  reviews: reviewSchema,
};

export function entitySchema<C extends EntityCollection>(collection: C): z.ZodType<EntityOf<C>> {
  return entitySchemas[collection];
}

/** What one item of a collection is called in messages ("a skill", "Deleted skill “Python”"). */
export const entityNouns: Record<EntityCollection, string> = {
  roleChecks: 'job-or-career check',
  skills: 'skill',
  learningActions: 'learning action',
  customValues: 'value',
  valueSorts: 'values card sort',
  people: 'person',
  interactions: 'interaction',
  paths: 'path',
  milestones: 'milestone',
  experiences: 'experience',
  reviews: 'review',
};

export const entityPlurals: Record<EntityCollection, string> = {
  roleChecks: 'job-or-career checks',
  skills: 'skills',
  learningActions: 'learning actions',
  customValues: 'values',
  valueSorts: 'values card sorts',
  people: 'people',
  interactions: 'interactions',
  paths: 'paths',
  milestones: 'milestones',
  experiences: 'experiences',
  reviews: 'reviews',
};
