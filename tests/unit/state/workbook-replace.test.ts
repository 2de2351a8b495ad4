import { hostAnswers, hostCalls } from './stub-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { methodChannels } from '@shared/contract';
import type { SaveBackupResult } from '@shared/backups';
import type { WorkbookSnapshot } from '@shared/workbook';
import { createTestApp, type TestApp } from './harness';
import { dumpDatabase, expectSaved, build } from '../db/helpers';

let test: TestApp | undefined;
afterEach(() => {
  test?.dispose();
  hostAnswers.clear();
  hostCalls.length = 0;
});

const savedBackup = (snapshot: WorkbookSnapshot): SaveBackupResult => ({
  status: 'saved',
  backup: {
    state: 'readable',
    fileName: '2026-03-01T09-00-00.000Z-before-replace.waypoint',
    takenAt: '2026-03-01T09:00:00.000Z',
    reason: 'before-replace',
    title: snapshot.workbook.title,
    counts: { roleChecks: 0, skills: 0, learningActions: 0, valueSorts: 0, customValues: 0, people: 0, interactions: 0, paths: 0, milestones: 0, experiences: 0, reviews: 0 },
    bytes: 1,
  },
});

function backupCalls() {
  return hostCalls.filter((call) => call.channel === methodChannels.saveBackup).map((call) => call.args);
}

/** A workbook with one skill, and a second snapshot of it with another skill instead. */
async function withTwoVersions() {
  test = await createTestApp('Plan');
  const { repositories, workbookId } = test;
  expectSaved(await repositories.skills.create(workbookId, build.skills({ name: 'SQL' })));
  const before = await repositories.workbooks.snapshot(workbookId);
  const other = { ...before, workbook: { ...before.workbook, title: 'Plan from a file' }, skills: [{ ...before.skills[0]!, id: 'other-skill', name: 'Python' }] };
  return { ...test, before, other };
}

describe('WorkbookState.replace', () => {
  it('keeps a backup of the current content first, then replaces it in one go', async () => {
    const { app, repositories, workbookId, before, other } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, (snapshot) => savedBackup(snapshot as WorkbookSnapshot));
    const replaced = expectSaved(await app.workbooks.replace(workbookId, other));
    expect(backupCalls()).toEqual([[before, 'before-replace']]);
    expect(replaced).toMatchObject({ id: workbookId, title: 'Plan from a file', createdAt: before.workbook.createdAt });
    const after = await repositories.workbooks.snapshot(workbookId);
    expect(after.skills.map((skill) => skill.name)).toEqual(['Python']);
  });

  it('replaces nothing when the backup cannot be saved, and says so in plain words', async () => {
    const { app, db, workbookId, other } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, () => ({ status: 'error', message: 'The backup could not be saved: the disk is full.' }));
    const stored = await dumpDatabase(db);
    const result = await app.workbooks.replace(workbookId, other, 'before-restore');
    expect(result).toEqual({
      status: 'failed',
      message: 'The backup could not be saved: the disk is full. Nothing was replaced: your workbook is as it was.',
    });
    expect(backupCalls()[0]?.[1]).toBe('before-restore');
    expect(await dumpDatabase(db)).toEqual(stored);
  });

  it('replaces nothing when the host cannot be reached', async () => {
    const { app, db, workbookId, other } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, () => Promise.reject(new Error("Error invoking remote method 'waypoint:backups:save'")));
    const stored = await dumpDatabase(db);
    const result = await app.workbooks.replace(workbookId, other);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain('could not reach its backups folder');
    expect(await dumpDatabase(db)).toEqual(stored);
  });

  it('replaces nothing when the new content does not validate, after the backup', async () => {
    const { app, db, workbookId, other } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, (snapshot) => savedBackup(snapshot as WorkbookSnapshot));
    const stored = await dumpDatabase(db);
    const broken = { ...other, skills: [{ ...other.skills[0], proficiency: 9 }] };
    const result = await app.workbooks.replace(workbookId, broken);
    expect(result.status).toBe('invalid');
    expect(await dumpDatabase(db)).toEqual(stored);
  });
});

describe('WorkbookState.remove', () => {
  it('keeps a backup before deleting', async () => {
    const { app, repositories, workbookId, before } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, (snapshot) => savedBackup(snapshot as WorkbookSnapshot));
    expect((await app.workbooks.remove(workbookId)).status).toBe('saved');
    expect(backupCalls()).toEqual([[before, 'before-delete']]);
    expect(await repositories.workbooks.get(workbookId)).toBeNull();
  });

  it('deletes nothing when the backup fails, unless asked to delete without one', async () => {
    const { app, repositories, workbookId } = await withTwoVersions();
    hostAnswers.set(methodChannels.saveBackup, () => ({ status: 'error', message: 'The backup could not be saved: the disk is full.' }));
    expect(await app.workbooks.remove(workbookId)).toEqual({
      status: 'backup-failed',
      message: 'The backup could not be saved: the disk is full.',
    });
    expect(await repositories.workbooks.get(workbookId)).not.toBeNull();
    expect((await app.workbooks.remove(workbookId, { withoutBackup: true })).status).toBe('saved');
    expect(await repositories.workbooks.get(workbookId)).toBeNull();
    expect(backupCalls()).toHaveLength(1);
  });
});
