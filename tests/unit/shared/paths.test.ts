import { describe, expect, it } from 'vitest';
import {
  comparePaths,
  inventoryOf,
  learningDemand,
  maxPathDemand,
  openUncertainties,
  skillCoverage,
  skillGapAnalysis,
  valuesAlignment,
} from '../../../src-main/shared/paths';
import { pathSchema, type CareerPath } from '../../../src-main/shared/planning';
import { prioritisedLearning } from '../../../src-main/shared/skills-plan';
import { skillSchema, type Skill } from '../../../src-main/shared/workbook';

const createdAt = '2026-01-05T09:00:00.000Z';

function skill(name: string, levels: Partial<Pick<Skill, 'proficiency' | 'enjoyment' | 'targetLevel'>> = {}): Skill {
  return skillSchema.parse({
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    category: 'technical',
    proficiency: null,
    enjoyment: null,
    targetLevel: null,
    notes: '',
    evidence: [],
    order: 0,
    createdAt,
    updatedAt: createdAt,
    ...levels,
  });
}

function path(overrides: Partial<CareerPath> = {}): CareerPath {
  return pathSchema.parse({
    id: 'p1',
    name: 'Product management',
    kind: 'alternative',
    status: 'exploring',
    description: '',
    targetRoles: [],
    requiredSkills: [],
    servesValues: [],
    threatensValues: [],
    gauges: { resources: null, liking: null, confidence: null, coherence: null },
    uncertainties: [],
    personIds: [],
    order: 0,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  });
}

const need = (name: string, level: number, skillId: string | null = null) => ({ skillId, name, level });

describe('pathSchema', () => {
  it('reads a path stored before people were asked, with nobody linked', () => {
    const { personIds: _, ...stored } = path({ gauges: { resources: 3, liking: 4, confidence: 2, coherence: 5 } });
    const read = pathSchema.parse(stored);
    expect(read.personIds).toEqual([]);
    expect(read.gauges.liking).toBe(4);
  });

  it('keeps gauges not rated yet, and refuses a gauge off the scale', () => {
    expect(path().gauges.resources).toBeNull();
    expect(pathSchema.safeParse({ ...path(), gauges: { ...path().gauges, confidence: 6 } }).success).toBe(false);
  });
});

describe('skill-gap analysis', () => {
  const inventory = inventoryOf([
    skill('SQL', { proficiency: 4 }),
    skill('Stakeholder management', { proficiency: 2 }),
    skill('Roadmapping'),
    skill('Résumé writing', { proficiency: 3 }),
  ]);

  it('calls a skill missing when no inventory skill has it, by link or by name', () => {
    const [reading] = skillGapAnalysis(path({ requiredSkills: [need('User research', 3)] }), inventory);
    expect(reading).toMatchObject({ status: 'missing', skill: null, levelsShort: 3, index: 0 });
  });

  it('finds the skill by its link first, even when it was renamed since', () => {
    const [reading] = skillGapAnalysis(path({ requiredSkills: [need('Structured Query Language', 3, 'sql')] }), inventory);
    expect(reading).toMatchObject({ status: 'met', levelsShort: 0 });
    expect(reading?.skill?.name).toBe('SQL');
  });

  it('falls back to the same name (case, accents, spacing) when there is no link or the link is gone', () => {
    const readings = skillGapAnalysis(
      path({ requiredSkills: [need('  resume WRITING ', 3), need('sql', 5, 'deleted-skill')] }),
      inventory,
    );
    expect(readings.map((reading) => reading.skill?.name)).toEqual(['Résumé writing', 'SQL']);
    expect(readings.map((reading) => reading.status)).toEqual(['met', 'below']);
    expect(readings[1]?.levelsShort).toBe(1);
  });

  it('says below, with how many levels short, when the proficiency is under the level needed', () => {
    const [reading] = skillGapAnalysis(path({ requiredSkills: [need('Stakeholder management', 5)] }), inventory);
    expect(reading).toMatchObject({ status: 'below', levelsShort: 3 });
  });

  it('says below, without a count, when the proficiency is not rated yet', () => {
    const [reading] = skillGapAnalysis(path({ requiredSkills: [need('Roadmapping', 2)] }), inventory);
    expect(reading).toMatchObject({ status: 'below', levelsShort: null });
  });
});

