import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityCollections, horizons, workbookSnapshotSchema, type WorkbookSnapshot } from '../../../src-main/shared/workbook';
import { valuesDeck } from '../../../src-main/shared/values';
import { readWorkbookFile } from '../../../src-main/shared/workbook-file';
import { sampleWorkbookPath, sampleWorkbookText } from '../../../scripts/write-sample-workbook.js';

const text = readFileSync(sampleWorkbookPath, 'utf8');
const reading = readWorkbookFile(text);
if (!reading.ok) throw new Error(`The sample is not a workbook file: ${reading.problem}`);
const { envelope } = reading;
const parsed = workbookSnapshotSchema.safeParse(envelope.workbook);
const sample = parsed.data as WorkbookSnapshot;
/** The snapshot as written, with fields the model of this version does not read yet (paths' people). */
const raw = JSON.parse(text).workbook as { paths: Array<{ id: string; personIds?: string[] }> };

type Reference = { from: string; to: string; existing: ReadonlySet<string> };

/** Every id one entity uses to point at another, with the ids that exist in the collection it points into. */
function references(snapshot: WorkbookSnapshot): Reference[] {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const skills = ids(snapshot.skills);
  const people = ids(snapshot.people);
  const paths = ids(snapshot.paths);
  const values = new Set([...valuesDeck.map((value) => value.id), ...snapshot.customValues.map((value) => value.id)]);
  const to = (from: string, existing: ReadonlySet<string>) => (id: string): Reference => ({ from, to: id, existing });
  return [
    ...snapshot.learningActions.map((action) => to(`learning action ${action.id}`, skills)(action.skillId)),
    ...snapshot.experiences.flatMap((experience) => experience.skillLinks.map((link) => to(`experience ${experience.id}`, skills)(link.skillId))),
    ...snapshot.people.flatMap((person) => person.canHelpWith.map(to(`person ${person.id}`, skills))),
    ...snapshot.interactions.map((interaction) => to(`interaction ${interaction.id}`, people)(interaction.personId)),
    ...snapshot.paths.flatMap((path) => [
      ...path.requiredSkills.flatMap((required) => (required.skillId ? [to(`path ${path.id}`, skills)(required.skillId)] : [])),
      ...[...path.servesValues, ...path.threatensValues].map(to(`path ${path.id}`, values)),
    ]),
    ...raw.paths.flatMap((path) => (path.personIds ?? []).map(to(`path ${path.id} people`, people))),
    ...snapshot.milestones.flatMap((milestone) => [
      ...(milestone.pathId ? [to(`milestone ${milestone.id}`, paths)(milestone.pathId)] : []),
      ...milestone.skillIds.map(to(`milestone ${milestone.id}`, skills)),
      ...milestone.personIds.map(to(`milestone ${milestone.id}`, people)),
      ...milestone.valueIds.map(to(`milestone ${milestone.id}`, values)),
    ]),
    ...snapshot.valueSorts.flatMap((sort) => [
      ...Object.keys(sort.placements).map(to(`value sort ${sort.id}`, values)),
      ...sort.core.map((core) => to(`value sort ${sort.id} core`, values)(core.valueId)),
      ...Object.keys(sort.setAsideMeanings ?? {}).map(to(`value sort ${sort.id} set aside`, values)),
    ]),
  ];
}

