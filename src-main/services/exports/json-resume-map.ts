/*
 * A JSON Resume's content as Waypoint entities: work, education, volunteering and projects become
 * Experience entries, skills become Skills (level words as proficiency, keywords in the notes), and
 * certificates become done learning actions of the skill they name. Whatever cannot be kept is said in
 * a warning, in plain words, rather than failing the whole résumé.
 */
import { foldName, visibleName } from '../../shared/names';
import type { Experience, LearningAction, Skill } from '../../shared/workbook';
import { fit, isObject, list, monthOf, partialDateOf, proficiencyOf, text, texts, type Json } from './json-resume-fields';

export const resumeSections = ['work', 'education', 'volunteer', 'projects', 'skills', 'certificates'] as const;
export type ResumeSection = (typeof resumeSections)[number];

export interface MapContext {
  newId: () => string;
  /** ISO timestamp for createdAt / updatedAt. */
  now: string;
  warn: (message: string) => void;
  /** Called whenever a text was longer than the model keeps. */
  shortened: () => void;
}

const sectionNouns: Readonly<Record<ResumeSection, string>> = {
  work: 'work entry',
  education: 'education entry',
  volunteer: 'volunteer entry',
  projects: 'project',
  skills: 'skill',
  certificates: 'certificate',
};

/** "work entry 3 (“Acme”)": how a warning names an entry, counting from 1 as people do. */
export function entryName(section: ResumeSection, index: number, name: string): string {
  return `${sectionNouns[section]} ${index + 1}${name ? ` (“${name}”)` : ''}`;
}

interface ExperienceSpec {
  kind: Experience['kind'];
  title: (entry: Json) => string;
  organisation: (entry: Json) => string;
  description: (entry: Json) => string;
}

const experienceSpecs: Readonly<Record<Exclude<ResumeSection, 'skills' | 'certificates'>, ExperienceSpec>> = {
  work: {
    kind: 'role',
    title: (entry) => text(entry.position) || text(entry.name) || text(entry.company),
    organisation: (entry) => text(entry.name) || text(entry.company),
    description: (entry) => text(entry.summary) || text(entry.description),
  },
  education: {
    kind: 'education',
    title: (entry) => [text(entry.studyType), text(entry.area)].filter(Boolean).join(', ') || text(entry.institution),
    organisation: (entry) => text(entry.institution),
    description: (entry) => {
      const score = text(entry.score) || text(entry.gpa);
      const courses = texts(entry.courses);
      return [score ? `Score: ${score}` : '', courses.length > 0 ? `Courses: ${courses.join(', ')}` : ''].filter(Boolean).join('\n');
    },
  },
  volunteer: {
    kind: 'volunteering',
    title: (entry) => text(entry.position) || text(entry.organization) || text(entry.organisation),
    organisation: (entry) => text(entry.organization) || text(entry.organisation),
    description: (entry) => text(entry.summary),
  },
  projects: {
    kind: 'project',
    title: (entry) => text(entry.name),
    organisation: (entry) => text(entry.entity),
    description: (entry) => [text(entry.description), texts(entry.roles).length > 0 ? `Roles: ${texts(entry.roles).join(', ')}` : ''].filter(Boolean).join('\n'),
  },
};

/** The entries of a section that are objects; anything else is reported and left out. */
function entriesOf(resume: Json, section: ResumeSection, context: MapContext): Array<{ entry: Json; index: number }> {
  return list(resume[section]).flatMap((entry, index) => {
    if (isObject(entry)) return [{ entry, index }];
    context.warn(`The résumé’s ${entryName(section, index, '')} is not a group of fields, so it was left out.`);
    return [];
  });
}

export function mapExperiences(
  resume: Json,
  section: keyof typeof experienceSpecs,
  skills: readonly Skill[],
  context: MapContext,
): Experience[] {
  const spec = experienceSpecs[section];
  const skillsByName = new Map(skills.map((skill) => [foldName(skill.name), skill.id]));
  return entriesOf(resume, section, context).flatMap(({ entry, index }) => {
    const title = visibleName(spec.title(entry));
    const name = entryName(section, index, title);
    if (title === '') {
      context.warn(`The résumé’s ${name} has no title or name, so it was left out.`);
      return [];
    }
    let start = monthOf(entry.startDate ?? entry.start);
    const end = monthOf(entry.endDate ?? entry.end);
    if (start.kind !== 'date' && end.kind === 'date') {
      context.warn(`The résumé’s ${name} has no start date Waypoint can read, so it starts when it ended (${end.date}).`);
      start = end;
    }
    if (start.kind !== 'date') {
      const said = start.kind === 'unreadable' ? ` (it says “${start.raw}”)` : '';
      context.warn(`The résumé’s ${name} has no start date Waypoint can read${said}, so it was left out.`);
      return [];
    }
    if (end.kind === 'unreadable') {
      context.warn(`The résumé’s ${name} has an end date Waypoint cannot read (“${end.raw}”), so it is shown as still going on.`);
    }
    let startDate = start.date;
    let endDate = end.kind === 'date' ? end.date : null;
    if (endDate !== null && endDate < startDate) {
      context.warn(`The résumé’s ${name} ends before it starts, so its dates were swapped.`);
      [startDate, endDate] = [endDate, startDate];
    }
    const keywords = texts(entry.keywords);
    const skillLinks = [...new Set(keywords.flatMap((keyword) => skillsByName.get(foldName(keyword)) ?? []))].map((skillId) => ({
      skillId,
      relation: 'used' as const,
    }));
    return [
      {
        id: context.newId(),
        kind: spec.kind,
        title: fit(title, 200, context.shortened),
        organisation: fit(spec.organisation(entry), 200, context.shortened),
        start: startDate,
        end: endDate,
        description: fit(spec.description(entry), 20_000, context.shortened),
        achievements: texts(entry.highlights)
          .slice(0, 100)
          .map((highlight) => fit(highlight, 2_000, context.shortened)),
        skillLinks,
        createdAt: context.now,
        updatedAt: context.now,
      },
    ];
  });
}

