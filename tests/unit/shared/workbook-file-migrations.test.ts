import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { workbookFileVersion } from '@shared/workbook-file';
import { migrate, workbookMigrations, type WorkbookMigrations } from '@shared/workbook-file-migrations';
import { readWorkbookBytes } from '@shared/workbook-file-read';

const fixturesFolder = resolve(import.meta.dirname, '../../fixtures/workbook-files');
const fixtureText = readFileSync(resolve(fixturesFolder, 'v1-minimal.waypoint'), 'utf8');
const fixture = JSON.parse(fixtureText) as { version: number; workbook: { workbook: Record<string, unknown> } };

/** A made-up version 0 that kept the owner as one line "name — headline", to try the machinery with. */
function asVersionZero(): { version: number; workbook: unknown } {
  const { owner, ...workbook } = fixture.workbook.workbook as { owner: { name: string; headline: string } };
  return { ...fixture, version: 0, workbook: { ...fixture.workbook, workbook: { ...workbook, ownerLine: `${owner.name} — ${owner.headline}` } } };
}

const splitOwnerLine = (input: unknown) => {
  const snapshot = input as { workbook: { ownerLine: string } & Record<string, unknown> };
  const { ownerLine, ...workbook } = snapshot.workbook;
  const [name = '', headline = ''] = ownerLine.split(' — ');
  return { ...snapshot, workbook: { ...workbook, owner: { name, headline } } };
};

describe('migrating a workbook file', () => {
  test('version 1 is current and needs no step', () => {
    expect(workbookFileVersion).toBe(1);
    expect(Object.keys(workbookMigrations)).toEqual([]);
    expect(migrate(fixture)).toEqual({ ok: true, version: 1, workbook: fixture.workbook });
  });

  test('an old file is read through its steps and comes out as the current version holds it', () => {
    const migrations: WorkbookMigrations = { 0: splitOwnerLine };
    const bytes = new TextEncoder().encode(JSON.stringify(asVersionZero()));
    const fromZero = readWorkbookBytes(bytes, migrations);
    const current = readWorkbookBytes(new TextEncoder().encode(fixtureText));
    expect(fromZero).toEqual(current);
    expect(fromZero.status).toBe('ok');
  });

  test('without the step an old file is refused, saying which version it is', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(asVersionZero()));
    expect(readWorkbookBytes(bytes)).toEqual({
      status: 'refused',
      message: 'This file says it is version 0 of the workbook file format, which no version of Waypoint wrote.',
    });
  });

  test('runs the steps in order, one version at a time', () => {
    const steps: string[] = [];
    const migrations: WorkbookMigrations = {
      1: (workbook) => (steps.push('1 to 2'), { ...(workbook as object), two: true }),
      2: (workbook) => (steps.push('2 to 3'), { ...(workbook as object), three: true }),
    };
    expect(migrate({ version: 1, workbook: { one: true } }, migrations, 3)).toEqual({
      ok: true,
      version: 3,
      workbook: { one: true, two: true, three: true },
    });
    expect(steps).toEqual(['1 to 2', '2 to 3']);
  });

  test('a step that fails on what the file holds is reported in plain words, not thrown', () => {
    const migrations: WorkbookMigrations = { 0: splitOwnerLine };
    const bytes = new TextEncoder().encode(JSON.stringify({ ...asVersionZero(), workbook: { workbook: null } }));
    expect(readWorkbookBytes(bytes, migrations)).toEqual({
      status: 'refused',
      message: 'This file could not be brought up to date from file version 0: it does not hold what a workbook of that version holds.',
    });
  });
});

describe('the fixture files of every version (tests/fixtures/workbook-files/v<N>-<name>.waypoint)', () => {
  const fixtures = readdirSync(fixturesFolder).filter((name) => name.endsWith('.waypoint'));

  test('there is one of the current version', () => {
    expect(fixtures.some((name) => name.startsWith(`v${workbookFileVersion}-`))).toBe(true);
  });

  test.each(fixtures)('%s says the version its name says, and reads as a valid workbook with nothing to repair', (name) => {
    const bytes = new Uint8Array(readFileSync(resolve(fixturesFolder, name)));
    const envelope = JSON.parse(new TextDecoder().decode(bytes)) as { version: number };
    expect(`v${envelope.version}-`).toBe(name.slice(0, name.indexOf('-') + 1));
    const result = readWorkbookBytes(bytes);
    expect(result.status === 'ok' ? result.warnings : result.message).toEqual([]);
  });
});
