import { describe, expect, it } from 'vitest';
import { monthOf, partialDateOf, proficiencyOf, texts } from '../../../../../src-main/services/exports/json-resume-fields';

describe('monthOf', () => {
  it.each([
    ['2019', '2019'],
    ['2019-03', '2019-03'],
    ['2019-3', '2019-03'],
    ['2019-03-15', '2019-03'],
    ['2019-03-15T00:00:00Z', '2019-03'],
    ['2019/03', '2019-03'],
    ['03/2019', '2019-03'],
    ['March 2019', '2019-03'],
    ['Sept. 2019', '2019-09'],
    [2019, '2019'],
  ])('reads %j as %s', (value, date) => {
    expect(monthOf(value)).toEqual({ kind: 'date', date });
  });

  it('reads an open end and a missing date', () => {
    expect(monthOf('Present')).toEqual({ kind: 'present' });
    expect(monthOf('now')).toEqual({ kind: 'present' });
    expect(monthOf(undefined)).toEqual({ kind: 'none' });
    expect(monthOf('')).toEqual({ kind: 'none' });
  });

  it.each(['2019-13', 'sometime', '0001', '9999-01', 'Smarch 2019'])('cannot read %j', (value) => {
    expect(monthOf(value)).toEqual({ kind: 'unreadable', raw: value });
  });
});

describe('partialDateOf', () => {
  it('keeps a real day, and falls back to the month for a day that does not exist', () => {
    expect(partialDateOf('2023-05-20')).toBe('2023-05-20');
    expect(partialDateOf('2019-02-30')).toBe('2019-02');
    expect(partialDateOf('2020')).toBe('2020');
    expect(partialDateOf('last spring')).toBeNull();
  });
});

describe('proficiencyOf', () => {
  it.each([
    ['Beginner', 1],
    ['basic', 2],
    ['Intermediate', 3],
    ['Advanced', 4],
    ['Expert', 5],
    ['Master', 5],
    ['B2', 3],
    ['C2', 5],
    [3, 3],
    ['4/5', 4],
    ['8/10', 4],
    ['4 out of 5', 4],
    ['75%', 4],
    ['0%', 1],
  ])('%j is %d', (value, level) => {
    expect(proficiencyOf(value)).toBe(level);
  });

  it('has none for a missing level and says so for one it does not know', () => {
    expect(proficiencyOf(undefined)).toBeNull();
    expect(proficiencyOf('')).toBeNull();
    expect(proficiencyOf('mostly edible')).toBe('unknown');
    expect(proficiencyOf('7/5')).toBe('unknown');
    expect(proficiencyOf({ level: 3 })).toBeNull();
  });
});

describe('texts', () => {
  it('takes a single string as a list of one, and drops what is not text', () => {
    expect(texts('one')).toEqual(['one']);
    expect(texts(['a', 2, null, { x: 1 }, ' '])).toEqual(['a', '2']);
    expect(texts(undefined)).toEqual([]);
  });
});
