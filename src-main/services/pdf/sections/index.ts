import type { SectionId } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { writeExperience } from './experience';
import { writeJobOrCareer } from './job-or-career';
import { writeMilestones } from './milestones';
import { writePaths } from './paths';
import { writePeople } from './people';
import { writeReviews } from './reviews';
import { writeSkills } from './skills';
import { writeSummary } from './summary';
import { writeValues } from './values';
import { writeVision } from './vision';

/** Each section's writer, by the id the app uses for it; they print in the app's order. */
export const sectionWriters: Readonly<Record<SectionId, (context: PlanContext) => Promise<void>>> = {
  overview: writeSummary,
  vision: writeVision,
  'job-or-career': writeJobOrCareer,
  skills: writeSkills,
  values: writeValues,
  people: writePeople,
  paths: writePaths,
  milestones: writeMilestones,
  experience: writeExperience,
  reviews: writeReviews,
};
