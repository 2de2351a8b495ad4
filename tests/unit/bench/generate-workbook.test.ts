import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInSkillCategories, entityCollections, workbookSnapshotSchema, type WorkbookSnapshot } from '../../../src-main/shared/workbook';
import { defaultSizes, generateWorkbook, parseSizes, readDeckValueIds } from '../../../bench/generate-workbook';

const deckValueIds = ['autonomy', 'security', 'creativity', 'helping-others', 'recognition'];
const today = new Date('2026-11-23T09:00:00.000Z');
const large = generateWorkbook({ seed: 7, deckValueIds, today });

function issuesOf(snapshot: WorkbookSnapshot): string[] {
  const result = workbookSnapshotSchema.safeParse(snapshot);
  return result.success ? [] : result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')} ${issue.message}`);
}

type Reference = { from: string; to: string; existing: ReadonlySet<string> };

/** Every id one entity uses to point at another, with the ids that exist in the collection it points into. */
function references(snapshot: WorkbookSnapshot): Reference[] {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const skills = ids(snapshot.skills);
  const people = ids(snapshot.people);
  const paths = ids(snapshot.paths);
  const values = new Set([...deckValueIds, ...snapshot.customValues.map((value) => value.id)]);
  const to = (from: string, existing: ReadonlySet<string>) => (id: string): Reference => ({ from, to: id, existing });
  return [
    ...snapshot.learningActions.map((action) => to(`learning action ${action.id}`, skills)(action.skillId)),
    ...snapshot.experiences.flatMap((experience) => experience.skillLinks.map((link) => to(`experience ${experience.id}`, skills)(link.skillId))),
    ...snapshot.people.flatMap((person) => person.canHelpWith.map(to(`person ${person.id}`, skills))),
    ...snapshot.interactions.map((interaction) => to(`interaction ${interaction.id}`, people)(interaction.personId)),
    ...snapshot.paths.flatMap((path) => [
      ...path.requiredSkills.flatMap((required) => (required.skillId ? [to(`path ${path.id}`, skills)(required.skillId)] : [])),
      ...[...path.servesValues, ...path.threatensValues].map(to(`path ${path.id}`, values)),
      ...path.personIds.map(to(`path ${path.id}`, people)),
    ]),
    ...snapshot.milestones.flatMap((milestone) => [
      ...(milestone.pathId ? [to(`milestone ${milestone.id}`, paths)(milestone.pathId)] : []),
      ...milestone.skillIds.map(to(`milestone ${milestone.id}`, skills)),
      ...milestone.personIds.map(to(`milestone ${milestone.id}`, people)),
      ...milestone.valueIds.map(to(`milestone ${milestone.id}`, values)),
    ]),
    ...snapshot.valueSorts.flatMap((sort) => [
      ...Object.keys(sort.placements).map(to(`value sort ${sort.id}`, values)),
      ...sort.core.map((core) => to(`value sort ${sort.id} core`, values)(core.valueId)),
    ]),
  ];
}

