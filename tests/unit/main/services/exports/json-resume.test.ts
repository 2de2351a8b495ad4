import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxResumeBytes, readJsonResume, type JsonResumeResult } from '../../../../../src-main/services/exports/json-resume';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../../../../src-main/shared/workbook';
import { projectRoot } from './sample';

const now = '2026-11-30T10:00:00.000Z';

function context() {
  let count = 0;
  return { newId: () => `resume-${(count += 1)}`, now };
}

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(projectRoot, 'tests/fixtures/json-resume', name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

function ok(result: JsonResumeResult): Extract<JsonResumeResult, { status: 'ok' }> {
  if (result.status !== 'ok') throw new Error(`refused: ${result.message}`);
  expect(workbookSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  return result;
}

function refusal(result: JsonResumeResult): string {
  if (result.status !== 'refused') throw new Error('expected a refusal');
  return result.message;
}

const titles = (snapshot: WorkbookSnapshot, kind: string) =>
  snapshot.experiences.filter((experience) => experience.kind === kind).map((experience) => [experience.title, experience.organisation, experience.start, experience.end]);

describe('readJsonResume on a complete résumé', () => {
  const { snapshot, preview } = ok(readJsonResume(fixture('complete.json'), context()));

  it('makes the owner from basics: name, and label as the headline', () => {
    expect(preview.owner).toEqual({ name: 'Amara Nwosu', headline: 'Backend engineer moving into platform work' });
    expect(snapshot.workbook).toMatchObject({ title: 'Amara Nwosu', owner: preview.owner, createdAt: now });
    expect(snapshot.vision).toBeNull();
  });

  it('counts what it takes from each section', () => {
    expect(preview.counts).toEqual({ work: 2, education: 1, volunteer: 1, projects: 1, skills: 4, certificates: 2 });
  });

  it('turns work, education, volunteering and projects into Experience, days dropped, an open end as present', () => {
    expect(titles(snapshot, 'role')).toEqual([
      ['Senior backend engineer', 'Tallyline Payments', '2021-04', null],
      ['Software engineer', 'Brightwater Bank', '2017-09', '2021-03'],
    ]);
    expect(titles(snapshot, 'education')).toEqual([['BSc, Computer Science', 'University of Sheffield', '2013-09', '2016-06']]);
    expect(titles(snapshot, 'volunteering')).toEqual([['Volunteer tutor', 'Code Club Leeds', '2019', '2022']]);
    expect(titles(snapshot, 'project')).toEqual([['ledger-diff', 'Personal', '2022-02', '2022-11']]);
    const role = snapshot.experiences.find((experience) => experience.organisation === 'Tallyline Payments');
    expect(role?.achievements).toEqual(['Cut settlement failures by two thirds', 'Mentored three engineers through their first on-call']);
    expect(role?.description).toBe('Owns the settlement service and its on-call rota.');
    expect(snapshot.experiences.find((experience) => experience.kind === 'education')?.description).toBe('Score: First\nCourses: Distributed systems, Databases');
  });

  it('links a project to the skills its keywords name', () => {
    const project = snapshot.experiences.find((experience) => experience.kind === 'project');
    const names = project?.skillLinks.map((link) => snapshot.skills.find((skill) => skill.id === link.skillId)?.name);
    expect(names).toEqual(['Go', 'PostgreSQL']);
  });

  it('rates skills from their level words, with keywords in the notes, not rated for enjoyment', () => {
    expect(snapshot.skills.map((skill) => [skill.name, skill.proficiency, skill.notes])).toEqual([
      ['Go', 4, 'Keywords: concurrency, gRPC'],
      ['Kubernetes', 3, 'Keywords: Helm, operators'],
      ['PostgreSQL', 5, ''],
      ['Mentoring', 3, ''],
      ['Certifications', null, ''],
    ]);
    expect(snapshot.skills.every((skill) => skill.enjoyment === null && skill.targetLevel === null)).toBe(true);
  });

  it('makes certificates done learning actions of the skill they name, the rest under “Certifications”', () => {
    const skillName = (id: string) => snapshot.skills.find((skill) => skill.id === id)?.name;
    expect(snapshot.learningActions.map((action) => [action.title, action.kind, action.status, action.provider, action.dueDate, skillName(action.skillId)])).toEqual([
      ['Kubernetes Administrator', 'certification', 'done', 'Cloud Native Foundation', '2023-05-20', 'Kubernetes'],
      ['Certified Scrum Master', 'certification', 'done', 'Scrum Org', '2020', 'Certifications'],
    ]);
    expect(preview.warnings).toContain(
      '1 certificate names none of the résumé’s skills, so it is kept under a skill called “Certifications”: move it to the right skill in Skills.',
    );
  });

  it('says what it left out', () => {
    expect(preview.warnings).toContain('From basics, only the name and label are kept; email, phone, url, summary, location, profiles were left out.');
    expect(preview.warnings).toContain('The résumé’s awards, languages, interests have no place in a Waypoint workbook and were left out.');
  });

  it('uses the id generator for every id, so the same résumé gives the same workbook', () => {
    const ids = [snapshot.workbook.id, ...snapshot.skills.map((s) => s.id), ...snapshot.experiences.map((e) => e.id), ...snapshot.learningActions.map((a) => a.id)];
    expect(ids.every((id) => id.startsWith('resume-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ok(readJsonResume(fixture('complete.json'), context())).snapshot).toEqual(snapshot);
  });
});

describe('non-Latin names', () => {
  it.each([
    ['cyrillic.json', 'Анна Сергеевна Иванова', 'Аналитик данных', 'Ведущий аналитик'],
    ['greek.json', 'Γιώργος Παπαδόπουλος', 'Μηχανικός λογισμικού', 'Μηχανικός λογισμικού'],
    ['cjk.json', '山田 花子', 'プロダクトデザイナー', 'シニアデザイナー'],
  ])('%s keeps names and titles as written', (file, name, headline, firstRole) => {
    const { snapshot, preview } = ok(readJsonResume(fixture(file), context()));
    expect(preview.owner).toEqual({ name, headline });
    expect(snapshot.workbook.title).toBe(name);
    expect(snapshot.experiences[0]?.title).toBe(firstRole);
  });

  it('matches a certificate to a skill named inside it, and takes level figures', () => {
    const greek = ok(readJsonResume(fixture('greek.json'), context())).snapshot;
    const java = greek.skills.find((skill) => skill.name === 'Java');
    expect(greek.learningActions[0]).toMatchObject({ title: 'Oracle Certified Professional, Java', skillId: java?.id, dueDate: '2019-11' });
    expect(greek.experiences[0]?.end).toBeNull();
    const cyrillic = ok(readJsonResume(fixture('cyrillic.json'), context())).snapshot;
    expect(cyrillic.skills.find((skill) => skill.name === 'Python')?.proficiency).toBe(4);
  });

  it('says which level it does not know', () => {
    const { snapshot, preview } = ok(readJsonResume(fixture('cjk.json'), context()));
    expect(snapshot.skills.map((skill) => [skill.name, skill.proficiency])).toEqual([
      ['Figma', null],
      ['UXリサーチ', 3],
    ]);
    expect(preview.warnings).toEqual(['The résumé’s skill 1 (“Figma”) has the level “上級”, which Waypoint does not know, so it is not rated yet.']);
  });
});

describe('a messy résumé', () => {
  const { snapshot, preview } = ok(readJsonResume(fixture('messy.json'), context()));

  it('reads what it can: numbers as text, a single highlight, dates of every shape, an object where a list was meant', () => {
    expect(preview.owner).toEqual({ name: 'Jo Rivera', headline: '42' });
    expect(titles(snapshot, 'role')).toEqual([
      ['Developer', 'Old Style Ltd', '2015', null],
      ['Analyst', 'Backwards Inc', '2019-01', '2020-05'],
      ['Lead', 'Months in words', '2021-03', null],
      ['Contractor', 'Month first', '2017-03', '2017-11'],
    ]);
    expect(snapshot.experiences[0]?.achievements).toEqual(['Built the intranet']);
    expect(titles(snapshot, 'education')).toEqual([['Mathematics', 'Open University', '2010-10', '2014-06']]);
  });

  it('merges a skill listed twice, and rates from figures', () => {
    expect(snapshot.skills.map((skill) => [skill.name, skill.proficiency, skill.notes])).toEqual([
      ['JavaScript', 4, 'Keywords: Node.js, React'],
      ['Writing', 4, ''],
      ['Cooking', null, ''],
      ['Certifications', null, ''],
    ]);
  });

  it('warns about each thing it left out or changed, in plain words', () => {
    expect(preview.warnings).toEqual(
      expect.arrayContaining([
        'The résumé’s work entry 2 is not a group of fields, so it was left out.',
        'The résumé’s work entry 1 (“Developer”) has an end date Waypoint cannot read (“2016-13”), so it is shown as still going on.',
        'The résumé’s work entry 3 (“Consultant”) has no start date Waypoint can read (it says “sometime”), so it was left out.',
        'The résumé’s work entry 4 (“Analyst”) ends before it starts, so its dates were swapped.',
        'The résumé’s work entry 7 has no title or name, so it was left out.',
        'The résumé’s skill 4 has no name, so it was left out.',
        'The résumé’s skill 5 (“Cooking”) has the level “mostly edible”, which Waypoint does not know, so it is not rated yet.',
        'The résumé’s certificate 2 has no name, so it was left out.',
        'The résumé’s certificate 3 (“First Aid at Work”) has a date Waypoint cannot read (“last spring”), so it has none.',
      ]),
    );
    expect(preview.counts).toEqual({ work: 4, education: 1, volunteer: 0, projects: 0, skills: 3, certificates: 2 });
  });
});

describe('small and odd résumés', () => {
  it('a résumé with only a name gives a workbook with only an owner', () => {
    const { snapshot, preview } = ok(readJsonResume(fixture('minimal.json'), context()));
    expect(preview).toEqual({
      owner: { name: 'Sam Okoro', headline: '' },
      counts: { work: 0, education: 0, volunteer: 0, projects: 0, skills: 0, certificates: 0 },
      warnings: [],
    });
    expect(snapshot.skills).toEqual([]);
  });

  it('a résumé without a name gets a title of its own', () => {
    expect(ok(readJsonResume(bytesOf('{"skills":[{"name":"SQL"}]}'), context())).snapshot.workbook.title).toBe('Imported résumé');
  });

  it('shortens texts longer than the model keeps, and says so', () => {
    const long = 'x'.repeat(300);
    const { snapshot, preview } = ok(readJsonResume(bytesOf(JSON.stringify({ work: [{ name: 'A', position: long, startDate: '2020' }] })), context()));
    expect(snapshot.experiences[0]?.title).toHaveLength(200);
    expect(snapshot.experiences[0]?.title.endsWith('…')).toBe(true);
    expect(preview.warnings).toContain('1 text was longer than Waypoint keeps and was shortened.');
  });
});

describe('files that are not résumés', () => {
  it.each([
    ['an empty file', '', 'This file is empty: it holds no résumé.'],
    ['blank space', '  \n ', 'This file is empty: it holds only blank space, no résumé.'],
    ['text that is not JSON', 'Name: Sam\nWork: lots', 'This file is not a JSON Resume: its text is not JSON.'],
    ['a cut-off file', '{"basics": {"name": "Sam', 'This résumé ends part-way through: it was probably cut off while it was saved or copied.'],
    ['a list', '[1, 2]', 'This file is not a JSON Resume: it is JSON, but a list or a single value rather than a résumé.'],
    ['another app’s JSON', '{"name": "my-app", "version": "1.0.0"}', 'This file is not a JSON Resume: it is JSON, but has none of a résumé’s sections (basics, work, education, skills…).'],
    ['a workbook file', '{"format": "waypoint-workbook", "version": 1}', 'This is a Waypoint workbook file, not a résumé: open it with Import workbook instead.'],
  ])('refuses %s', (_, text, message) => {
    expect(refusal(readJsonResume(bytesOf(text), context()))).toBe(message);
  });

  it('refuses binary data', () => {
    expect(refusal(readJsonResume(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), context()))).toMatch(/binary data/);
  });

  it('refuses a file too large to be a résumé', () => {
    expect(refusal(readJsonResume(new Uint8Array(maxResumeBytes + 1).fill(0x20), context()))).toMatch(/^This file is too large to be a résumé \(5\.0 MB;/);
  });
});
