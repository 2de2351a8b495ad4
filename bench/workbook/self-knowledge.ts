import {
  experienceKinds,
  valuePiles,
  type CustomValue,
  type Experience,
  type LearningAction,
  type Skill,
  type ValueSort,
} from '../../src-main/shared/workbook';
import type { Calendar } from './calendar';
import type { SeededRandom } from './random';
import {
  achievementPhrases,
  bookTitles,
  customValueNames,
  educationTitles,
  evidenceActions,
  evidenceResults,
  evidenceSituations,
  learningProviders,
  organisations,
  projectTitles,
  roleTitles,
  skillBases,
  skillPrefixes,
  skillSuffixes,
  volunteeringTitles,
} from './word-lists';

export interface Generation {
  random: SeededRandom;
  calendar: Calendar;
}

const properNouns = new Set(['Python', 'TypeScript', 'Linux', 'Spanish', 'German', 'French', 'Mandarin', 'Portuguese', 'Japanese', 'Arabic']);

function afterPrefix(base: string): string {
  const firstWord = base.split(' ')[0] ?? base;
  const isAcronym = firstWord.length > 1 && firstWord[1] === firstWord[1]?.toUpperCase();
  return properNouns.has(firstWord) || isAcronym ? base : base[0]?.toLowerCase() + base.slice(1);
}

export const idOf = (prefix: string, index: number): string => `${prefix}-${String(index + 1).padStart(5, '0')}`;

/**
 * Unique, plausible names: every base first, then base + suffix, prefix + base, and both. Taking the
 * plainer forms first keeps the inventory reading like a person's rather than a catalogue.
 */
function skillNames(random: SeededRandom, count: number): { name: string; category: string }[] {
  const bases = Object.entries(skillBases).flatMap(([category, names]) => names.map((name) => ({ name, category })));
  const tiers = [
    bases,
    bases.flatMap(({ name, category }) => skillSuffixes.map((suffix) => ({ name: `${name} ${suffix}`, category }))),
    bases.flatMap(({ name, category }) => skillPrefixes.map((prefix) => ({ name: `${prefix} ${afterPrefix(name)}`, category }))),
    bases.flatMap(({ name, category }) =>
      skillPrefixes.flatMap((prefix) => skillSuffixes.map((suffix) => ({ name: `${prefix} ${afterPrefix(name)} ${suffix}`, category }))),
    ),
  ];
  const chosen: { name: string; category: string }[] = [];
  for (const tier of tiers) {
    if (chosen.length >= count) break;
    chosen.push(...random.shuffle(tier).slice(0, count - chosen.length));
  }
  // Past every combination (about 15,000), numbered repeats keep the names unique.
  for (let repeat = 2; chosen.length < count; repeat++) {
    chosen.push(...bases.slice(0, count - chosen.length).map(({ name, category }) => ({ name: `${name} (${repeat})`, category })));
  }
  return random.shuffle(chosen);
}

function levelPair(random: SeededRandom): { proficiency: number; enjoyment: number } {
  // Real inventories cluster: many skills land on the same map cell, which the chart must keep readable.
  return random.weighted<{ proficiency: number; enjoyment: number }>([
    [{ proficiency: 3, enjoyment: 4 }, 15],
    [{ proficiency: 5, enjoyment: 5 }, 10],
    [{ proficiency: random.int(1, 5), enjoyment: random.int(1, 5) }, 75],
  ]);
}

export function generateSkills({ random, calendar }: Generation, count: number): Skill[] {
  return skillNames(random, count).map(({ name, category }, index) => {
    const { proficiency, enjoyment } = levelPair(random);
    const evidenceCount = random.chance(0.2) ? random.int(1, 3) : 0;
    return {
      id: idOf('skill', index),
      name,
      category,
      proficiency,
      enjoyment,
      targetLevel: Math.min(5, proficiency + random.weighted([[0, 3], [1, 5], [2, 2]])),
      notes: random.chance(0.3) ? `Picked this up at ${random.pick(organisations)}; want to use it more.` : '',
      evidence: Array.from({ length: evidenceCount }, (_, evidenceIndex) => ({
        id: `${idOf('skill', index)}-evidence-${evidenceIndex + 1}`,
        situation: random.pick(evidenceSituations),
        action: random.pick(evidenceActions),
        result: random.pick(evidenceResults),
        date: random.chance(0.8) ? calendar.partialDate(-random.int(30, 3_000), random) : null,
      })),
      order: index,
      ...calendar.timestamps(random),
    };
  });
}

function learningTitle(random: SeededRandom, kind: LearningAction['kind'], skill: Skill): string {
  switch (kind) {
    case 'course':
      return `Course: ${skill.name}`;
    case 'certification':
      return `${skill.name} certificate`;
    case 'project':
      return `Side project to practise ${afterPrefix(skill.name)}`;
    case 'stretch-assignment':
      return `Take on the ${afterPrefix(skill.name)} work in the next quarter`;
    case 'mentoring':
      return `Monthly mentoring on ${afterPrefix(skill.name)}`;
    case 'reading':
      return `Read “${random.pick(bookTitles)}”`;
  }
}

