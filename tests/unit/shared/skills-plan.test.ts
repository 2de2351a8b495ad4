import { describe, expect, it } from 'vitest';
import {
  isRated,
  newSkill,
  prioritisedLearning,
  quadrantLabels,
  skillGap,
  skillQuadrant,
  skillQuadrants,
} from '../../../src-main/shared/skills-plan';
import { learningActionSchema, skillSchema, type LearningAction, type Skill } from '../../../src-main/shared/workbook';

const createdAt = '2026-01-05T09:00:00.000Z';

function skill(name: string, levels: Partial<Pick<Skill, 'proficiency' | 'enjoyment' | 'targetLevel'>> = {}): Skill {
  return skillSchema.parse({
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    category: 'technical',
    proficiency: 2,
    enjoyment: 3,
    targetLevel: 4,
    notes: '',
    evidence: [],
    order: 0,
    createdAt,
    updatedAt: createdAt,
    ...levels,
  });
}

function action(skillId: string, status: LearningAction['status']): LearningAction {
  return learningActionSchema.parse({
    id: `${skillId}-${status}`,
    skillId,
    kind: 'course',
    title: 'A course',
    provider: '',
    status,
    dueDate: null,
    cost: null,
    hours: null,
    expiresOn: null,
    notes: '',
    createdAt,
    updatedAt: createdAt,
  });
}

const names = (list: ReturnType<typeof prioritisedLearning>) => list.map((entry) => entry.skill.name);

describe('skill gap', () => {
  it('is the target minus the proficiency', () => {
    expect(skillGap({ proficiency: 2, targetLevel: 5 })).toBe(3);
    expect(skillGap({ proficiency: 4, targetLevel: 5 })).toBe(1);
  });

  it('is never below zero, even when the skill is already past its target', () => {
    expect(skillGap({ proficiency: 4, targetLevel: 4 })).toBe(0);
    expect(skillGap({ proficiency: 5, targetLevel: 2 })).toBe(0);
  });
});

describe('skills not rated yet', () => {
  it('start with no levels, in one place for every way of adding a skill', () => {
    const added = newSkill('Pottery', 'Craft');
    expect(added).toEqual({ name: 'Pottery', category: 'Craft', proficiency: null, enjoyment: null, targetLevel: null, notes: '', evidence: [] });
    expect(skillSchema.safeParse({ ...added, id: 'p', order: 0, createdAt, updatedAt: createdAt }).success).toBe(true);
  });

  it('have no gap and no place on the map until rated', () => {
    expect(skillGap({ proficiency: null, targetLevel: 4 })).toBeNull();
    expect(skillGap({ proficiency: 2, targetLevel: null })).toBeNull();
    expect(isRated({ proficiency: null, enjoyment: null })).toBe(false);
    expect(isRated({ proficiency: 3, enjoyment: null })).toBe(false);
    expect(isRated({ proficiency: 3, enjoyment: 1 })).toBe(true);
  });

  it('stay out of what to learn next until proficiency and target are rated', () => {
    const skills = [
      skill('Unrated', { proficiency: null, enjoyment: null, targetLevel: null }),
      skill('No target', { targetLevel: null }),
      skill('Enjoyment unknown', { enjoyment: null }),
    ];
    expect(names(prioritisedLearning(skills, []))).toEqual(['Enjoyment unknown']);
    expect(prioritisedLearning(skills, [])[0]?.reason).toBe('2 levels to go');
  });
});

