import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { workbookSnapshotSchema, type EntityCollection } from '@shared/workbook';
import { maxWorkbookFileBytes, readWorkbookBytes, type WorkbookFileResult } from '@shared/workbook-file-read';

const root = resolve(import.meta.dirname, '../../..');
const sampleBytes = new Uint8Array(readFileSync(resolve(root, 'resources/samples/maya-okafor.waypoint')));
const sampleText = new TextDecoder().decode(sampleBytes);
type Json = Record<string, unknown> & { workbook: Record<EntityCollection, Array<Record<string, unknown>>> };

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sampleWith = (edit: (file: Json) => void): Uint8Array => {
  const file = JSON.parse(sampleText) as Json;
  edit(file);
  return bytesOf(JSON.stringify(file));
};

function refusal(result: WorkbookFileResult): string {
  if (result.status !== 'refused') throw new Error('expected the file to be refused');
  return result.message;
}

describe('reading a workbook file from its bytes', () => {
  test('reads the bundled sample whole, with nothing to repair', () => {
    const result = readWorkbookBytes(sampleBytes);
    expect(result).toEqual({ status: 'ok', snapshot: workbookSnapshotSchema.parse(JSON.parse(sampleText).workbook), warnings: [] });
  });

  test('reads the hand-written version 1 fixture', () => {
    const bytes = new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/workbook-files/v1-minimal.waypoint')));
    const result = readWorkbookBytes(bytes);
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.snapshot.workbook.owner.name).toBe('Ada Example');
    expect(result.snapshot.skills.map((skill) => skill.name)).toEqual(['SQL']);
    expect(result.snapshot.learningActions.map((action) => action.skillId)).toEqual(['skill-sql']);
    expect(result.warnings).toEqual([]);
  });

  test('gives each way a file cannot be read its own message', () => {
    const messages = [
      refusal(readWorkbookBytes(new Uint8Array())),
      refusal(readWorkbookBytes(bytesOf('  \n'))),
      refusal(readWorkbookBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))),
      refusal(readWorkbookBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
      refusal(readWorkbookBytes(bytesOf('name,title\nMaya,Analyst\n'))),
      refusal(readWorkbookBytes(sampleBytes.slice(0, 20_000))),
      refusal(readWorkbookBytes(bytesOf(JSON.stringify({ basics: { name: 'Maya' } })))),
      refusal(readWorkbookBytes(bytesOf(JSON.stringify({ format: 'other-planner', version: 1 })))),
    ];
    expect(messages).toEqual([
      'This file is empty: it holds no workbook.',
      'This file is empty: it holds only blank space, no workbook.',
      'This file is not a Waypoint workbook: it holds binary data (like an image or an archive), not text.',
      'This file is not a Waypoint workbook: it holds binary data (like an image or an archive), not text.',
      'This file is not a Waypoint workbook: its text is not JSON, the format workbook files are written in.',
      'This workbook file ends part-way through: it was probably cut off while it was saved or copied. Nothing was imported.',
      'This file is not a Waypoint workbook: it is JSON, but not marked as a Waypoint workbook (it may belong to another app).',
      'This file is not a Waypoint workbook: it says it is a “other-planner” file, probably from another app.',
    ]);
  });

  test('refuses a file over 50 MB before reading what it holds', () => {
    const huge = new Uint8Array(maxWorkbookFileBytes + 1);
    expect(refusal(readWorkbookBytes(huge))).toBe(
      'This file is too large to be a Waypoint workbook (50.0 MB; the largest Waypoint opens is 50.0 MB).',
    );
  });

  test('tells apart JSON with a stray character from JSON cut off part-way', () => {
    expect(refusal(readWorkbookBytes(bytesOf('{"format": "waypoint-workbook",, }')))).toMatch(/its text is not JSON/);
    expect(refusal(readWorkbookBytes(bytesOf('{"format": "waypoint-workbook", "app": {"name": "Way')))).toMatch(/ends part-way through/);
    expect(refusal(readWorkbookBytes(bytesOf('{"a": [1, 2}')))).toMatch(/its text is not JSON/);
    const cutInsideALetter = bytesOf('{"format": "waypoint-workbook", "app": {"name": "Été').slice(0, -2);
    expect(refusal(readWorkbookBytes(cutInsideALetter))).toMatch(/ends part-way through/);
  });

  test('refuses a file from a newer version of Waypoint, saying so', () => {
    const newer = sampleWith((file) => {
      file.version = 3;
    });
    expect(refusal(readWorkbookBytes(newer))).toBe(
      'This file was made by a newer version of Waypoint (file version 3). Update Waypoint to open it.',
    );
  });

  test('refuses a file without a file version, and one of a version no Waypoint wrote', () => {
    expect(refusal(readWorkbookBytes(sampleWith((file) => delete file.version)))).toBe(
      'This workbook file does not say which version of the file format it is written in, so Waypoint cannot read it.',
    );
    expect(refusal(readWorkbookBytes(sampleWith((file) => (file.version = 0))))).toBe(
      'This file says it is version 0 of the workbook file format, which no version of Waypoint wrote.',
    );
  });

  test('lists structural problems by path in plain words', () => {
    const broken = sampleWith((file) => {
      file.workbook.skills[3]!.proficiency = 9;
      file.workbook.people[0]!.name = '   ';
      file.exportedAt = 'yesterday';
    });
    expect(refusal(readWorkbookBytes(broken))).toBe(
      [
        'This workbook file has problems, so nothing was imported:',
        'exportedAt must be a date and time',
        'skills[3].proficiency must be between 1 and 5',
        'people[0].name must not be empty',
      ].join('\n'),
    );
  });

  test('lists at most ten problems, then says how many more there are', () => {
    const broken = sampleWith((file) => {
      for (const skill of file.workbook.skills.slice(0, 14)) skill.enjoyment = 'a lot';
    });
    const lines = refusal(readWorkbookBytes(broken)).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('skills[0].enjoyment must be a number');
    expect(lines[11]).toBe('and 4 more');
  });

  test('refuses a workbook that is missing a section or is not a group of fields', () => {
    expect(refusal(readWorkbookBytes(sampleWith((file) => Reflect.deleteProperty(file.workbook, 'skills'))))).toBe(
      'This workbook file has a problem, so nothing was imported:\nskills is required',
    );
    expect(refusal(readWorkbookBytes(sampleWith((file) => (file.workbook = [] as never))))).toBe(
      'This workbook file has a problem, so nothing was imported:\nthe workbook in the file must be a group of fields',
    );
  });

  test('refuses two rows of one kind under the same id', () => {
    const twice = sampleWith((file) => {
      file.workbook.skills[1]!.id = file.workbook.skills[0]!.id;
    });
    expect(refusal(readWorkbookBytes(twice))).toBe(
      'This workbook file has a problem, so nothing was imported:\nskills[1].id is used by another skill in this file',
    );
  });
});

