/*
 * The whole plan as a readable Markdown document. With `share`, every field the model marks private is
 * emptied first (withoutPrivateFields), and a blank field never leaves a heading or label behind.
 * Pure: the day is passed in, so the same workbook on the same day gives the same text.
 */
import { withoutPrivateFields } from '../../shared/private-fields';
import type { WorkbookSnapshot } from '../../shared/workbook';
import { milestonesChapter, pathsChapter, peopleChapter, reviewsChapter } from './markdown-plan';
import { coreValuesChapter, dateText, experienceChapter, jobOrCareerChapter, learningChapter, skillsChapter, visionChapter } from './markdown-self';
import { blocks, heading, inline } from './markdown-text';

export interface MarkdownOptions {
  /** Leave out every private field (contact details, notes, reflections). */
  share: boolean;
  /** The person's today, as an ISO day: follow-ups, overdue flags and the date line use it. */
  today: string;
}

export function workbookToMarkdown(snapshot: WorkbookSnapshot, options: MarkdownOptions): string {
  const workbook = options.share ? withoutPrivateFields(snapshot) : snapshot;
  const { owner, title } = workbook.workbook;
  const ownerLine = [owner.name, owner.headline].map((text) => inline(text)).filter(Boolean).join(': ');
  const chapters = [
    visionChapter(workbook),
    coreValuesChapter(workbook),
    skillsChapter(workbook),
    learningChapter(workbook, options.today),
    peopleChapter(workbook, options.today),
    pathsChapter(workbook),
    milestonesChapter(workbook, options.today),
    experienceChapter(workbook),
    jobOrCareerChapter(workbook),
    reviewsChapter(workbook),
  ];
  const empty = chapters.every((chapter) => chapter === null);
  return `${blocks(
    heading(1, title),
    ownerLine,
    `*Career plan as of ${dateText(options.today)}${options.share ? ', shared version without private notes' : ''}.*`,
    empty ? 'Nothing is written in this workbook yet.' : null,
    ...chapters,
  )}\n`;
}
