import { describe, expect, it } from 'vitest';
import { workbookToMarkdown } from '../../../../../src-main/services/exports/markdown';
import { workbookSnapshotSchema, type WorkbookSnapshot } from '../../../../../src-main/shared/workbook';
import { emptySnapshot, readSample, stamp } from './sample';

const today = '2026-11-30';
const sample = readSample();
const full = workbookToMarkdown(sample, { share: false, today });
const shared = workbookToMarkdown(sample, { share: true, today });

/** The text under one heading, up to the next heading of the same or a higher level. */
function chapter(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '') === title);
  if (start === -1) throw new Error(`no heading ${title}`);
  const level = (lines[start] ?? '').indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('workbookToMarkdown on the sample workbook', () => {
  it('opens with the title, the owner and the day', () => {
    expect(full.startsWith('# Maya Okafor (sample)\n\nMaya Okafor: Senior data analyst at Kestrelway Freight')).toBe(true);
    expect(full).toContain('*Career plan as of 30 Nov 2026.*');
  });

  it('has every chapter, in the order of the sidebar', () => {
    const chapters = full.split('\n').filter((line) => line.startsWith('## '));
    expect(chapters).toEqual([
      '## Vision',
      '## Core values',
      '## Skills',
      '## Learning plan',
      '## People',
      '## Paths',
      '## Milestones',
      '## Experience',
      '## Job or career?',
      '## Reviews',
    ]);
  });

  it('writes the vision and the ikigai canvas', () => {
    const vision = chapter(full, 'Vision');
    expect(vision).toContain('### In five years\n\nI lead a small team');
    expect(vision).toContain('- **What I love:** Following a messy question');
  });

  it('ranks the core values with what they mean', () => {
    expect(chapter(full, 'Core values')).toMatch(/^1\. \*\*Curiosity\*\*: I do my best work when I am allowed to dig/m);
  });

  it('lists skills with levels, gaps and the quadrant words of the motivated-skills map', () => {
    const skills = chapter(full, 'Skills');
    expect(skills).toContain('| SQL | technical | 5 of 5 | 4 of 5 | 5 of 5 | at target | Motivated strengths |');
    expect(skills).toContain('| Spreadsheet modelling | technical | 5 of 5 | 2 of 5 | not rated |   | Burnout risks |');
    expect(skills).toMatch(/\*\*Growth areas\*\* \(.*\): Machine learning basics, Product discovery/);
    expect(skills.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---')).length).toBe(sample.skills.length + 1);
  });

  it('prints the learning plan, with flags as of today', () => {
    const learning = chapter(full, 'Learning plan');
    expect(learning).toMatch(/^1\. \*\*Machine learning basics\*\*: 2 levels to go/m);
    expect(learning).toContain('**Cloud data warehouse associate certification** (Certification, done;');
    expect(learning).toContain('expires 15 Feb 2027; cost 150; 40 hours; **expiring soon**)');
    expect(learning).toMatch(/Run the analytics team’s quarterly backlog planning.*\*\*overdue\*\*/);
  });

  it('seats the board of directors, names the empty seat and lists who to get back to', () => {
    const people = chapter(full, 'People');
    expect(people).toContain('- **Mentor:** Hannah Lindqvist');
    expect(people).toContain('- **Connector:** empty seat');
    expect(people).toContain('- Marta Kowalczyk: Overdue by 44 days (was due 17 Oct 2026)');
    expect(people).toContain('- Send Hannah the one-page case for each path (Hannah Lindqvist): Due 11 Dec 2026');
    for (const person of sample.people) expect(people).toContain(`#### ${person.name}`);
  });

  it('compares the paths: required skills against the inventory, coverage and values', () => {
    const paths = chapter(full, 'Paths');
    for (const path of sample.paths) expect(paths).toContain(`### ${path.name}`);
    expect(paths).toContain('| Running a small business | 3 | not rated | missing |');
    expect(paths).toMatch(/\*\*Skill coverage:\*\* \d+ %/);
  });

  it('groups milestones by horizon, with status, progress and steps', () => {
    const milestones = chapter(full, 'Milestones');
    expect(milestones.split('\n').filter((line) => line.startsWith('### '))).toEqual([
      '### 90 days',
      '### 1 year',
      '### 3 years',
      '### 5 years',
      '### 10 years',
    ]);
    expect(chapter(full, '90 days')).toContain('**Finish the product discovery course** (In progress, 50 %, target 26 Feb 2027');
    expect(milestones).toContain('    - [ ] Modules 4–6 (due 31 Jan 2027)');
  });

  it('writes the experience newest first, with the skills used and gained', () => {
    const experience = chapter(full, 'Experience');
    expect(experience.indexOf('### Senior data analyst, Kestrelway Freight')).toBeLessThan(experience.indexOf('### Data analyst, Kestrelway Freight'));
    expect(experience).toContain('*Role, Mar 2023 – present*');
    expect(experience).toContain('- **Skills used:** SQL, Python for analysis');
  });

  it('reads the latest job-or-career check lens by lens, and the earlier ones in short', () => {
    const check = chapter(full, 'Job or career?');
    expect(check).toMatch(/Latest check, .*: average \d(\.\d)? of 5, (mostly a job|a job with career elements|a career step|a career)\./);
    expect(check).toContain('| Time horizon |');
    expect(chapter(check, 'Earlier checks').split('\n').filter((line) => line.startsWith('- '))).toHaveLength(sample.roleChecks.length - 1);
  });

  it('writes each review with its reflections and frozen figures', () => {
    const reviews = chapter(full, 'Reviews');
    expect(reviews).toContain('### 2026 Q2 (29 May 2026)');
    expect(reviews).toContain('I say yes to every request for a spreadsheet.');
    expect(reviews).toContain('| Job or career? (average of 5) | 3.4, a career step |');
  });
});

describe('share mode', () => {
  const privateTexts = [
    sample.vision?.notes ?? '',
    ...sample.skills.map((skill) => skill.notes),
    ...sample.learningActions.map((action) => action.notes),
    ...sample.people.flatMap((person) => [person.contact, person.notes]),
    ...sample.interactions.map((interaction) => interaction.notes),
    ...sample.roleChecks.map((check) => check.notes),
    ...sample.reviews.flatMap((review) => [review.moved, review.stuck, review.learned, review.next]),
  ].filter((text) => text.trim() !== '');

  it('the sample has private texts, and the full export prints them', () => {
    expect(privateTexts.length).toBeGreaterThan(10);
    for (const text of privateTexts) expect(full).toContain(text.split('\n')[0]?.slice(0, 40));
  });

  it('leaves out every private text', () => {
    for (const text of privateTexts) expect(shared).not.toContain(text.split('\n')[0]?.slice(0, 40));
  });

  it('leaves no empty heading or label behind', () => {
    expect(shared).not.toMatch(/^#+ Notes$/m);
    expect(shared).not.toContain('**Contact:**');
    expect(shared).not.toContain('**What moved**');
    const lines = shared.split('\n');
    lines.forEach((line, index) => {
      if (!/^#+ /.test(line)) return;
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
      const level = line.indexOf(' ');
      // A heading is followed by content or by a deeper heading, never by a heading of its level or above.
      if (next?.startsWith('#')) expect(next.indexOf(' '), `${line} is empty`).toBeGreaterThan(level);
      expect(next, `${line} is the last line`).toBeDefined();
    });
  });

  it('says it is the shared version and keeps the rest', () => {
    expect(shared).toContain('shared version without private notes');
    expect(shared).toContain('- **Mentor:** Hannah Lindqvist');
  });
});

describe('odd text', () => {
  function withOddSkill(name: string, notes: string): WorkbookSnapshot {
    const snapshot = emptySnapshot('# Not *a* heading | [link](x)');
    snapshot.skills = [
      {
        id: 'odd',
        name,
        category: 'technical',
        proficiency: 4,
        enjoyment: 2,
        targetLevel: null,
        notes,
        evidence: [],
        order: 1,
        createdAt: stamp,
        updatedAt: stamp,
      },
    ];
    return workbookSnapshotSchema.parse(snapshot);
  }

  it('escapes markup in titles, table cells and notes, and keeps a table row on one line', () => {
    const markdown = workbookToMarkdown(withOddSkill('C# | *bold* _x_ [y]', 'line one\n# not a heading\n- not a list\n1. not numbered\n<b>html</b>'), {
      share: false,
      today,
    });
    expect(markdown.startsWith('# \\# Not \\*a\\* heading \\| \\[link\\](x)\n')).toBe(true);
    expect(markdown).toContain('| C\\# \\| \\*bold\\* \\_x\\_ \\[y\\] | technical | 4 of 5 | 2 of 5 | not rated |   | Burnout risks |');
    expect(markdown).toContain('line one\\\n\\# not a heading\\\n\\- not a list\\\n1\\. not numbered\\\n\\<b\\>html\\</b\\>');
    expect(markdown).not.toMatch(/^# not a heading/m);
  });

  it('puts line breaks inside a table cell as <br>', () => {
    const snapshot = readSample();
    const [check] = snapshot.roleChecks;
    if (!check) throw new Error('the sample has checks');
    snapshot.roleChecks = [{ ...check, date: '2026-11-29', lenses: { ...check.lenses, timeHorizon: { score: 2, note: 'first | line\nsecond line' } } }];
    const row = workbookToMarkdown(snapshot, { share: false, today })
      .split('\n')
      .find((line) => line.startsWith('| Time horizon'));
    expect(row).toBe('| Time horizon | 2 | leans to a job | first \\| line<br>second line |');
  });
});

describe('an empty workbook', () => {
  it('gives a short document that says nothing is written yet', () => {
    const markdown = workbookToMarkdown(emptySnapshot(), { share: true, today });
    expect(markdown).toBe('# Empty plan\n\n*Career plan as of 30 Nov 2026, shared version without private notes.*\n\nNothing is written in this workbook yet.\n');
  });
});