describe('links to rows that are not in the file', () => {
  function read(bytes: Uint8Array) {
    const result = readWorkbookBytes(bytes);
    if (result.status !== 'ok') throw new Error(result.message);
    return result;
  }

  test('are repaired the way deleting those rows would, and listed as warnings', () => {
    const file = JSON.parse(sampleText) as Json;
    const goneSkillId = file.workbook.learningActions[0]!.skillId;
    const linkedActions = file.workbook.learningActions.filter((action) => action.skillId === goneSkillId).length;
    const result = read(
      sampleWith((edited) => {
        edited.workbook.skills = edited.workbook.skills.filter((skill) => skill.id !== goneSkillId);
        edited.workbook.milestones[0]!.skillIds = ['no-such-skill', 'nor-this-skill'];
        edited.workbook.milestones[0]!.pathId = 'no-such-path';
        edited.workbook.interactions[0]!.personId = 'no-such-person';
      }),
    );
    expect(result.snapshot.learningActions.some((action) => action.skillId === goneSkillId)).toBe(false);
    expect(result.snapshot.milestones[0]!.skillIds).toEqual([]);
    expect(result.snapshot.milestones[0]!.pathId).toBeNull();
    expect(result.snapshot.interactions).toHaveLength(file.workbook.interactions.length - 1);
    expect(result.warnings).toContain(
      linkedActions === 1
        ? '1 learning action linked to a skill that is not in the file was left out'
        : `${linkedActions} learning actions linked to a skill that is not in the file were left out`,
    );
    expect(result.warnings).toContain('1 interaction linked to a person that is not in the file was left out');
    expect(result.warnings).toContain('1 link to a path that is not in the file was removed');
    expect(result.warnings.find((warning) => warning.includes('links to skills'))).toMatch(
      /^\d+ links to skills that are not in the file were removed$/,
    );
    expect(workbookSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  });

  test('keep values of the built-in deck, and drop values that are neither in the deck nor in the file', () => {
    const result = read(
      sampleWith((file) => {
        const sort = file.workbook.valueSorts[0] as { placements: Record<string, string> };
        sort.placements = { autonomy: 'always', 'not-a-value': 'often', 'nor-this': 'never' };
        file.workbook.paths[0]!.servesValues = ['autonomy'];
      }),
    );
    expect(result.snapshot.valueSorts[0]!.placements).toEqual({ autonomy: 'always' });
    expect(result.snapshot.paths[0]!.servesValues).toEqual(['autonomy']);
    expect(result.warnings).toContain('2 links to values that are not in the file were removed');
  });

  test('keep a required skill readable by its name when the skill is not in the file', () => {
    const result = read(
      sampleWith((file) => {
        const [required] = file.workbook.paths[0]!.requiredSkills as Array<{ skillId: string | null; name: string }>;
        required!.skillId = 'gone-skill';
        required!.name = 'Forecasting';
      }),
    );
    expect(result.snapshot.paths[0]!.requiredSkills[0]).toMatchObject({ skillId: null, name: 'Forecasting' });
    expect(result.warnings).toEqual(['1 link to a skill that is not in the file was removed']);
  });
});
