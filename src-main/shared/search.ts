/*
 * Searching the whole workbook: one entry per thing a person would look for, with the text it is found
 * by (folded: case, accents and spacing aside) and where it opens.
 */
import { foldName } from './names';
import { byDateDesc } from './ordering';
import { currentCore, valuesDeck } from './values';
import type { SectionId, WorkbookSnapshot } from './workbook';

export interface SearchEntry {
  section: SectionId;
  /** The item the section opens (a row id), or null when the section itself is the place. */
  item: string | null;
  title: string;
  /** A short line under the title: where it comes from. */
  detail: string;
  /** Everything it is found by, folded. */
  text: string;
}

export interface SearchGroup {
  section: SectionId;
  /** Matches in the section, of which `entries` shows the first few. */
  total: number;
  entries: SearchEntry[];
}

function entry(section: SectionId, item: string | null, title: string, detail: string, texts: ReadonlyArray<string>): SearchEntry {
  return { section, item, title, detail, text: foldName([title, ...texts].join(' \u2002 ')) };
}

function clip(text: string, length = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** The entries of a workbook, in the order of the sections in the sidebar. */
export function searchEntries(snapshot: WorkbookSnapshot): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const vision = snapshot.vision;
  if (vision) {
    const texts = [vision.fiveYears, vision.tenYears, vision.purpose, vision.workSays, ...Object.values(vision.ikigai)];
    entries.push(entry('vision', null, 'Your vision', clip(vision.fiveYears || vision.purpose), texts));
  }
  for (const check of snapshot.roleChecks) {
    const notes = Object.values(check.lenses).map((lens) => lens.note);
    entries.push(entry('job-or-career', check.id, check.role, `Check of ${check.date}`, [check.notes, ...notes]));
  }
  for (const skill of snapshot.skills) {
    const evidence = skill.evidence.flatMap((story) => [story.situation, story.action, story.result]);
    entries.push(entry('skills', skill.id, skill.name, skill.category, [skill.category, skill.notes, ...evidence]));
  }
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  for (const action of snapshot.learningActions) {
    const skill = skillNames.get(action.skillId) ?? 'a skill';
    entries.push(entry('skills', action.skillId, action.title, `Learning for ${skill}`, [action.provider, action.notes]));
  }
  const valueNames = new Map<string, string>(valuesDeck.map((value) => [value.id, value.name]));
  for (const value of snapshot.customValues) {
    valueNames.set(value.id, value.name);
    entries.push(entry('values', null, value.name, 'Your own value', [value.description]));
  }
  // The core values that count now (the Values section's rule), newest sort first.
  for (const core of currentCore([...snapshot.valueSorts].sort(byDateDesc((sort) => sort.startedAt)))) {
    if (core.meaning.trim() === '') continue;
    entries.push(entry('values', null, valueNames.get(core.valueId) ?? 'A core value', clip(core.meaning), [core.meaning]));
  }
  const peopleNames = new Map(snapshot.people.map((person) => [person.id, person.name]));
  for (const person of snapshot.people) {
    const about = [person.title, person.organisation].filter((part) => part.trim() !== '').join(', ');
    entries.push(entry('people', person.id, person.name, about, [person.organisation, person.title, person.howWeMet, person.contact, person.notes]));
  }
  for (const interaction of snapshot.interactions) {
    const name = peopleNames.get(interaction.personId) ?? 'someone';
    const title = interaction.summary.trim() || `Contact with ${name}`;
    entries.push(entry('people', interaction.personId, title, `With ${name}, ${interaction.date}`, [interaction.notes]));
  }
  for (const path of snapshot.paths) {
    const texts = [path.description, ...path.targetRoles, ...path.uncertainties.flatMap((question) => [question.question, ...question.experiments.flatMap((test) => [test.description, test.learned])])];
    entries.push(entry('paths', path.id, path.name, path.targetRoles.join(', '), texts));
  }
  for (const milestone of snapshot.milestones) {
    const texts = [milestone.specific, milestone.measure, milestone.whyItMatters, ...milestone.steps.map((step) => step.text)];
    entries.push(entry('milestones', milestone.id, milestone.title, clip(milestone.specific), texts));
  }
  for (const experience of snapshot.experiences) {
    entries.push(
      entry('experience', experience.id, experience.title, experience.organisation, [experience.organisation, experience.description, ...experience.achievements]),
    );
  }
  for (const review of snapshot.reviews) {
    entries.push(entry('reviews', review.id, review.period, `Review of ${review.date}`, [review.moved, review.stuck, review.learned, review.next]));
  }
  return entries;
}

/**
 * The entries holding every word of the query (in any order, case and accents aside), grouped by
 * section in sidebar order; each group keeps its first `perSection` matches and the total.
 */
export function findInWorkbook(entries: readonly SearchEntry[], query: string, perSection = 5): SearchGroup[] {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const groups = new Map<SectionId, SearchGroup>();
  for (const candidate of entries) {
    if (!words.every((word) => candidate.text.includes(word))) continue;
    let group = groups.get(candidate.section);
    if (!group) {
      group = { section: candidate.section, total: 0, entries: [] };
      groups.set(candidate.section, group);
    }
    group.total += 1;
    if (group.entries.length < perSection) group.entries.push(candidate);
  }
  return [...groups.values()];
}
