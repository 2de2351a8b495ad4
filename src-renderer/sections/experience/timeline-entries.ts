import {
  durationInMonths,
  experienceKindWords,
  findOverlaps,
  formatDuration,
  formatPeriod,
  monthOf,
  searchTextOf,
  sortNewestFirst,
  timelineYear,
  type ExperienceKind,
  type SkillRelation,
} from '@shared/experience';
import type { Row } from '../../db';

/** One entry of the timeline, with everything it shows worked out once per change of the data. */
export interface TimelineEntry {
  id: string;
  kind: ExperienceKind;
  kindWord: string;
  title: string;
  organisation: string;
  period: string;
  duration: string;
  ongoing: boolean;
  year: number | 'present';
  achievements: string[];
  moreAchievements: number;
  skills: Array<{ id: string; name: string; relation: SkillRelation }>;
  moreSkills: number;
  /** "Data analyst, Pricing model and 3 more": what ran at the same time; empty when nothing did. */
  alongside: string;
  searchText: string;
}

const shownAchievements = 2;
const shownSkills = 6;
const shownAlongside = 2;

/**
 * Builds the timeline from the stored rows. An entry whose inputs did not change keeps its object,
 * so after an edit the list re-renders only the row that changed, even in a record of a thousand.
 */
export class TimelineBuilder {
  // Entries of the previous build, by id, with the inputs they were built from.
  #previous = new Map<string, { signature: string; entry: TimelineEntry }>();

  build(
    experiences: readonly Row<'experiences'>[],
    skillNames: ReadonlyMap<string, string>,
    locale: string,
    today = new Date(),
  ): TimelineEntry[] {
    const titles = new Map(experiences.map((experience) => [experience.id, experience.title]));
    const overlaps = findOverlaps(experiences, shownAlongside);
    const thisMonth = monthOf(today);
    const next = new Map<string, { signature: string; entry: TimelineEntry }>();
    const entries = sortNewestFirst(experiences).map((experience) => {
      const overlap = overlaps.get(experience.id) ?? { ids: [], count: 0 };
      const alongside = overlap.ids.map((id) => titles.get(id) ?? '');
      const linkedNames = experience.skillLinks.map((link) => skillNames.get(link.skillId) ?? '');
      const signature = [
        experience.updatedAt,
        locale,
        experience.end === null ? thisMonth : '',
        overlap.count,
        ...alongside,
        ...linkedNames,
      ].join('\u0000');
      const previous = this.#previous.get(experience.id);
      const entry =
        previous?.signature === signature
          ? previous.entry
          : buildEntry(experience, skillNames, locale, today, alongside, overlap.count);
      next.set(experience.id, { signature, entry });
      return entry;
    });
    this.#previous = next;
    return entries;
  }
}

function listInWords(names: readonly string[], more: number): string {
  const items = more > 0 ? [...names, `${more} more`] : [...names];
  const last = items.pop();
  if (last === undefined) return '';
  return items.length === 0 ? last : `${items.join(', ')} and ${last}`;
}

function buildEntry(
  experience: Row<'experiences'>,
  skillNames: ReadonlyMap<string, string>,
  locale: string,
  today: Date,
  alongside: string[],
  overlapCount: number,
): TimelineEntry {
  const achievements = experience.achievements.filter((text) => text.trim() !== '');
  const skills = experience.skillLinks.flatMap((link) => {
    const name = skillNames.get(link.skillId);
    return name === undefined ? [] : [{ id: link.skillId, name, relation: link.relation }];
  });
  return {
    id: experience.id,
    kind: experience.kind,
    kindWord: experienceKindWords[experience.kind].one,
    title: experience.title,
    organisation: experience.organisation,
    period: formatPeriod(experience, locale),
    duration: formatDuration(durationInMonths(experience, today), locale),
    ongoing: experience.end === null,
    year: timelineYear(experience),
    achievements: achievements.slice(0, shownAchievements),
    moreAchievements: Math.max(0, achievements.length - shownAchievements),
    skills: skills.slice(0, shownSkills),
    moreSkills: Math.max(0, skills.length - shownSkills),
    alongside: listInWords(alongside, overlapCount - alongside.length),
    searchText: searchTextOf(experience, (id) => skillNames.get(id)),
  };
}

/** An entry as the list draws it: whether it opens a new year depends on its neighbour in the filtered list. */
export interface TimelineRow {
  entry: TimelineEntry;
  /** True for the first entry under its year marker. */
  opensYear: boolean;
}

/**
 * Rows for a (filtered) list of entries. The same entry with the same marker gets the same row object,
 * so a change to one entry updates one row instead of asking every row whether its marker moved.
 */
export class TimelineRows {
  #rows = new WeakMap<TimelineEntry, { opens?: TimelineRow; continues?: TimelineRow }>();

  for(entries: readonly TimelineEntry[]): TimelineRow[] {
    return entries.map((entry, index) => {
      const opensYear = index === 0 || entries[index - 1]?.year !== entry.year;
      let cached = this.#rows.get(entry);
      if (!cached) {
        cached = {};
        this.#rows.set(entry, cached);
      }
      const key = opensYear ? 'opens' : 'continues';
      return (cached[key] ??= { entry, opensYear });
    });
  }
}
