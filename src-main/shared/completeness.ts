import type { SectionId } from './workbook';

export type SectionState = 'empty' | 'started' | 'complete';

/** What the completeness figures are computed from; cheap to count from the database. */
export interface WorkbookCounts {
  ownerNamed: boolean;
  visionFieldsFilled: number;
  roleChecks: number;
  skills: number;
  skillsWithLearningActions: number;
  completedValueSorts: number;
  coreValues: number;
  people: number;
  boardRolesFilled: number;
  paths: number;
  milestones: number;
  milestoneHorizonsCovered: number;
  experiences: number;
  completedReviews: number;
  draftReviews: number;
}

export const emptyCounts: WorkbookCounts = {
  ownerNamed: false,
  visionFieldsFilled: 0,
  roleChecks: 0,
  skills: 0,
  skillsWithLearningActions: 0,
  completedValueSorts: 0,
  coreValues: 0,
  people: 0,
  boardRolesFilled: 0,
  paths: 0,
  milestones: 0,
  milestoneHorizonsCovered: 0,
  experiences: 0,
  completedReviews: 0,
  draftReviews: 0,
};

/** What a stored vision holds; fields added later may be missing from visions stored before them. */
export interface StoredVisionTexts {
  fiveYears: string;
  tenYears: string;
  purpose: string;
  workSays?: string;
  ikigai: { overlap?: string };
}

/** The vision's statements and the ikigai's overlap: what the Vision section's completeness counts. */
export const visionFieldsCounted = 5;
/** Vision is complete once all but one of its counted fields say something. */
const visionFieldsForComplete = visionFieldsCounted - 1;

export function visionFieldsFilled(vision: StoredVisionTexts | null | undefined): number {
  if (!vision) return 0;
  const texts = [vision.fiveYears, vision.tenYears, vision.purpose, vision.workSays ?? '', vision.ikigai.overlap ?? ''];
  return texts.filter((text) => text.trim() !== '').length;
}

function stateOf(progress: number, done: boolean): SectionState {
  if (done) return 'complete';
  return progress > 0 ? 'started' : 'empty';
}

/**
 * How far each section is, by what makes it useful rather than by how many fields are typed:
 * e.g. Skills is complete with five skills and a learning plan for at least one of them.
 */
export function sectionStates(counts: WorkbookCounts): Record<Exclude<SectionId, 'overview'>, SectionState> {
  return {
    vision: stateOf(counts.visionFieldsFilled, counts.visionFieldsFilled >= visionFieldsForComplete),
    'job-or-career': stateOf(counts.roleChecks, counts.roleChecks >= 1),
    skills: stateOf(counts.skills, counts.skills >= 5 && counts.skillsWithLearningActions >= 1),
    values: stateOf(counts.completedValueSorts + counts.coreValues, counts.completedValueSorts >= 1 && counts.coreValues >= 3),
    people: stateOf(counts.people, counts.people >= 3 && counts.boardRolesFilled >= 3),
    paths: stateOf(counts.paths, counts.paths >= 2),
    milestones: stateOf(counts.milestones, counts.milestoneHorizonsCovered >= 3),
    experience: stateOf(counts.experiences, counts.experiences >= 2),
    reviews: stateOf(counts.completedReviews + counts.draftReviews, counts.completedReviews >= 1),
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "add 2 more skills", "plan learning for one" → "Add 2 more skills and plan learning for one." */
function sentence(steps: ReadonlyArray<string | false>): string {
  const text = steps.filter((step): step is string => step !== false).join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * What a section still needs to count as complete, in a few words (null once it is complete). Follows
 * the rules of `sectionStates`.
 */
export function sectionsMissing(counts: WorkbookCounts): Record<Exclude<SectionId, 'overview'>, string | null> {
  const states = sectionStates(counts);
  const missing = (section: Exclude<SectionId, 'overview'>, text: string) => (states[section] === 'complete' ? null : text);
  const skillsShort = Math.max(0, 5 - counts.skills);
  const peopleShort = Math.max(0, 3 - counts.people);
  const seatsShort = Math.max(0, 3 - counts.boardRolesFilled);
  const horizonsShort = Math.max(0, 3 - counts.milestoneHorizonsCovered);
  return {
    vision: missing('vision', `Answer ${plural(visionFieldsForComplete - counts.visionFieldsFilled, 'more question', 'more questions')} about where you are heading.`),
    'job-or-career': missing('job-or-career', 'Score your current role once.'),
    skills: missing(
      'skills',
      sentence([
        skillsShort > 0 && `add ${plural(skillsShort, 'more skill', 'more skills')}`,
        counts.skillsWithLearningActions === 0 && 'plan learning for one',
      ]),
    ),
    values: missing(
      'values',
      counts.completedValueSorts === 0 ? 'Finish a card sort and pick your core values.' : `Pick ${plural(3 - counts.coreValues, 'more core value', 'more core values')}.`,
    ),
    people: missing(
      'people',
      sentence([
        peopleShort > 0 && `add ${plural(peopleShort, 'more person', 'more people')}`,
        seatsShort > 0 && `fill ${plural(seatsShort, 'more board seat', 'more board seats')}`,
      ]),
    ),
    paths: missing('paths', `Sketch ${plural(Math.max(0, 2 - counts.paths), 'more path', 'more paths')}: two futures make a comparison.`),
    milestones: missing('milestones', `Set milestones on ${plural(horizonsShort, 'more horizon', 'more horizons')} (90 days to 10 years).`),
    experience: missing('experience', `Add ${plural(Math.max(0, 2 - counts.experiences), 'more role or project', 'more roles or projects')}.`),
    reviews: missing('reviews', counts.draftReviews > 0 ? 'Complete your review in progress.' : 'Complete your first review.'),
  };
}

/** Share of sections complete, with started sections counting half; 0–100, rounded. */
export function planCompleteness(counts: WorkbookCounts): number {
  const states = Object.values(sectionStates(counts));
  const score = states.reduce((sum, state) => sum + (state === 'complete' ? 1 : state === 'started' ? 0.5 : 0), 0);
  return Math.round((score / states.length) * 100);
}
