import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../../../src-main/services/exports/json-resume';
import { addResumeToSnapshot } from '../../../../../src-main/services/exports/json-resume-merge';
import { repeatedIds } from '../../../../../src-main/shared/collections';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../../../../src-main/shared/workbook';
import { emptySnapshot, projectRoot, readSample } from './sample';

function resumeSnapshot(file: string): WorkbookSnapshot {
  let count = 0;
  const bytes = new Uint8Array(readFileSync(resolve(projectRoot, 'tests/fixtures/json-resume', file)));
  const result = readJsonResume(bytes, { newId: () => `resume-${(count += 1)}`, now: '2026-11-30T10:00:00.000Z' });
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

function idGenerator(prefix = 'added') {
  let count = 0;
  return () => `${prefix}-${(count += 1)}`;
}

describe('addResumeToSnapshot', () => {
  it('adds everything to an empty workbook, fills a blank owner, and the result validates', () => {
    const resume = resumeSnapshot('complete.json');
    const { snapshot, added, skipped } = addResumeToSnapshot(emptySnapshot(), resume, idGenerator());
    expect(workbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(added).toEqual({ skills: 5, experiences: 5, learningActions: 2 });
    expect(skipped).toEqual({ skills: [], experiences: [], learningActions: [] });
    expect(snapshot.workbook.owner).toEqual({ name: 'Amara Nwosu', headline: 'Backend engineer moving into platform work' });
    expect(snapshot.workbook.title).toBe('Empty plan');
  });

  it('skips what the workbook has by name (case and spaces aside) and links to the skills it has', () => {
    const existing = readSample();
    const resume = resumeSnapshot('complete.json');
    resume.skills = [...resume.skills, { ...resume.skills[0]!, id: 'resume-sql', name: '  sql ', order: 99 }];
    resume.experiences = [
      ...resume.experiences,
      { ...resume.experiences[0]!, id: 'resume-same-role', title: 'SENIOR data analyst', organisation: 'kestrelway  freight', skillLinks: [{ skillId: 'resume-sql', relation: 'used' }] },
      { ...resume.experiences[0]!, id: 'resume-new-role', title: 'Data lead', organisation: 'Elsewhere', skillLinks: [{ skillId: 'resume-sql', relation: 'used' }] },
    ];
    const { snapshot, skipped, added } = addResumeToSnapshot(existing, resume, idGenerator());
    expect(workbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(skipped.skills).toEqual(['  sql ']);
    expect(skipped.experiences).toEqual(['SENIOR data analyst']);
    expect(added.skills).toBe(5);
    const sql = existing.skills.find((skill) => skill.name === 'SQL');
    expect(snapshot.experiences.find((experience) => experience.title === 'Data lead')?.skillLinks).toEqual([{ skillId: sql?.id, relation: 'used' }]);
    // What was there is kept as it was; the owner too.
    expect(snapshot.skills.slice(0, existing.skills.length)).toEqual(existing.skills);
    expect(snapshot.workbook).toEqual(existing.workbook);
    expect(snapshot.people).toBe(existing.people);
    // New skills come after the person's own order.
    const maxOrder = Math.max(...existing.skills.map((skill) => skill.order));
    expect(snapshot.skills.slice(existing.skills.length).every((skill) => skill.order > maxOrder)).toBe(true);
  });

  it('adds nothing twice: adding the same résumé again skips all of it', () => {
    const resume = resumeSnapshot('greek.json');
    const once = addResumeToSnapshot(emptySnapshot(), resume, idGenerator('first')).snapshot;
    const twice = addResumeToSnapshot(once, resume, idGenerator('second'));
    expect(twice.added).toEqual({ skills: 0, experiences: 0, learningActions: 0 });
    expect(twice.snapshot).toEqual(once);
    expect(twice.skipped.learningActions).toEqual(['Oracle Certified Professional, Java']);
  });

  it('passes over ids already in use', () => {
    const existing = addResumeToSnapshot(emptySnapshot(), resumeSnapshot('minimal.json'), idGenerator()).snapshot;
    existing.skills = [{ ...resumeSnapshot('greek.json').skills[0]!, id: 'added-1', name: 'Existing skill' }];
    const { snapshot } = addResumeToSnapshot(existing, resumeSnapshot('greek.json'), idGenerator());
    expect(repeatedIds(snapshot)).toEqual([]);
    expect(workbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});