describe('the bundled sample workbook', () => {
  it('is the file scripts/write-sample-workbook.js writes (run it after changing the sample)', () => {
    expect(text).toBe(sampleWorkbookText());
  });

  it('is a version 1 workbook file written by Waypoint', () => {
    expect(envelope).toMatchObject({ format: 'waypoint-workbook', version: 1, app: { name: 'Waypoint' } });
    expect(Date.parse(envelope.exportedAt)).not.toBeNaN();
  });

  it('holds a valid workbook snapshot', () => {
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    expect(issues).toEqual([]);
  });

  it('has unique ids in every collection, and every id it points at exists', () => {
    for (const collection of entityCollections) {
      const items: readonly { id: string }[] = sample[collection];
      expect(new Set(items.map((item) => item.id)).size, collection).toBe(items.length);
    }
    const all = references(sample);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((reference) => !reference.existing.has(reference.to)).map((reference) => `${reference.from} → ${reference.to}`)).toEqual([]);
  });

  it('gives everyone with a logged conversation that conversation as their last contact, or a later one', () => {
    for (const person of sample.people) {
      const logged = sample.interactions.filter((interaction) => interaction.personId === person.id).map((interaction) => interaction.date);
      if (logged.length === 0) continue;
      expect(person.lastContact! >= logged.sort().at(-1)!, person.name).toBe(true);
    }
  });

  it('fills the owner, the vision and the ikigai, and checks the role at least twice, months apart', () => {
    expect(sample.workbook.owner.name).toBe('Maya Okafor');
    expect(sample.workbook.owner.headline).not.toBe('');
    const vision = sample.vision!;
    for (const text of [vision.fiveYears, vision.tenYears, vision.purpose, ...Object.values(vision.ikigai)]) expect(text).not.toBe('');
    const dates = sample.roleChecks.map((check) => check.date).sort();
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeGreaterThan(90 * 86_400_000);
    for (const check of sample.roleChecks) expect(Object.values(check.lenses).every((lens) => lens.score !== null)).toBe(true);
  });

  it('rates about fifteen skills, with evidence, learning and a certification expiring within a year of writing', () => {
    expect(sample.skills.length).toBeGreaterThanOrEqual(15);
    expect(sample.skills.every((skill) => skill.proficiency !== null && skill.enjoyment !== null)).toBe(true);
    expect(sample.skills.filter((skill) => skill.evidence.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(sample.learningActions.length).toBeGreaterThanOrEqual(5);
    const certifications = sample.learningActions.filter((action) => action.kind === 'certification');
    expect(certifications.some((action) => action.expiresOn !== null && action.expiresOn.startsWith('2027'))).toBe(true);
  });

  it('has a completed values sort with every card placed, core values with meanings, and a value of her own among them', () => {
    const [sort] = sample.valueSorts;
    expect(sort?.completedAt).not.toBeNull();
    const cards = [...valuesDeck.map((value) => value.id), ...sample.customValues.map((value) => value.id)];
    expect(cards.filter((id) => sort?.placements[id] === undefined)).toEqual([]);
    expect(sort!.core.length).toBeGreaterThanOrEqual(3);
    expect(sort!.core.every((core) => core.meaning !== '' && sort!.placements[core.valueId] === 'always')).toBe(true);
    const custom = new Set(sample.customValues.map((value) => value.id));
    expect(sort!.core.some((core) => custom.has(core.valueId))).toBe(true);
  });

  it('has a board with a mentor and a sponsor, an empty connector seat, and a follow-up agreed and still open', () => {
    expect(sample.people.length).toBeGreaterThanOrEqual(8);
    const seated = (role: string) => sample.people.filter((person) => person.roles.includes(role as never));
    expect(seated('mentor').length).toBeGreaterThan(0);
    expect(seated('sponsor').length).toBeGreaterThan(0);
    expect(seated('connector')).toEqual([]);
    expect(sample.people.filter((person) => person.cadenceDays !== null).length).toBeGreaterThanOrEqual(5);
    expect(sample.interactions.some((interaction) => interaction.followUp?.done === false)).toBe(true);
  });

  it('weighs a current path, an alternative and a wild card, each with skills, values, uncertainties and people', () => {
    expect(sample.paths.map((path) => path.kind).sort()).toEqual(['alternative', 'current', 'wild-card']);
    for (const path of sample.paths) {
      expect(path.requiredSkills.length, path.name).toBeGreaterThan(0);
      expect(path.servesValues.length + path.threatensValues.length, path.name).toBeGreaterThan(0);
      expect(path.uncertainties.flatMap((uncertainty) => uncertainty.experiments).length, path.name).toBeGreaterThan(0);
    }
    expect(raw.paths.every((path) => (path.personIds ?? []).length > 0)).toBe(true);
  });

  it('plans milestones on every horizon with checklists, some done, and keeps a record and reviews', () => {
    expect(new Set(sample.milestones.map((milestone) => milestone.horizon))).toEqual(new Set(horizons));
    expect(sample.milestones.filter((milestone) => milestone.steps.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(sample.milestones.some((milestone) => milestone.status === 'done' && milestone.doneOn !== null)).toBe(true);
    expect(sample.experiences.length).toBeGreaterThanOrEqual(5);
    expect(sample.experiences.length).toBeLessThanOrEqual(8);
    const complete = sample.reviews.filter((review) => review.status === 'complete');
    expect(complete).toHaveLength(2);
    expect(complete.every((review) => review.figures !== null && review.completedAt !== null)).toBe(true);
    expect(sample.reviews.filter((review) => review.status === 'draft')).toHaveLength(1);
  });
});
