import { describe, expect, it } from 'vitest';
import {
  findRequirement,
  insertAt,
  requirementKeys,
  valueMark,
  withExperimentChanged,
  withRequirementChanged,
  withValueMark,
} from '../../../../src-renderer/sections/paths/path-edits';

describe('changes inside a path', () => {
  it('marks a value served, strained or neither, never both', () => {
    const path = { servesValues: ['autonomy'], threatensValues: ['family'] };
    const strained = withValueMark(path, 'autonomy', 'strains');
    expect(strained).toEqual({ servesValues: [], threatensValues: ['family', 'autonomy'] });
    expect(valueMark(strained, 'autonomy')).toBe('strains');
    expect(withValueMark(strained, 'family', 'none')).toEqual({ servesValues: [], threatensValues: ['autonomy'] });
    expect(valueMark(path, 'learning')).toBe('none');
  });

  it('finds and changes a requirement by its name as the person reads it', () => {
    const requiredSkills = [
      { skillId: null, name: 'Résumé writing', level: 3 },
      { skillId: 's1', name: 'SQL', level: 4 },
    ];
    expect(findRequirement({ requiredSkills }, ' resume WRITING')).toBe(0);
    expect(findRequirement({ requiredSkills }, 'Python')).toBe(-1);
    expect(withRequirementChanged(requiredSkills, 'sql', { level: 2 })[1]).toEqual({ skillId: 's1', name: 'SQL', level: 2 });
  });

  it('keys requirements by name, numbering a name that repeats, so keys stay as others are removed', () => {
    expect(requirementKeys([{ name: 'Data modelling' }, { name: 'SQL' }, { name: 'data  MODELLING' }])).toEqual([
      'data_modelling',
      'sql',
      'data_modelling~1',
    ]);
    expect(requirementKeys([{ name: 'SQL' }])).toEqual(requirementKeys([{ name: 'Data modelling' }, { name: 'SQL' }]).slice(1));
  });

  it('changes one experiment of one question, and puts a removed item back where it was', () => {
    const experiment = { id: 'e1', kind: 'course' as const, description: '', status: 'idea' as const, learned: '' };
    const questions = [
      { id: 'q1', question: 'Would I like it?', experiments: [experiment] },
      { id: 'q2', question: 'Can I afford it?', experiments: [{ ...experiment, id: 'e2' }] },
    ];
    const changed = withExperimentChanged(questions, 'q2', 'e2', { status: 'done', learned: 'Yes, for a year' });
    expect(changed[0]).toBe(questions[0]);
    expect(changed[1]?.experiments[0]).toMatchObject({ id: 'e2', status: 'done', learned: 'Yes, for a year' });
    expect(insertAt(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
    expect(insertAt(['a'], 5, 'b')).toEqual(['a', 'b']);
  });
});