describe('motivated-skills quadrant', () => {
  it('counts 3 to 5 as high and 1 to 2 as low on both scales', () => {
    expect(skillQuadrant({ proficiency: 3, enjoyment: 3 })).toBe('motivated-strength');
    expect(skillQuadrant({ proficiency: 5, enjoyment: 5 })).toBe('motivated-strength');
    expect(skillQuadrant({ proficiency: 3, enjoyment: 2 })).toBe('burnout-risk');
    expect(skillQuadrant({ proficiency: 5, enjoyment: 1 })).toBe('burnout-risk');
    expect(skillQuadrant({ proficiency: 2, enjoyment: 3 })).toBe('growth-area');
    expect(skillQuadrant({ proficiency: 1, enjoyment: 5 })).toBe('growth-area');
    expect(skillQuadrant({ proficiency: 2, enjoyment: 2 })).toBe('low-priority');
    expect(skillQuadrant({ proficiency: 1, enjoyment: 1 })).toBe('low-priority');
  });

  it('puts every one of the 25 cells in exactly one quadrant, 9 / 6 / 6 / 4', () => {
    const counts = new Map<string, number>();
    for (let proficiency = 1; proficiency <= 5; proficiency++) {
      for (let enjoyment = 1; enjoyment <= 5; enjoyment++) {
        const quadrant = skillQuadrant({ proficiency, enjoyment });
        counts.set(quadrant, (counts.get(quadrant) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(counts)).toEqual({
      'motivated-strength': 9,
      'burnout-risk': 6,
      'growth-area': 6,
      'low-priority': 4,
    });
  });

  it('names every quadrant in plain words with a piece of advice', () => {
    expect(Object.keys(quadrantLabels).sort()).toEqual([...skillQuadrants].sort());
    expect(quadrantLabels['motivated-strength'].title).toBe('Motivated strengths');
    expect(quadrantLabels['burnout-risk'].title).toBe('Burnout risks');
    expect(quadrantLabels['growth-area'].title).toBe('Growth areas');
    expect(quadrantLabels['low-priority'].title).toBe('Low priority');
    for (const quadrant of skillQuadrants) expect(quadrantLabels[quadrant].advice).toMatch(/^[A-Z].{20,}\.$/);
  });
});

describe('prioritised learning list', () => {
  it('leaves out skills that have reached their target', () => {
    const list = prioritisedLearning(
      [skill('Excel', { proficiency: 4, targetLevel: 4 }), skill('SQL', { proficiency: 3, targetLevel: 5 })],
      [],
    );
    expect(names(list)).toEqual(['SQL']);
    expect(prioritisedLearning([skill('Done', { proficiency: 5, targetLevel: 3 })], [])).toEqual([]);
    expect(prioritisedLearning([], [])).toEqual([]);
  });

  it('weighs the gap twice and enjoyment around the middle of the scale', () => {
    const list = prioritisedLearning(
      [
        skill('Budgeting', { proficiency: 2, targetLevel: 3, enjoyment: 1 }),
        skill('Python', { proficiency: 2, targetLevel: 4, enjoyment: 5 }),
        skill('Negotiation', { proficiency: 1, targetLevel: 4, enjoyment: 3 }),
      ],
      [],
    );
    expect(list.map(({ skill: { name }, gap, priority }) => [name, gap, priority])).toEqual([
      ['Negotiation', 3, 6],
      ['Python', 2, 6],
      ['Budgeting', 1, 0],
    ]);
  });

  it('orders equal priorities by name, the way people read names', () => {
    const list = prioritisedLearning(
      [skill('Zettelkasten'), skill('écriture'), skill('Python 10'), skill('Python 9'), skill('agile')],
      [],
    );
    expect(names(list)).toEqual(['agile', 'écriture', 'Python 9', 'Python 10', 'Zettelkasten']);
  });

  it('puts skills with a planned or running learning action after equal ones without', () => {
    const skills = [skill('Azure'), skill('Bash'), skill('Cobol'), skill('Docker')];
    const list = prioritisedLearning(skills, [
      action('azure', 'planned'),
      action('bash', 'in-progress'),
      action('cobol', 'done'),
      action('docker', 'dropped'),
    ]);
    expect(names(list)).toEqual(['Cobol', 'Docker', 'Azure', 'Bash']);
  });

  it('never lets an active action outrank a real difference in priority', () => {
    const list = prioritisedLearning(
      [skill('Statistics', { proficiency: 1, targetLevel: 5 }), skill('Design', { proficiency: 3, targetLevel: 4 })],
      [action('statistics', 'in-progress')],
    );
    expect(names(list)).toEqual(['Statistics', 'Design']);
  });

  it('raises a skill that a path needs', () => {
    const skills = [
      skill('Stakeholder management', { proficiency: 2, targetLevel: 3, enjoyment: 3 }),
      skill('Machine learning', { proficiency: 2, targetLevel: 4, enjoyment: 3 }),
    ];
    expect(names(prioritisedLearning(skills, []))).toEqual(['Machine learning', 'Stakeholder management']);

    const pathDemand = new Map([['stakeholder-management', 3]]);
    const list = prioritisedLearning(skills, [], { pathDemand });
    expect(names(list)).toEqual(['Stakeholder management', 'Machine learning']);
    expect(list[0]?.priority).toBe(5);
    expect(list[1]?.priority).toBe(4);
  });

  it('ignores path demand for skills that are already at their target', () => {
    const list = prioritisedLearning([skill('SQL', { proficiency: 5, targetLevel: 5 })], [], {
      pathDemand: new Map([['sql', 10]]),
    });
    expect(list).toEqual([]);
  });

  it('says in a short plain sentence why each skill is there', () => {
    const reason = (levels: Parameters<typeof skill>[1], demand = 0) =>
      prioritisedLearning([skill('X', levels)], [], { pathDemand: new Map([['x', demand]]) })[0]?.reason;
    expect(reason({ proficiency: 2, targetLevel: 4, enjoyment: 5 })).toBe('2 levels to go, and you enjoy it');
    expect(reason({ proficiency: 3, targetLevel: 4, enjoyment: 3 })).toBe('1 level to go');
    expect(reason({ proficiency: 1, targetLevel: 4, enjoyment: 2 })).toBe('3 levels to go, though you enjoy it less');
    expect(reason({ proficiency: 2, targetLevel: 3, enjoyment: 3 }, 2)).toBe(
      '1 level to go, and a path you are weighing needs it',
    );
    expect(reason({ proficiency: 2, targetLevel: 3, enjoyment: 4 }, 1)).toBe(
      '1 level to go, you enjoy it, and a path you are weighing needs it',
    );
  });

  it('keeps the skill objects it was given and does not reorder the input', () => {
    const skills = [skill('B', { proficiency: 4, targetLevel: 5 }), skill('A', { proficiency: 1, targetLevel: 5 })];
    const list = prioritisedLearning(skills, []);
    expect(list[0]?.skill).toBe(skills[1]);
    expect(names(list)).toEqual(['A', 'B']);
    expect(skills.map((entry) => entry.name)).toEqual(['B', 'A']);
  });
});
