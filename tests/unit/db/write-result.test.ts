import { describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { z } from '@shared/zod';
import { skillSchema } from '@shared/workbook';
import { describeStorageError, formatIssuePath, validate } from '../../../src-renderer/db/write-result';

const validSkill = {
  id: 'skill-1',
  name: 'Python',
  category: 'technical',
  proficiency: 3,
  enjoyment: 4,
  targetLevel: 5,
  notes: '',
  evidence: [],
  order: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('issue paths', () => {
  test('read like code a person can follow', () => {
    expect(formatIssuePath(['proficiency'])).toBe('proficiency');
    expect(formatIssuePath(['evidence', 2, 'result'])).toBe('evidence[2].result');
    expect(formatIssuePath(['skills', 3, 'proficiency'])).toBe('skills[3].proficiency');
    expect(formatIssuePath(['placements', 'deck-1', 'x'])).toBe('placements["deck-1"].x');
    expect(formatIssuePath([])).toBe('');
  });
});

describe('validate', () => {
  test('returns zod’s output on success (trimmed, unknown keys dropped)', () => {
    const result = validate(skillSchema, { ...validSkill, name: '  Python ', workbookId: 'wb' });
    expect(result).toEqual({ ok: true, value: { ...validSkill, name: 'Python' } });
  });

  test('reports every problem with a plain path and plain words', () => {
    const result = validate(skillSchema, {
      ...validSkill,
      name: '   ',
      proficiency: 0,
      enjoyment: 2.5,
      evidence: [{ id: 'e1', situation: '', action: '', result: 'x'.repeat(4001), date: '2027-02-30' }],
      targetLevel: undefined,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'must not be empty' },
        { path: 'proficiency', message: 'must be between 1 and 5' },
        { path: 'enjoyment', message: 'must be a whole number' },
        { path: 'targetLevel', message: 'must be a number' },
        { path: 'evidence[0].result', message: 'must be at most 4000 characters' },
        { path: 'evidence[0].date', message: 'must be a real calendar date' },
      ]),
    );
  });

  test('gives plain words where the model has no message of its own', () => {
    const schema = z.object({ kind: z.enum(['course', 'project']), tags: z.array(z.string()).max(1), count: z.number() });
    const result = validate(schema, { kind: 'nap', tags: ['a', 'b'] }, ['items', 0]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'items[0].kind', message: 'must be one of: course, project' },
        { path: 'items[0].tags', message: 'must have at most 1 item' },
        { path: 'items[0].count', message: 'is required' },
      ],
    });
  });
});

describe('describeStorageError', () => {
  test('a full disk says so, and that the change was not stored', () => {
    expect(describeStorageError(new DOMException('quota', 'QuotaExceededError'))).toBe(
      'Waypoint could not save because the disk is full. Free some space; your last change was not stored.',
    );
  });

  test('looks through Dexie’s wrappers to the cause', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));
    expect(describeStorageError(wrapped)).toContain('disk is full');
    const openFailed = new Dexie.OpenFailedError(new DOMException('newer', 'VersionError'));
    expect(describeStorageError(openFailed, 'open')).toContain('newer version of Waypoint');
  });

  test.each([
    ['InvalidStateError', 'cannot reach its storage'],
    ['UnknownError', 'cannot reach its storage'],
    ['MissingAPIError', 'cannot reach its storage'],
    ['DatabaseClosedError', 'stopped saving'],
    ['ConstraintError', 'same id already exists'],
    ['DataCloneError', 'cannot store'],
    ['AbortError', 'interrupted'],
  ])('%s gets a plain message', (name, words) => {
    const error = new Error('internal detail');
    error.name = name;
    const message = describeStorageError(error);
    expect(message).toContain(words);
    expect(message).not.toContain('internal detail');
  });

  test('unknown errors get an honest generic message, never a stack or "undefined"', () => {
    for (const error of [new TypeError('x is not a function'), undefined, null, 'boom', { name: 42 }]) {
      const message = describeStorageError(error);
      expect(message).toBe(
        'Something went wrong while saving, so your last change was not stored. Please try again; if it keeps happening, restart Waypoint.',
      );
    }
    expect(describeStorageError(undefined, 'open')).not.toMatch(/undefined|Error|at /);
  });
});
