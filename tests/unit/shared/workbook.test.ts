import { describe, expect, it } from 'vitest';
import { z } from '../../../src-main/shared/zod';
import { privateFields, partialDate, requiredText } from '../../../src-main/shared/model-primitives';
import {
  customValueSchema,
  experienceSchema,
  personSchema,
  skillSchema,
  workbookSchema,
  workbookSnapshotSchema,
  type Skill,
} from '../../../src-main/shared/workbook';

const stamp = '2026-11-23T10:00:00.000Z';

function skill(overrides: Partial<Skill> = {}): Skill {
  return {
    id: 'sql',
    name: 'SQL',
    category: 'technical',
    proficiency: 4,
    enjoyment: 5,
    targetLevel: 5,
    notes: '',
    evidence: [],
    order: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

function firstIssue(result: z.ZodSafeParseResult<unknown>): { path: string; message: string } | undefined {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('partial dates', () => {
  it.each(['2027', '2027-03', '2027-03-15', '2028-02-29'])('accepts %s', (value) => {
    expect(partialDate.safeParse(value).success).toBe(true);
  });

  it.each(['27', '2027-13', '2027-02-30', '2027-3-5', '2027/03/15', '2027-03-15T00:00'])('refuses %s', (value) => {
    expect(partialDate.safeParse(value).success).toBe(false);
  });
});

describe('skill', () => {
  it('accepts a complete skill', () => {
    expect(skillSchema.parse(skill())).toEqual(skill());
  });

  it('says in plain words when a level is out of range', () => {
    expect(firstIssue(skillSchema.safeParse(skill({ proficiency: 6 })))).toEqual({
      path: 'proficiency',
      message: 'must be between 1 and 5',
    });
  });

  it('refuses an empty name after trimming', () => {
    expect(firstIssue(skillSchema.safeParse(skill({ name: '   ' })))).toEqual({ path: 'name', message: 'must not be empty' });
  });
});

describe('experience', () => {
  const role = {
    id: 'northwind',
    kind: 'role',
    title: 'Data analyst',
    organisation: 'Northwind Freight',
    start: '2021-04',
    end: null,
    description: '',
    achievements: [],
    skillLinks: [{ skillId: 'sql', relation: 'used' }],
    createdAt: stamp,
    updatedAt: stamp,
  } as const;

  it('allows an open end ("present")', () => {
    expect(experienceSchema.safeParse(role).success).toBe(true);
  });

  it('refuses an end before the start, at the end field', () => {
    expect(firstIssue(experienceSchema.safeParse({ ...role, end: '2020-12' }))).toEqual({
      path: 'end',
      message: 'must not be before the start',
    });
  });
});

describe('private fields', () => {
  it('marks contact details and notes of a person as private, and the name as shareable', () => {
    const shape = personSchema.shape;
    expect(privateFields.has(shape.contact)).toBe(true);
    expect(privateFields.has(shape.notes)).toBe(true);
    expect(privateFields.has(shape.name)).toBe(false);
    expect(privateFields.has(shape.organisation)).toBe(false);
  });
});

describe('workbook snapshot', () => {
  it('round-trips through JSON unchanged', () => {
    const snapshot = {
      workbook: { id: 'wb1', title: 'My plan', owner: { name: 'Maya', headline: 'Analyst' }, createdAt: stamp, updatedAt: stamp },
      vision: null,
      roleChecks: [],
      skills: [skill()],
      learningActions: [],
      customValues: [],
      valueSorts: [],
      people: [],
      interactions: [],
      paths: [],
      milestones: [],
      experiences: [],
      reviews: [],
    };
    const parsed = workbookSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)));
    expect(parsed).toEqual(snapshot);
  });
});

describe('names and titles', () => {
  const invisibleOnly = ['\u200B', '\u200B\u200C\u200D', ' \u2060 ', '\uFEFF', '\u00AD', '\u3164', '\u2800 '];

  it.each(invisibleOnly.map((text) => [JSON.stringify(text), text]))('refuses a name made only of invisible characters: %s', (_, text) => {
    expect(firstIssue(skillSchema.safeParse(skill({ name: text })))).toEqual({ path: 'name', message: 'must not be empty' });
    expect(firstIssue(requiredText(80).safeParse(text))).toEqual({ path: '', message: 'must not be empty' });
  });

  it('refuses such a workbook title and own value name too', () => {
    const workbook = { id: 'w', title: '\u200B\u200B', owner: { name: '', headline: '' }, createdAt: stamp, updatedAt: stamp };
    expect(firstIssue(workbookSchema.safeParse(workbook))).toEqual({ path: 'title', message: 'must not be empty' });
    const value = { id: 'v', name: '\u200D', description: '', createdAt: stamp, updatedAt: stamp };
    expect(firstIssue(customValueSchema.safeParse(value))).toEqual({ path: 'name', message: 'must not be empty' });
  });

  it('keeps a name with visible characters as typed, trimmed at the ends', () => {
    expect(skillSchema.parse(skill({ name: '  C\u200B# ' })).name).toBe('C\u200B#');
    expect(skillSchema.parse(skill({ name: 'é' })).name).toBe('é');
    expect(skillSchema.parse(skill({ name: '日本語' })).name).toBe('日本語');
  });
});
