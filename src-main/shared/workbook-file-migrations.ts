import { workbookFileVersion } from './workbook-file';

/*
 * Migrations of workbook files: each is a pure function that takes the `workbook` of a file of version N
 * and returns it as version N + 1 writes it. Version 1 is the first; when the model changes, bump
 * `workbookFileVersion` (workbook-file.ts), add the step from the old version here, and add a fixture of
 * the old version as tests/fixtures/workbook-files/v<N>-<name>.waypoint (every fixture there is read by
 * tests/unit/shared/workbook-file-migrations.test.ts) with a test that its content survives the step.
 */

export type WorkbookMigration = (workbook: unknown) => unknown;

/** The step from version N to N + 1, by N. */
export type WorkbookMigrations = Readonly<Record<number, WorkbookMigration>>;

export const workbookMigrations: WorkbookMigrations = {};

export type Migration =
  | { ok: true; version: number; workbook: unknown }
  | { ok: false; message: string };

/**
 * Brings a file's workbook from its version up to `toVersion`, one step at a time. A version with no way
 * up (older than any Waypoint wrote) or a step that fails on what the file holds is reported, not thrown.
 */
export function migrate(
  envelope: { version: number; workbook: unknown },
  migrations: WorkbookMigrations = workbookMigrations,
  toVersion: number = workbookFileVersion,
): Migration {
  let workbook = envelope.workbook;
  for (let version = envelope.version; version < toVersion; version += 1) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) {
      return { ok: false, message: `This file says it is version ${envelope.version} of the workbook file format, which no version of Waypoint wrote.` };
    }
    try {
      workbook = step(workbook);
    } catch {
      return {
        ok: false,
        message: `This file could not be brought up to date from file version ${version}: it does not hold what a workbook of that version holds.`,
      };
    }
  }
  return { ok: true, version: toVersion, workbook };
}
