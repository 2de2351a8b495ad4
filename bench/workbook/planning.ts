import {
  boardRoles,
  experimentKinds,
  experimentStatuses,
  horizons,
  interactionKinds,
  lensIds,
  milestoneStatuses,
  pathKinds,
  pathStatuses,
  type CareerPath,
  type Interaction,
  type Milestone,
  type Person,
  type Review,
  type RoleCheck,
  type Skill,
  type Vision,
} from '../../src-main/shared/workbook';
import { idOf, type Generation } from './self-knowledge';
import { firstNames, howWeMet, lastNames, milestoneObjects, milestoneVerbs, organisations, pathNames, roleTitles } from './word-lists';

export function generatePeople({ random, calendar }: Generation, count: number, skills: readonly Skill[]): Person[] {
  const names = random.shuffle(firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`)));
  return Array.from({ length: count }, (_, index) => ({
    id: idOf('person', index),
    name: names[index % names.length]! + (index >= names.length ? ` (${Math.floor(index / names.length) + 1})` : ''),
    roles: random.sample(boardRoles, random.weighted([[0, 3], [1, 5], [2, 2]])),
    organisation: random.pick(organisations),
    title: random.pick(roleTitles),
    howWeMet: random.pick(howWeMet),
    canHelpWith: random.sample(skills, Math.min(skills.length, random.int(0, 4))).map((skill) => skill.id),
    contact: random.chance(0.6) ? `${names[index % names.length]!.split(' ')[0]!.toLowerCase()}@example.org` : '',
    cadenceDays: random.weighted<number | null>([[null, 2], [14, 1], [30, 2], [60, 2], [90, 2], [180, 1]]),
    lastContact: random.chance(0.8) ? calendar.day(-random.int(0, 400)) : null,
    notes: random.chance(0.3) ? 'Likes a short agenda sent the day before.' : '',
    ...calendar.timestamps(random),
  }));
}

export function generateInteractions({ random, calendar }: Generation, count: number, people: readonly Person[]): Interaction[] {
  if (people.length === 0) return [];
  return Array.from({ length: count }, (_, index) => ({
    id: idOf('interaction', index),
    personId: random.pick(people).id,
    date: calendar.day(-random.int(0, 1_100)),
    kind: random.pick(interactionKinds),
    summary: random.pick(['Coffee and a catch-up', 'Talked about the product role', 'Reviewed my CV', 'Intro to a hiring manager', '']),
    notes: random.chance(0.4) ? 'Follow up with the article they mentioned.' : '',
    // Every twentieth conversation ended with something agreed; by index, so the random sequence stays as it was.
    followUp: index % 20 === 0 ? { what: 'Send the notes from our talk', due: calendar.day(index % 40 === 0 ? 14 : -3), done: false } : null,
    ...calendar.timestamps(random),
  }));
}

/** A person's last contact is their newest logged interaction, as the app keeps it; people with no log keep theirs. */
export function withLastContactFromLog(people: readonly Person[], interactions: readonly Interaction[]): Person[] {
  const newest = new Map<string, string>();
  for (const interaction of interactions) {
    const known = newest.get(interaction.personId);
    if (known === undefined || interaction.date > known) newest.set(interaction.personId, interaction.date);
  }
  return people.map((person) => ({ ...person, lastContact: newest.get(person.id) ?? person.lastContact }));
}

export function generatePaths(
  { random, calendar }: Generation,
  sizes: { count: number; requiredSkills: number },
  skills: readonly Skill[],
  valueIds: readonly string[],
  people: readonly Person[],
): CareerPath[] {
  const { count } = sizes;
  const unnamed = Math.min(3, sizes.requiredSkills);
  return Array.from({ length: count }, (_, index) => {
    const missing = random.int(0, unnamed);
    const linked = random.sample(skills, Math.min(skills.length, sizes.requiredSkills - missing));
    return {
      id: idOf('path', index),
      name: index < pathNames.length ? pathNames[index]! : `${random.pick(pathNames)} (${index + 1})`,
      kind: index === 0 ? pathKinds[0] : index === count - 1 ? pathKinds[2] : pathKinds[1],
      status: index === 0 ? 'pursuing' : random.pick(pathStatuses),
      description: 'Where this could lead in five years, and what it would ask of me.',
      targetRoles: random.sample(roleTitles, random.int(1, 3)),
      requiredSkills: [
        ...linked.map((skill) => ({ skillId: skill.id, name: skill.name, level: random.int(2, 5) })),
        // Skills the inventory does not have yet keep only their name.
        ...Array.from({ length: missing }, (_, position) => ({ skillId: null, name: `Skill still to find ${position + 1}`, level: random.int(2, 5) })),
      ],
      servesValues: random.sample(valueIds, Math.min(valueIds.length, random.int(1, 4))),
      threatensValues: random.sample(valueIds, Math.min(valueIds.length, random.int(0, 2))),
      gauges: { resources: random.int(1, 5), liking: random.int(1, 5), confidence: random.int(1, 5), coherence: random.int(1, 5) },
      uncertainties: Array.from({ length: random.int(1, 3) }, (_, uncertainty) => ({
        id: `${idOf('path', index)}-question-${uncertainty + 1}`,
        question: random.pick(['Would I enjoy managing people?', 'Can I earn enough in the first year?', 'Do I like the daily work?']),
        experiments: Array.from({ length: random.int(0, 3) }, (_, experiment) => ({
          id: `${idOf('path', index)}-question-${uncertainty + 1}-test-${experiment + 1}`,
          kind: random.pick(experimentKinds),
          description: 'Talk to two people who do this today.',
          status: random.pick(experimentStatuses),
          learned: random.chance(0.4) ? 'More meetings than I expected, and I did not mind them.' : '',
        })),
      })),
      // Picked without the random source, so adding them left every other generated figure as it was.
      personIds: people.length === 0 ? [] : [people[index % people.length]!.id],
      order: index,
      ...calendar.timestamps(random),
    };
  });
}

const horizonDays: Record<(typeof horizons)[number], readonly [number, number]> = {
  '90d': [-30, 90],
  '1y': [90, 365],
  '3y': [365, 1_095],
  '5y': [1_095, 1_825],
  '10y': [1_825, 3_650],
};

const stepTexts = ['Draft the outline', 'Ask for feedback', 'Book the time', 'Read two examples', 'Write it up', 'Share the result'] as const;

export function generateMilestones(
  { random, calendar }: Generation,
  sizes: { count: number; steps: number },
  links: { skills: readonly Skill[]; people: readonly Person[]; paths: readonly CareerPath[]; valueIds: readonly string[] },
): Milestone[] {
  return Array.from({ length: sizes.count }, (_, index) => {
    const horizon = random.weighted<(typeof horizons)[number]>([['90d', 4], ['1y', 3], ['3y', 2], ['5y', 1], ['10y', 1]]);
    const [from, to] = horizonDays[horizon];
    const status = random.weighted<(typeof milestoneStatuses)[number]>([['not-started', 4], ['in-progress', 3], ['done', 2], ['dropped', 1]]);
    return {
      id: idOf('milestone', index),
      title: `${random.pick(milestoneVerbs)} ${random.pick(milestoneObjects)}`,
      horizon,
      specific: 'What exactly will be different when this is done.',
      measure: random.chance(0.7) ? 'I can point to it and someone else agrees.' : '',
      whyItMatters: random.chance(0.6) ? 'It moves me towards the work I want in five years.' : '',
      valueIds: random.sample(links.valueIds, Math.min(links.valueIds.length, random.int(0, 2))),
      targetDate: random.chance(0.9) ? calendar.partialDate(random.int(from, to), random) : null,
      pathId: links.paths.length > 0 && random.chance(0.7) ? random.pick(links.paths).id : null,
      skillIds: random.sample(links.skills, Math.min(links.skills.length, random.int(0, 3))).map((skill) => skill.id),
      personIds: random.sample(links.people, Math.min(links.people.length, random.int(0, 2))).map((person) => person.id),
      status,
      progress: status === 'done' ? 100 : status === 'not-started' ? 0 : random.int(5, 95),
      steps: Array.from({ length: sizes.steps }, (_, step) => ({
        id: `${idOf('milestone', index)}-step-${step + 1}`,
        text: random.pick(stepTexts),
        done: status === 'done' || (status === 'in-progress' && random.chance(0.4)),
        due: random.chance(0.6) ? calendar.day(random.int(from - 30, to)) : null,
      })),
      progressFrom: sizes.steps > 0 ? 'steps' : 'manual',
      doneOn: status === 'done' ? calendar.day(-random.int(0, 300)) : null,
      ...calendar.timestamps(random),
    };
  });
}

/** Monthly, newest first (200 reviews reach back about 16 years); all but the newest are complete and keep their frozen figures. */
export function generateReviews({ random, calendar }: Generation, count: number): Review[] {
  return Array.from({ length: count }, (_, index) => {
    const date = calendar.day(-index * 30 - random.int(0, 5));
    const [year, month] = date.split('-').map(Number);
    const complete = index > 0;
    const completedAt = complete ? `${date}T18:00:00.000Z` : null;
    return {
      id: idOf('review', index),
      period: `${year}-${String(month ?? 1).padStart(2, '0')} review`,
      date,
      status: complete ? 'complete' : 'draft',
      moved: 'Finished the course and presented the results to the team.',
      stuck: random.chance(0.5) ? 'Still no time for the side project.' : '',
      learned: random.chance(0.5) ? 'Short weekly blocks beat one long Saturday.' : '',
      next: 'Book two informational interviews.',
      energy: complete ? random.int(1, 5) : null,
      completedAt,
      figures: complete
        ? {
            skillsAtTarget: random.int(100, 900),
            skillsWithTarget: random.int(900, 2_000),
            milestones: Object.fromEntries(horizons.map((horizon) => [horizon, { done: random.int(0, 20), total: random.int(20, 80) }])) as Record<
              (typeof horizons)[number],
              { done: number; total: number }
            >,
            peopleContacted: random.int(0, 60),
            followUpsOverdue: random.int(0, 30),
            openLearningActions: random.int(0, 200),
            careerScore: Math.round(random.next() * 40 + 10) / 10,
            careerReading: random.pick(['a job with career elements', 'a career step', 'a career']),
          }
        : null,
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: completedAt ?? `${date}T09:30:00.000Z`,
    };
  });
}

/** Twice a year, newest first. */
export function generateRoleChecks({ random, calendar }: Generation, count: number): RoleCheck[] {
  return Array.from({ length: count }, (_, index) => {
    const date = calendar.day(-index * 182 - random.int(0, 20));
    const lenses = Object.fromEntries(
      lensIds.map((lens) => [lens, { score: random.int(1, 5), note: random.chance(0.5) ? 'Better than last time.' : '' }]),
    ) as RoleCheck['lenses'];
    return {
      id: idOf('role-check', index),
      date,
      role: random.pick(roleTitles),
      lenses,
      notes: random.chance(0.5) ? 'Felt more like a job this spring.' : '',
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: `${date}T09:00:00.000Z`,
    };
  });
}

export function generateVision({ random, calendar }: Generation): Vision {
  return {
    id: 'vision',
    fiveYears: 'Leading a small analytics team that product managers ask for first.',
    tenYears: 'Running my own practice, teaching data skills to people who think they are not “numbers people”.',
    purpose: 'Help people make decisions with evidence they understand.',
    workSays: 'That I made hard things clear, and left people more able than I found them.',
    ikigai: {
      love: 'Explaining things; finding the pattern in a mess.',
      goodAt: 'SQL, clear writing, calm in a crisis.',
      worldNeeds: 'Public services that use their data well.',
      paidFor: 'Analytics, training, consulting.',
      overlap: 'Teaching people to use their own data well.',
    },
    notes: '',
    ...calendar.timestamps(random, 300),
  };
}
