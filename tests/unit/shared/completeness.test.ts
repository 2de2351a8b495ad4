import { describe, expect, it } from 'vitest';
import { emptyCounts, planCompleteness, sectionsMissing, sectionStates, visionFieldsFilled } from '../../../src-main/shared/completeness';

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

describe('what each section still needs', () => {
  it('says the first steps for an empty workbook', () => {
    expect(sectionsMissing(emptyCounts)).toEqual({
      vision: 'Answer 4 more questions about where you are heading.',
      'job-or-career': 'Score your current role once.',
      skills: 'Add 5 more skills and plan learning for one.',
      values: 'Finish a card sort and pick your core values.',
      people: 'Add 3 more people and fill 3 more board seats.',
      paths: 'Sketch 2 more paths: two futures make a comparison.',
      milestones: 'Set milestones on 3 more horizons (90 days to 10 years).',
      experience: 'Add 2 more roles or projects.',
      reviews: 'Complete your first review.',
    });
  });

  it('counts down what is left, in the singular where it is one, and says nothing of complete sections', () => {
    const missing = sectionsMissing({
      ...emptyCounts,
      visionFieldsFilled: 3,
      skills: 6,
      completedValueSorts: 1,
      coreValues: 2,
      people: 4,
      boardRolesFilled: 2,
      paths: 2,
      experiences: 1,
      draftReviews: 1,
      milestoneHorizonsCovered: 2,
      milestones: 2,
      roleChecks: 1,
    });
    expect(missing).toEqual({
      vision: 'Answer 1 more question about where you are heading.',
      'job-or-career': null,
      skills: 'Plan learning for one.',
      values: 'Pick 1 more core value.',
      people: 'Fill 1 more board seat.',
      paths: null,
      milestones: 'Set milestones on 1 more horizon (90 days to 10 years).',
      experience: 'Add 1 more role or project.',
      reviews: 'Complete your review in progress.',
    });
  });
});
