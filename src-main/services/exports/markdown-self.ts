/*
 * The self-knowledge chapters of the Markdown export: vision, core values, skills, the learning plan,
 * experience and the job-or-career checks. Figures come from src-main/shared, as the app shows them.
 */
import { formatPartialDate } from '../../shared/date-words';
import { experienceKindWords, formatPeriod, sortNewestFirst } from '../../shared/experience';
import { ikigaiAreaLabels, ikigaiAreas, overlapLabel } from '../../shared/ikigai';
import { lensGuides, lensLeaning, overallReading } from '../../shared/job-or-career';
import { learningFlags, sortByDueDate } from '../../shared/learning-plan';
import { learningDemand } from '../../shared/paths';
import { isRated, prioritisedLearning, quadrantLabels, skillGap, skillQuadrant, skillQuadrants } from '../../shared/skills-plan';
import { currentCore, indexCards, sortCards, valuesDeck } from '../../shared/values';
import { lensIds, type LearningAction, type WorkbookSnapshot } from '../../shared/workbook';
import { bullets, cell, field, inline, longField, paragraphs, section, table } from './markdown-text';

export const markdownLocale = 'en-GB';

export function dateText(date: string | null): string {
  return date === null ? '' : formatPartialDate(date, markdownLocale);
}

const levelText = (level: number | null): string => (level === null ? 'not rated' : `${level} of 5`);

export function visionChapter(snapshot: WorkbookSnapshot): string | null {
  const vision = snapshot.vision;
  if (vision === null) return null;
  const ikigai = bullets(
    [
      ...ikigaiAreas.map((area) => field(ikigaiAreaLabels[area].title, vision.ikigai[area])),
      field(overlapLabel, vision.ikigai.overlap),
    ].filter((line): line is string => line !== null),
  );
  return section(
    2,
    'Vision',
    section(3, 'In five years', paragraphs(vision.fiveYears)),
    section(3, 'In ten years', paragraphs(vision.tenYears)),
    section(3, 'Purpose', paragraphs(vision.purpose)),
    section(3, 'What I want my work to say about me', paragraphs(vision.workSays)),
    section(3, 'Ikigai', ikigai),
    section(3, 'Notes', paragraphs(vision.notes)),
  );
}

export function coreValuesChapter(snapshot: WorkbookSnapshot): string | null {
  const cards = indexCards(sortCards(valuesDeck, snapshot.customValues));
  const lines = currentCore(snapshot.valueSorts).flatMap((value, index) => {
    const card = cards.get(value.valueId);
    if (!card) return [];
    const meaning = value.meaning.trim() === '' ? '' : `: ${inline(value.meaning)}`;
    return [`${index + 1}. **${inline(card.name)}**${meaning}`];
  });
  return section(2, 'Core values', lines.join('\n'));
}

export function skillsChapter(snapshot: WorkbookSnapshot): string | null {
  const { skills } = snapshot;
  if (skills.length === 0) return null;
  const rows = skills.map((skill) => {
    const gap = skillGap(skill);
    return [
      cell(skill.name),
      cell(skill.category),
      levelText(skill.proficiency),
      levelText(skill.enjoyment),
      levelText(skill.targetLevel),
      gap === null ? '' : gap === 0 ? 'at target' : `${gap} to go`,
      isRated(skill) ? quadrantLabels[skillQuadrant(skill)].title : 'not on the map yet',
    ];
  });
  const map = skillQuadrants.flatMap((quadrant) => {
    const names = skills.filter((skill) => isRated(skill) && skillQuadrant(skill) === quadrant).map((skill) => inline(skill.name));
    return names.length === 0 ? [] : [`**${quadrantLabels[quadrant].title}** (${quadrantLabels[quadrant].advice}): ${names.join(', ')}`];
  });
  const notes = skills.flatMap((skill) => {
    const notesField = longField(skill.name, skill.notes);
    return notesField === null ? [] : [notesField];
  });
  const evidence = skills.flatMap((skill) =>
    skill.evidence.map((item) => {
      const parts = [item.situation, item.action, item.result].map((text) => inline(text)).filter(Boolean);
      return `**${inline(skill.name)}**${item.date ? ` (${dateText(item.date)})` : ''}: ${parts.join(' → ')}`;
    }),
  );
  return section(
    2,
    'Skills',
    table(['Skill', 'Category', 'Proficiency', 'Enjoyment', 'Target', 'Gap', 'Motivated-skills map'], rows),
    section(3, 'Motivated-skills map', bullets(map)),
    section(3, 'Evidence', bullets(evidence)),
    section(3, 'Notes on skills', notes.join('\n\n')),
  );
}

