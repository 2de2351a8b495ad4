/*
 * Adding a résumé's workbook to one that is open: only what is not there yet by name (the one name
 * rule of shared/names.ts), with fresh ids, and the links of what is added pointing at the skills the
 * workbook already has when the résumé names one of them.
 */
import { sameName } from '../../shared/names';
import type { Experience, WorkbookSnapshot } from '../../shared/workbook';

export interface AddResumeResult {
  snapshot: WorkbookSnapshot;
  added: { skills: number; experiences: number; learningActions: number };
  /** Names of what the workbook had already, so it was not added again. */
  skipped: { skills: string[]; experiences: string[]; learningActions: string[] };
}

const sameExperience = (a: Experience, b: Experience) => a.kind === b.kind && sameName(a.title, b.title) && sameName(a.organisation, b.organisation);

/** `existing` with what `resume` adds; `ids` gives new ids (any it gives that are in use are passed over). */
export function addResumeToSnapshot(existing: WorkbookSnapshot, resume: WorkbookSnapshot, ids: () => string): AddResumeResult {
  const used = new Set([...existing.skills, ...existing.experiences, ...existing.learningActions].map((entity) => entity.id));
  const freshId = (): string => {
    let id = ids();
    while (used.has(id)) id = ids();
    used.add(id);
    return id;
  };
  const skipped: AddResumeResult['skipped'] = { skills: [], experiences: [], learningActions: [] };

  const skillIds = new Map<string, string>();
  const skills = [...existing.skills];
  let order = Math.max(0, ...existing.skills.map((skill) => skill.order));
  for (const skill of resume.skills) {
    const there = existing.skills.find((candidate) => sameName(candidate.name, skill.name));
    if (there) {
      skillIds.set(skill.id, there.id);
      skipped.skills.push(skill.name);
      continue;
    }
    const id = freshId();
    skillIds.set(skill.id, id);
    order += 1;
    skills.push({ ...skill, id, order });
  }

  const experiences = [...existing.experiences];
  for (const experience of resume.experiences) {
    if (existing.experiences.some((candidate) => sameExperience(candidate, experience))) {
      skipped.experiences.push(experience.title);
      continue;
    }
    const links = experience.skillLinks.flatMap((link) => {
      const skillId = skillIds.get(link.skillId);
      return skillId ? [{ ...link, skillId }] : [];
    });
    const unique = links.filter((link, index) => links.findIndex((other) => other.skillId === link.skillId) === index);
    experiences.push({ ...experience, id: freshId(), skillLinks: unique });
  }

  const learningActions = [...existing.learningActions];
  for (const action of resume.learningActions) {
    const skillId = skillIds.get(action.skillId);
    if (skillId === undefined) continue;
    if (existing.learningActions.some((candidate) => sameName(candidate.title, action.title))) {
      skipped.learningActions.push(action.title);
      continue;
    }
    learningActions.push({ ...action, id: freshId(), skillId });
  }

  const owner = {
    name: existing.workbook.owner.name.trim() ? existing.workbook.owner.name : resume.workbook.owner.name,
    headline: existing.workbook.owner.headline.trim() ? existing.workbook.owner.headline : resume.workbook.owner.headline,
  };
  return {
    snapshot: { ...existing, workbook: { ...existing.workbook, owner }, skills, experiences, learningActions },
    added: {
      skills: skills.length - existing.skills.length,
      experiences: experiences.length - existing.experiences.length,
      learningActions: learningActions.length - existing.learningActions.length,
    },
    skipped,
  };
}