describe('skill coverage', () => {
  const inventory = inventoryOf([skill('SQL', { proficiency: 3 }), skill('Python', { proficiency: 5 }), skill('Roadmapping')]);
  const coverage = (requiredSkills: CareerPath['requiredSkills']) => skillCoverage(skillGapAnalysis(path({ requiredSkills }), inventory));

  it('is the levels reached of the levels needed, as a whole percentage', () => {
    expect(coverage([need('SQL', 4), need('Spark', 2)])).toBe(50);
    expect(coverage([need('SQL', 3)])).toBe(100);
    expect(coverage([need('SQL', 4), need('Python', 5), need('Spark', 3)])).toBe(67);
  });

  it('gives no extra credit past the level needed, and none for a skill not rated', () => {
    expect(coverage([need('Python', 2), need('Roadmapping', 2)])).toBe(50);
  });

  it('is null, never NaN, when the path needs no skills', () => {
    expect(coverage([])).toBeNull();
  });
});

describe('values alignment', () => {
  const core = ['autonomy', 'craft', 'family', 'learning'];

  it('is core values served minus strained, of all core values, in the order of the ranking', () => {
    const alignment = valuesAlignment(path({ servesValues: ['learning', 'autonomy', 'money'], threatensValues: ['family'] }), core);
    expect(alignment).toEqual({ serves: ['autonomy', 'learning'], strains: ['family'], coreCount: 4, figure: 25 });
  });

  it('can be negative', () => {
    expect(valuesAlignment(path({ threatensValues: ['family', 'craft'] }), core).figure).toBe(-50);
  });

  it('is 0 when what it serves and strains balance out', () => {
    const alignment = valuesAlignment(path({ servesValues: ['craft'], threatensValues: ['family'] }), core);
    expect(Object.is(alignment.figure, 0)).toBe(true);
  });

  it('is null when there are no core values yet, or the path is not marked against any', () => {
    expect(valuesAlignment(path({ servesValues: ['craft'] }), []).figure).toBeNull();
    expect(valuesAlignment(path({ servesValues: ['money'] }), core).figure).toBeNull();
    expect(valuesAlignment(path(), core)).toEqual({ serves: [], strains: [], coreCount: 4, figure: null });
  });
});

describe('open uncertainties', () => {
  it('counts the questions none of whose experiments is done yet', () => {
    const experiment = (status: 'idea' | 'planned' | 'done') => ({ id: `e-${status}`, kind: 'course' as const, description: '', status, learned: '' });
    const tested = path({
      uncertainties: [
        { id: 'u1', question: 'Would I like managing?', experiments: [experiment('planned'), experiment('done')] },
        { id: 'u2', question: 'Can I afford a pay cut?', experiments: [experiment('idea')] },
        { id: 'u3', question: 'Is the market there?', experiments: [] },
      ],
    });
    expect(openUncertainties(tested)).toBe(2);
  });
});

describe('comparing paths', () => {
  it('gives each path its figures, gauges and open questions, in the order given', () => {
    const skills = [skill('SQL', { proficiency: 4 }), skill('Python', { proficiency: 1 })];
    const gauges = { resources: 4, liking: 5, confidence: 2, coherence: null };
    const rows = comparePaths(
      [
        path({ id: 'a', name: 'Analytics lead', requiredSkills: [need('SQL', 4), need('Python', 3), need('Hiring', 2)], servesValues: ['craft'], gauges }),
        path({ id: 'b', name: 'Wild card', uncertainties: [{ id: 'u', question: 'Could I teach?', experiments: [] }] }),
      ],
      skills,
      ['craft', 'family'],
    );
    expect(rows.map((row) => row.path.name)).toEqual(['Analytics lead', 'Wild card']);
    expect(rows[0]).toMatchObject({ coverage: 56, alignment: 50, missing: 1, below: 1, met: 1, gauges, openUncertainties: 0 });
    expect(rows[1]).toMatchObject({ coverage: null, alignment: null, missing: 0, below: 0, met: 0, openUncertainties: 1 });
  });
});