const learningKindWords: Readonly<Record<LearningAction['kind'], string>> = {
  course: 'Course',
  certification: 'Certification',
  project: 'Project',
  'stretch-assignment': 'Stretch assignment',
  mentoring: 'Mentoring',
  reading: 'Reading',
};

const learningStatusWords: Readonly<Record<LearningAction['status'], string>> = {
  planned: 'planned',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

const flagWords = { overdue: 'overdue', expired: 'expired', expiring: 'expiring soon' } as const;

function actionLine(action: LearningAction, skillName: string | undefined, today: string): string {
  const details = [
    `${learningKindWords[action.kind]}, ${learningStatusWords[action.status]}`,
    skillName ? `for ${inline(skillName)}` : '',
    action.provider.trim() ? `with ${inline(action.provider)}` : '',
    action.dueDate ? `due ${dateText(action.dueDate)}` : '',
    action.expiresOn ? `expires ${dateText(action.expiresOn)}` : '',
    action.cost === null ? '' : `cost ${action.cost}`,
    action.hours === null ? '' : `${action.hours} hours`,
    ...learningFlags(action, today).map((flag) => `**${flagWords[flag]}**`),
  ].filter(Boolean);
  const notes = action.notes.trim() ? `\n${paragraphs(action.notes)}` : '';
  return `**${inline(action.title)}** (${details.join('; ')})${notes}`;
}

export function learningChapter(snapshot: WorkbookSnapshot, today: string): string | null {
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  const next = prioritisedLearning(snapshot.skills, snapshot.learningActions, learningDemand(snapshot.paths, snapshot.skills));
  return section(
    2,
    'Learning plan',
    section(3, 'What to learn next', next.map((entry, index) => `${index + 1}. **${inline(entry.skill.name)}**: ${inline(entry.reason)}`).join('\n')),
    section(
      3,
      'Learning actions',
      bullets(sortByDueDate(snapshot.learningActions).map((action) => actionLine(action, skillNames.get(action.skillId), today))),
    ),
  );
}

export function experienceChapter(snapshot: WorkbookSnapshot): string | null {
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  const entries = sortNewestFirst(snapshot.experiences).map((experience) => {
    const title = experience.organisation.trim() ? `${experience.title}, ${experience.organisation}` : experience.title;
    const linked = (relation: 'used' | 'gained') =>
      experience.skillLinks
        .filter((link) => link.relation === relation)
        .flatMap((link) => (skillNames.has(link.skillId) ? [skillNames.get(link.skillId) ?? ''] : []))
        .join(', ');
    return section(
      3,
      title,
      `*${experienceKindWords[experience.kind].one}, ${formatPeriod(experience, markdownLocale)}*`,
      paragraphs(experience.description),
      bullets(experience.achievements.filter((text) => text.trim() !== '').map((text) => inline(text))),
      bullets([field('Skills used', linked('used')), field('Skills gained', linked('gained'))].filter((line): line is string => line !== null)),
    );
  });
  return section(2, 'Experience', ...entries);
}

export function jobOrCareerChapter(snapshot: WorkbookSnapshot): string | null {
  const [latest, ...earlier] = [...snapshot.roleChecks].sort((a, b) => b.date.localeCompare(a.date));
  if (!latest) return null;
  const reading = overallReading(latest.lenses);
  const summary = [
    `Latest check, ${dateText(latest.date)}${latest.role.trim() ? `, of ${inline(latest.role)}` : ''}:`,
    reading.average === null ? 'no lens rated yet.' : `average ${reading.average} of 5${reading.label ? `, ${reading.label}` : ` (${reading.rated} of 7 lenses rated)`}.`,
  ].join(' ');
  const rows = lensIds.map((lens) => {
    const { score, note } = latest.lenses[lens];
    return [lensGuides[lens].name, score === null ? 'not rated' : String(score), lensLeaning(score) ?? '', cell(note)];
  });
  const history = earlier.map((check) => {
    const older = overallReading(check.lenses);
    const notes = check.notes.trim() ? `\n${paragraphs(check.notes)}` : '';
    return `${dateText(check.date)}${check.role.trim() ? `, ${inline(check.role)}` : ''}: ${older.average === null ? 'not rated' : `average ${older.average}`}${older.label ? `, ${older.label}` : ''}${notes}`;
  });
  return section(
    2,
    'Job or career?',
    summary,
    table(['Lens', 'Score', 'Leaning', 'Note'], rows),
    longField('Notes', latest.notes),
    section(3, 'Earlier checks', bullets(history)),
  );
}