export function mapSkills(resume: Json, context: MapContext): Skill[] {
  const skills: Skill[] = [];
  const byName = new Map<string, Skill>();
  for (const { entry, index } of entriesOf(resume, 'skills', context)) {
    const name = visibleName(text(entry.name));
    const keywords = texts(entry.keywords);
    if (name === '') {
      context.warn(`The résumé’s ${entryName('skills', index, '')} has no name, so it was left out.`);
      continue;
    }
    const level = proficiencyOf(entry.level);
    if (level === 'unknown') {
      context.warn(`The résumé’s ${entryName('skills', index, name)} has the level “${text(entry.level)}”, which Waypoint does not know, so it is not rated yet.`);
    }
    const proficiency = typeof level === 'number' ? level : null;
    const same = byName.get(foldName(name));
    if (same) {
      // Listed twice: one skill, with the keywords of both and the higher level.
      const notes = keywords.length > 0 ? `${same.notes ? `${same.notes}, ` : 'Keywords: '}${keywords.join(', ')}` : same.notes;
      same.notes = fit(notes, 20_000, context.shortened);
      if (proficiency !== null) same.proficiency = Math.max(same.proficiency ?? 0, proficiency);
      continue;
    }
    const skill: Skill = {
      id: context.newId(),
      name: fit(name, 120, context.shortened),
      category: 'technical',
      proficiency,
      enjoyment: null,
      targetLevel: null,
      notes: fit(keywords.length > 0 ? `Keywords: ${keywords.join(', ')}` : '', 20_000, context.shortened),
      evidence: [],
      order: skills.length + 1,
      createdAt: context.now,
      updatedAt: context.now,
    };
    skills.push(skill);
    byName.set(foldName(name), skill);
  }
  return skills;
}

/** The name of the skill that holds certificates naming none of the résumé's skills. */
export const certificatesSkillName = 'Certifications';

/** Whether `phrase` appears in `text` as whole words ("R" is not in "Certified", "SQL" is in "SQL Expert"). */
function containsWords(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return phrase !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** The skill a certificate is about: the one with the longest name that the certificate's name holds as words. */
function skillOfCertificate(name: string, skills: readonly Skill[]): Skill | undefined {
  const folded = foldName(name);
  return skills
    .filter((skill) => containsWords(folded, foldName(skill.name)))
    .sort((a, b) => foldName(b.name).length - foldName(a.name).length)[0];
}

/** Certificates as done learning actions; adds the catch-all skill to `skills` when one is needed. */
export function mapCertificates(resume: Json, skills: Skill[], context: MapContext): LearningAction[] {
  const actions: LearningAction[] = [];
  let catchAll: Skill | undefined;
  let unmatched = 0;
  for (const { entry, index } of entriesOf(resume, 'certificates', context)) {
    const title = visibleName(text(entry.name) || text(entry.title));
    if (title === '') {
      context.warn(`The résumé’s ${entryName('certificates', index, '')} has no name, so it was left out.`);
      continue;
    }
    let skill = skillOfCertificate(title, skills);
    if (!skill) {
      unmatched += 1;
      catchAll ??= skills.find((candidate) => foldName(candidate.name) === foldName(certificatesSkillName));
      if (!catchAll) {
        catchAll = { ...blankSkill(certificatesSkillName, skills.length + 1, context), category: 'domain' };
        skills.push(catchAll);
      }
      skill = catchAll;
    }
    const date = entry.date ?? entry.startDate;
    const dueDate = partialDateOf(date);
    if (dueDate === null && text(date) !== '') {
      context.warn(`The résumé’s ${entryName('certificates', index, title)} has a date Waypoint cannot read (“${text(date)}”), so it has none.`);
    }
    actions.push({
      id: context.newId(),
      skillId: skill.id,
      kind: 'certification',
      title: fit(title, 200, context.shortened),
      provider: fit(text(entry.issuer) || text(entry.authority), 200, context.shortened),
      status: 'done',
      dueDate,
      cost: null,
      hours: null,
      expiresOn: null,
      notes: fit(text(entry.url), 20_000, context.shortened),
      createdAt: context.now,
      updatedAt: context.now,
    });
  }
  if (unmatched > 0) {
    context.warn(
      `${unmatched === 1 ? '1 certificate names' : `${unmatched} certificates name`} none of the résumé’s skills, so ${unmatched === 1 ? 'it is' : 'they are'} kept under a skill called “${certificatesSkillName}”: move ${unmatched === 1 ? 'it' : 'them'} to the right skill in Skills.`,
    );
  }
  return actions;
}

function blankSkill(name: string, order: number, context: MapContext): Skill {
  return {
    id: context.newId(),
    name,
    category: 'technical',
    proficiency: null,
    enjoyment: null,
    targetLevel: null,
    notes: '',
    evidence: [],
    order,
    createdAt: context.now,
    updatedAt: context.now,
  };
}