export function generateLearningActions({ random, calendar }: Generation, count: number, skills: readonly Skill[]): LearningAction[] {
  if (skills.length === 0) return [];
  return Array.from({ length: count }, (_, index) => {
    const skill = random.pick(skills);
    const kind = random.weighted<LearningAction['kind']>([
      ['course', 4], ['certification', 2], ['project', 2], ['stretch-assignment', 1], ['mentoring', 1], ['reading', 2],
    ]);
    const dueInDays = random.int(-400, 600);
    // Past due dates are mostly done; the rest are overdue, which the combined view must flag.
    const status = dueInDays < 0
      ? random.weighted<LearningAction['status']>([['done', 6], ['planned', 2], ['in-progress', 1], ['dropped', 1]])
      : random.weighted<LearningAction['status']>([['planned', 5], ['in-progress', 3], ['done', 1], ['dropped', 1]]);
    // Certifications: some already expired, some expiring within weeks, most later.
    const expiresInDays = random.weighted<number>([[random.int(-200, -1), 1], [random.int(0, 60), 2], [random.int(61, 1_500), 4]]);
    return {
      id: idOf('learning', index),
      skillId: skill.id,
      kind,
      title: learningTitle(random, kind, skill),
      provider: kind === 'reading' ? '' : random.pick(learningProviders),
      status,
      dueDate: random.chance(0.85) ? calendar.partialDate(dueInDays, random) : null,
      cost: random.chance(0.6) ? random.int(0, 50) * 50 : null,
      hours: random.chance(0.7) ? random.int(1, 120) : null,
      expiresOn: kind === 'certification' && random.chance(0.9) ? calendar.day(expiresInDays) : null,
      notes: random.chance(0.2) ? 'Ask whether the training budget covers this.' : '',
      ...calendar.timestamps(random, 600),
    };
  });
}

function experienceTitle(random: SeededRandom, kind: Experience['kind']): string {
  switch (kind) {
    case 'role':
      return random.pick(roleTitles);
    case 'education':
      return random.pick(educationTitles);
    case 'volunteering':
      return random.pick(volunteeringTitles);
    case 'project':
      return random.pick(projectTitles);
  }
}

const firstExperienceMonth = { year: 1995, month: 1 };

export function generateExperiences({ random, calendar }: Generation, count: number, skills: readonly Skill[]): Experience[] {
  const earliest = calendar.monthIndex(firstExperienceMonth.year, firstExperienceMonth.month);
  const latest = calendar.currentMonthIndex;
  return Array.from({ length: count }, (_, index) => {
    const kind = random.weighted<Experience['kind']>([
      [experienceKinds[0], 5], [experienceKinds[1], 1.5], [experienceKinds[2], 1.5], [experienceKinds[3], 2],
    ]);
    const start = random.int(earliest, latest);
    const end = random.chance(0.05) ? null : Math.min(latest, start + random.int(0, 96));
    const linkedSkills = random.sample(skills, Math.min(skills.length, random.int(0, 6)));
    return {
      id: idOf('experience', index),
      kind,
      title: experienceTitle(random, kind),
      organisation: random.pick(organisations),
      // Some entries have year precision only, as people often remember them.
      start: random.chance(0.1) ? calendar.month(start).slice(0, 4) : calendar.month(start),
      end: end === null ? null : calendar.month(end),
      description: random.chance(0.7) ? `${random.pick(achievementPhrases)} ${random.pick(achievementPhrases)}` : '',
      achievements: random.sample(achievementPhrases, random.int(1, 4)),
      skillLinks: linkedSkills.map((skill) => ({ skillId: skill.id, relation: random.chance(0.6) ? 'used' : 'gained' })),
      ...calendar.timestamps(random),
    };
  });
}

export function generateCustomValues({ random, calendar }: Generation, count: number): CustomValue[] {
  return Array.from({ length: count }, (_, index) => ({
    id: idOf('custom-value', index),
    name: index < customValueNames.length ? customValueNames[index]! : `${random.pick(customValueNames)} (${index + 1})`,
    description: random.chance(0.7) ? 'Something I noticed matters to me more than I expected.' : '',
    ...calendar.timestamps(random, 400),
  }));
}

/** An older completed sort (kept with its date) and the current one, placing every card and ranking the core. */
export function generateValueSorts({ random, calendar }: Generation, valueIds: readonly string[]): ValueSort[] {
  if (valueIds.length === 0) return [];
  return [400, 20].map((daysAgo, index) => {
    const placements: Record<string, ValueSort['placements'][string]> = {};
    for (const valueId of valueIds) {
      placements[valueId] = random.weighted<(typeof valuePiles)[number]>([
        ['always', 2], ['often', 3], ['sometimes', 3], ['seldom', 2], ['never', 1],
      ]);
    }
    const always = valueIds.filter((valueId) => placements[valueId] === 'always');
    const startedAt = calendar.timestamp(-daysAgo, random);
    const completedAt = calendar.timestamp(-daysAgo + 1, random);
    return {
      id: idOf('value-sort', index),
      startedAt,
      completedAt,
      placements,
      core: always.slice(0, 10).map((valueId) => ({ valueId, meaning: random.chance(0.7) ? 'I do my best work when this is there.' : '' })),
      createdAt: startedAt,
      updatedAt: completedAt,
    };
  });
}