describe('learning demand of the paths', () => {
  const skills = [skill('SQL', { proficiency: 2 }), skill('Python'), skill('Writing')];

  it('weighs a pursued path 2, an explored one 1, parked and dropped ones nothing', () => {
    const { pathDemand } = learningDemand(
      [
        path({ status: 'pursuing', requiredSkills: [need('SQL', 4)] }),
        path({ status: 'exploring', requiredSkills: [need('sql', 3), need('Python', 2)] }),
        path({ status: 'parked', requiredSkills: [need('Writing', 5)] }),
        path({ status: 'dropped', requiredSkills: [need('Writing', 5)] }),
      ],
      skills,
    );
    expect(Object.fromEntries(pathDemand)).toEqual({ sql: 3, python: 1 });
  });

  it('counts each path once per skill, caps the demand, and ignores skills not in the inventory', () => {
    const pursued = path({ status: 'pursuing', requiredSkills: [need('SQL', 4), need('SQL', 5, 'sql'), need('Hiring', 3)] });
    const { pathDemand } = learningDemand([pursued, pursued, pursued], skills);
    expect(Object.fromEntries(pathDemand)).toEqual({ sql: maxPathDemand });
  });

  it('takes the highest level a pursued path needs, and no level from paths only explored', () => {
    const { pathLevels } = learningDemand(
      [
        path({ status: 'pursuing', requiredSkills: [need('SQL', 3)] }),
        path({ status: 'pursuing', requiredSkills: [need('SQL', 4)] }),
        path({ status: 'exploring', requiredSkills: [need('SQL', 5), need('Python', 2)] }),
      ],
      skills,
    );
    expect(Object.fromEntries(pathLevels)).toEqual({ sql: 4 });
  });
});

describe('what to learn next, with the paths', () => {
  const pursuing = (requiredSkills: CareerPath['requiredSkills']) => path({ status: 'pursuing', requiredSkills });
  const next = (skills: Skill[], paths: CareerPath[]) => prioritisedLearning(skills, [], learningDemand(paths, skills));

  it('lists a skill added from a pursued path before it is rated, with the level the path needs', () => {
    const added = skill('Stakeholder management', { targetLevel: 4 });
    expect(prioritisedLearning([added], [])).toEqual([]);
    const list = next([added], [pursuing([need('Stakeholder management', 4, added.id)])]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ gap: 4, reason: 'not rated yet, and a path you are pursuing needs level 4' });
  });

  it('treats the level a pursued path needs as the target when it is higher than the skill’s own', () => {
    const sql = skill('SQL', { proficiency: 3, targetLevel: 3, enjoyment: 4 });
    const list = next([sql], [pursuing([need('SQL', 5)])]);
    expect(list[0]).toMatchObject({ gap: 2, reason: '2 levels to go to the level a path you are pursuing needs, and you enjoy it' });
  });

  it('keeps the skill’s own target when it is higher, and still weighs the demand', () => {
    const sql = skill('SQL', { proficiency: 2, targetLevel: 5, enjoyment: 3 });
    const list = next([sql], [pursuing([need('SQL', 3)])]);
    expect(list[0]).toMatchObject({ gap: 3, priority: 8, reason: '3 levels to go, and a path you are weighing needs it' });
  });

  it('leaves out a skill already at the level the path needs, and unrated skills only explored paths need', () => {
    const skills = [skill('SQL', { proficiency: 4, targetLevel: 4 }), skill('Python', { targetLevel: 3 })];
    expect(next(skills, [pursuing([need('SQL', 4)]), path({ status: 'exploring', requiredSkills: [need('Python', 3)] })])).toEqual([]);
  });
});