describe('the benchmark workbook', () => {
  it('is a valid workbook snapshot', () => {
    expect(issuesOf(large)).toEqual([]);
  });

  it('holds the sizes asked for, 2,000 skills and 1,000 experiences by default', () => {
    expect(large.skills).toHaveLength(2_000);
    expect(large.experiences).toHaveLength(1_000);
    const { requiredSkillsPerPath, stepsPerMilestone, ...collectionSizes } = defaultSizes;
    for (const [collection, size] of Object.entries(collectionSizes)) {
      expect(large[collection as keyof typeof collectionSizes], collection).toHaveLength(size);
    }
    expect(large.paths.map((path) => path.requiredSkills.length)).toEqual(large.paths.map(() => requiredSkillsPerPath));
    expect(large.milestones.every((milestone) => milestone.steps.length === stepsPerMilestone)).toBe(true);
    expect(large.valueSorts).toHaveLength(2);
    expect(large.vision?.id).toBe('vision');
  });

  it('gives each person with a logged contact their newest interaction as last contact', () => {
    const newest = new Map<string, string>();
    for (const { personId, date } of large.interactions) if ((newest.get(personId) ?? '') < date) newest.set(personId, date);
    const logged = large.people.filter((person) => newest.has(person.id));
    expect(logged.length).toBeGreaterThan(large.people.length / 2);
    for (const person of logged) expect(person.lastContact, person.name).toBe(newest.get(person.id));
  });

  it('follows other sizes when asked, and stays valid with nothing to link to', () => {
    const small = generateWorkbook({ sizes: { skills: 0, experiences: 3, people: 0, interactions: 5, customValues: 0 } });
    expect(small.skills).toEqual([]);
    expect(small.experiences).toHaveLength(3);
    expect(small.experiences.every((experience) => experience.skillLinks.length === 0)).toBe(true);
    expect(small.interactions).toEqual([]);
    expect(small.valueSorts).toEqual([]);
    expect(issuesOf(small)).toEqual([]);
  });

  it('gives the same workbook for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generateWorkbook({ seed: 7, deckValueIds, today }))).toBe(JSON.stringify(large));
    expect(generateWorkbook({ seed: 8, deckValueIds, today }).skills.map((skill) => skill.name)).not.toEqual(
      large.skills.map((skill) => skill.name),
    );
  });

  it('has unique ids per collection and unique skill names', () => {
    for (const collection of entityCollections) {
      const items: readonly { id: string }[] = large[collection];
      expect(new Set(items.map((item) => item.id)).size, collection).toBe(items.length);
    }
    expect(new Set(large.skills.map((skill) => skill.name.toLowerCase())).size).toBe(large.skills.length);
  });

  it('points only at ids that exist, and links plenty', () => {
    const all = references(large);
    expect(all.length).toBeGreaterThan(5_000);
    expect(all.filter((reference) => !reference.existing.has(reference.to)).map((reference) => `${reference.from} → ${reference.to}`)).toEqual([]);
  });

  it('looks like a real inventory: every category, every level, crowded map cells, some evidence', () => {
    const categories = new Set(large.skills.map((skill) => skill.category));
    for (const category of builtInSkillCategories) expect(categories).toContain(category);
    expect(categories.size).toBeGreaterThan(builtInSkillCategories.length);
    for (const level of [1, 2, 3, 4, 5]) expect(large.skills.some((skill) => skill.proficiency === level)).toBe(true);
    const sameCell = large.skills.filter((skill) => skill.proficiency === 3 && skill.enjoyment === 4).length;
    expect(sameCell).toBeGreaterThan(200);
    expect(large.skills.filter((skill) => skill.evidence.length > 0).length).toBeGreaterThan(100);
  });

  it('has overdue learning, expiring certifications, present roles and experiences across 1995–2026', () => {
    const todayText = '2026-11-23';
    const open = large.learningActions.filter((action) => action.status === 'planned' || action.status === 'in-progress');
    expect(open.some((action) => action.dueDate !== null && action.dueDate.length === 10 && action.dueDate < todayText)).toBe(true);
    expect(large.learningActions.some((action) => action.expiresOn !== null && action.expiresOn >= todayText && action.expiresOn <= '2027-01-31')).toBe(true);
    expect(large.experiences.some((experience) => experience.end === null)).toBe(true);
    const starts = large.experiences.map((experience) => experience.start).sort();
    expect(starts[0]?.startsWith('199')).toBe(true);
    expect(starts.at(-1)! <= '2026-11').toBe(true);
    expect(new Set(large.experiences.map((experience) => experience.kind)).size).toBe(4);
  });

  it('places every deck card and custom value in the value sort, with at most 10 core values from "always"', () => {
    const current = large.valueSorts.at(-1)!;
    expect(Object.keys(current.placements).sort()).toEqual([...deckValueIds, ...large.customValues.map((value) => value.id)].sort());
    expect(current.core.length).toBeLessThanOrEqual(10);
    for (const core of current.core) expect(current.placements[core.valueId]).toBe('always');
  });
});

describe('reading the values deck', () => {
  const folder = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));

  it('finds no ids while the deck file does not exist', () => {
    expect(readDeckValueIds(join(folder, 'missing.json'))).toEqual([]);
  });

  it('reads ids from a list of cards or from an object holding the list', () => {
    const list = join(folder, 'list.json');
    writeFileSync(list, JSON.stringify([{ id: 'autonomy', name: 'Autonomy' }, { id: 'not valid!' }, { name: 'no id' }]));
    expect(readDeckValueIds(list)).toEqual(['autonomy']);
    const wrapped = join(folder, 'wrapped.json');
    writeFileSync(wrapped, JSON.stringify({ version: 1, values: [{ id: 'security' }, { id: 'craft' }] }));
    expect(readDeckValueIds(wrapped)).toEqual(['security', 'craft']);
  });
});

describe('sizes from the command line', () => {
  it('reads name=count pairs', () => {
    expect(parseSizes('skills=5000, experiences=0')).toEqual({ skills: 5000, experiences: 0 });
    expect(parseSizes('')).toEqual({});
  });

  it('refuses unknown names and bad counts', () => {
    expect(() => parseSizes('skils=5')).toThrow(/Unknown size "skils"/);
    expect(() => parseSizes('skills=-1')).toThrow(/whole number/);
    expect(() => parseSizes('skills=many')).toThrow(/whole number/);
  });
});
