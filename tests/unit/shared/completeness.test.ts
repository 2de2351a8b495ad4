import { describe, expect, it } from 'vitest';
import { emptyCounts, planCompleteness, sectionStates, visionFieldsFilled } from '../../../src-main/shared/completeness';

describe('section completeness', () => {
  it('reports every section as not started for a new workbook', () => {
    expect(new Set(Object.values(sectionStates(emptyCounts)))).toEqual(new Set(['empty']));
    expect(planCompleteness(emptyCounts)).toBe(0);
  });

  it('calls Skills started with a few skills and complete with five and a learning plan', () => {
    expect(sectionStates({ ...emptyCounts, skills: 2 }).skills).toBe('started');
    expect(sectionStates({ ...emptyCounts, skills: 5 }).skills).toBe('started');
    expect(sectionStates({ ...emptyCounts, skills: 5, skillsWithLearningActions: 1 }).skills).toBe('complete');
  });

  it('needs three board roles filled before People is complete', () => {
    expect(sectionStates({ ...emptyCounts, people: 4, boardRolesFilled: 2 }).people).toBe('started');
    expect(sectionStates({ ...emptyCounts, people: 3, boardRolesFilled: 3 }).people).toBe('complete');
  });

  it('counts a draft review as started and a completed one as complete', () => {
    expect(sectionStates({ ...emptyCounts, draftReviews: 1 }).reviews).toBe('started');
    expect(sectionStates({ ...emptyCounts, completedReviews: 1 }).reviews).toBe('complete');
  });

  it('weighs started sections at half of complete ones', () => {
    const oneComplete = { ...emptyCounts, roleChecks: 1 };
    const oneStarted = { ...emptyCounts, skills: 1 };
    expect(planCompleteness(oneComplete)).toBe(Math.round(100 / 9));
    expect(planCompleteness(oneStarted)).toBe(Math.round(50 / 9));
  });
});

describe('vision completeness', () => {
  const vision = { fiveYears: '', tenYears: '', purpose: '', workSays: '', ikigai: { overlap: '' } };

  it('counts the statements and the ikigai overlap, not blank ones', () => {
    expect(visionFieldsFilled(null)).toBe(0);
    expect(visionFieldsFilled({ ...vision, fiveYears: 'Lead', purpose: '  ' })).toBe(1);
    expect(visionFieldsFilled({ ...vision, fiveYears: 'a', tenYears: 'b', purpose: 'c', workSays: 'd', ikigai: { overlap: 'e' } })).toBe(5);
  });

  it('reads a vision stored before what my work says and the overlap were asked', () => {
    expect(visionFieldsFilled({ fiveYears: 'a', tenYears: 'b', purpose: 'c', ikigai: {} })).toBe(3);
  });

  it('calls Vision complete with four of the five filled', () => {
    expect(sectionStates({ ...emptyCounts, visionFieldsFilled: 3 }).vision).toBe('started');
    expect(sectionStates({ ...emptyCounts, visionFieldsFilled: 4 }).vision).toBe('complete');
  });
});
