import { experienceKindWords, formatPeriod, sortNewestFirst } from '../../../shared/experience';
import type { PlanContext } from '../context';
import { colours, type as sizes } from '../theme';
import { emptyNote, list, openSection } from './common';

/*
 * Experience: the record a career is built from, newest first, like a CV: each entry with its period,
 * what it was, what was achieved and the skills it used or grew.
 */

export async function writeExperience(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(context, 'experience', 'Roles, education, volunteering and projects: the record a career is built from.');
  if (snapshot.experiences.length === 0) {
    emptyNote(layout, 'No experience recorded yet.');
    return;
  }
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  for (const experience of sortNewestFirst(snapshot.experiences)) {
    const title = experience.organisation.trim() ? `${experience.title}, ${experience.organisation.trim()}` : experience.title;
    layout.heading(3, title, 2 * layout.lineHeight());
    layout.paragraph(`${experienceKindWords[experience.kind].one} · ${formatPeriod(experience, context.locale)}`, {
      size: sizes.small,
      colour: colours.muted,
      after: 3,
    });
    layout.paragraph(experience.description);
    const achievements = experience.achievements.filter((achievement) => achievement.trim() !== '');
    if (achievements.length > 0) list(layout, achievements, { style: { size: sizes.small + 0.5 } });
    const gained = experience.skillLinks.filter((link) => link.relation === 'gained').map((link) => skillNames.get(link.skillId) ?? '');
    const used = experience.skillLinks.filter((link) => link.relation === 'used').map((link) => skillNames.get(link.skillId) ?? '');
    const skills = [
      gained.length > 0 ? `Grew: ${gained.filter(Boolean).join(', ')}` : '',
      used.length > 0 ? `Used: ${used.filter(Boolean).join(', ')}` : '',
    ].filter(Boolean);
    if (skills.length > 0) layout.paragraph(skills.join('. '), { size: sizes.small, colour: colours.muted });
    layout.gap(6);
    await context.checkpoint();
  }
}
