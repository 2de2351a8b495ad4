import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { sampleWorkbookPath } from '../../../scripts/write-sample-workbook.js';
import type { SampleReading } from '../../../src-renderer/state/sample-workbook';
import { createTestApp, type TestApp } from './harness';

const sample = vi.hoisted(() => ({ reading: null as SampleReading | null }));

// The bundled sample as built, unless a test hands the state another reading of it.
vi.mock('../../../src-renderer/state/sample-workbook', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src-renderer/state/sample-workbook')>();
  return { readSampleWorkbook: () => sample.reading ?? actual.readSampleWorkbook() };
});

const sampleSnapshot = JSON.parse(readFileSync(sampleWorkbookPath, 'utf8')).workbook as { skills: Array<{ proficiency: number }> };

let current: TestApp | undefined;
afterEach(() => {
  current?.dispose();
  sample.reading = null;
});

async function start(): Promise<TestApp> {
  current = await createTestApp('My own plan');
  return current;
}

describe('opening the sample workbook', () => {
  test('adds it as a new workbook and opens it; again, as another copy with a numbered title', async () => {
    const { app, repositories, workbookId } = await start();
    const first = await app.workbooks.openSample();
    expect(first).toMatchObject({ status: 'saved', value: { title: 'Maya Okafor (sample)' } });
    expect(app.workbooks.currentId).toBe(first.status === 'saved' ? first.value.id : null);
    expect((await repositories.skills.list(app.workbooks.currentId!)).length).toBe(sampleSnapshot.skills.length);

    const second = await app.workbooks.openSample();
    expect(second).toMatchObject({ status: 'saved', value: { title: 'Maya Okafor (sample) (2)' } });
    expect((await repositories.workbooks.listByTitle()).map((workbook) => workbook.title)).toEqual([
      'Maya Okafor (sample)',
      'Maya Okafor (sample) (2)',
      'My own plan',
    ]);
    expect(await repositories.workbooks.get(workbookId)).not.toBeNull();
  });

  test('says where an invalid sample is wrong, writes nothing and stays in the open workbook', async () => {
    const { app, db, workbookId } = await start();
    const broken = structuredClone(sampleSnapshot);
    broken.skills[3]!.proficiency = 9;
    sample.reading = { ok: true, snapshot: broken };
    expect(await app.workbooks.openSample()).toEqual({
      status: 'failed',
      message: 'The sample workbook could not be opened: skills[3].proficiency must be between 1 and 5.',
    });
    expect(await db.workbooks.count()).toBe(1);
    expect(await db.entityTable('skills').count()).toBe(0);
    expect(app.workbooks.currentId).toBe(workbookId);
  });

  test('says what is wrong with a sample file it cannot read', async () => {
    const { app, db } = await start();
    sample.reading = { ok: false, problem: 'it was written by a newer Waypoint (file version 2; this one reads version 1)' };
    expect(await app.workbooks.openSample()).toEqual({
      status: 'failed',
      message: 'The sample workbook could not be opened: it was written by a newer Waypoint (file version 2; this one reads version 1).',
    });
    expect(await db.workbooks.count()).toBe(1);
  });
});
