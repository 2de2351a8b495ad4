import './stub-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutomaticBackupCheck, SaveBackupResult } from '@shared/backups';
import type { WorkbookSnapshot } from '@shared/workbook';
import { AutomaticBackups } from '../../../src-renderer/state/automatic-backups.svelte';
import type { BackupHost } from '../../../src-renderer/state/backup-before';
import { createTestApp, type TestApp } from './harness';
import { expectSaved } from '../db/helpers';

let test: TestApp | undefined;
let backups: AutomaticBackups | undefined;
afterEach(() => {
  backups?.stop();
  test?.dispose();
});

const timing = { quietMs: 40, longestWaitMs: 200 };

/** A host that answers as the real one does, with an hour the test can shorten. */
function fakeHost(options: { intervalMs?: number; failWith?: string } = {}) {
  const saved: Array<{ snapshot: WorkbookSnapshot; at: number }> = [];
  const checks: string[] = [];
  let failWith = options.failWith;
  const intervalMs = options.intervalMs ?? 60 * 60 * 1000;
  const host: BackupHost = {
    automaticBackupDue: async (_workbookId, changedAt): Promise<AutomaticBackupCheck> => {
      checks.push(changedAt);
      const newest = saved.at(-1);
      if (newest === undefined) return { due: true };
      if (newest.snapshot.workbook.updatedAt >= changedAt) return { due: false, retryAt: null };
      const dueAt = newest.at + intervalMs;
      return Date.now() >= dueAt ? { due: true } : { due: false, retryAt: new Date(dueAt).toISOString() };
    },
    saveBackup: async (snapshot, reason): Promise<SaveBackupResult> => {
      expect(reason).toBe('automatic');
      if (failWith) return { status: 'error', message: failWith };
      saved.push({ snapshot, at: Date.now() });
      return {
        status: 'saved',
        backup: { state: 'readable', fileName: `${saved.length}.waypoint`, takenAt: new Date().toISOString(), reason, title: snapshot.workbook.title, counts: {} as never, bytes: 1 },
      };
    },
  };
  return { host, saved, checks, heal: () => (failWith = undefined) };
}

async function start(host: BackupHost) {
  test = await createTestApp('Plan');
  const { app, repositories } = test;
  backups = new AutomaticBackups(repositories, host, timing);
  const observe = async () => backups!.observe(await repositories.workbooks.listByTitle());
  const rename = async (title: string) => {
    // The test clock moves only when told; every stored change moves the workbook's updatedAt.
    test!.context.advance(1);
    expectSaved(await app.workbooks.rename(test!.workbookId, title));
    await observe();
  };
  return { ...test, observe, rename };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AutomaticBackups', () => {
  it('backs a workbook up once it has been quiet after changes, one backup for a burst of changes', async () => {
    const fake = fakeHost({ intervalMs: 0 });
    const { observe, rename } = await start(fake.host);
    await observe();
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    await rename('Plan A');
    await rename('Plan AB');
    await rename('Plan ABC');
    expect(fake.saved).toHaveLength(1);
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2));
    await pause(timing.quietMs * 3);
    expect(fake.saved.map((backup) => backup.snapshot.workbook.title)).toEqual(['Plan', 'Plan ABC']);
    expect(backups!.saved).toBe(2);
  });

  it('backs up a workbook changed without pause once the longest wait is over', async () => {
    const fake = fakeHost({ intervalMs: 0 });
    const { observe, rename } = await start(fake.host);
    await observe();
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    for (let index = 0; index < 30 && fake.saved.length < 2; index += 1) {
      await rename(`Plan ${index}`);
      await pause(timing.quietMs / 2);
    }
    // Changes came every 20 ms, never quiet for 40 ms: only the longest wait (200 ms) can have taken it.
    expect(fake.saved).toHaveLength(2);
  });

  it('takes no second backup within the hour, and comes back for the change once the hour is up', async () => {
    const fake = fakeHost({ intervalMs: 300 });
    const { observe, rename } = await start(fake.host);
    await observe();
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    await rename('Changed within the hour');
    await pause(timing.quietMs * 3);
    expect(fake.saved).toHaveLength(1);
    expect(fake.checks.length).toBeGreaterThanOrEqual(2);
    // Nothing else changes, yet the change is backed up when the hour (here 300 ms) is up.
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2), { timeout: 2000 });
    expect(fake.saved[1]?.snapshot.workbook.title).toBe('Changed within the hour');
    expect(fake.saved[1]!.at - fake.saved[0]!.at).toBeGreaterThanOrEqual(300);
  });

  it('takes no backup of a workbook whose last change a backup already holds', async () => {
    const fake = fakeHost({ intervalMs: 0 });
    const { observe } = await start(fake.host);
    await observe();
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    // A restart: a new window sees the same workbooks for the first time.
    backups!.stop();
    backups = new AutomaticBackups(test!.repositories, fake.host, timing);
    await observe();
    await vi.waitFor(() => expect(fake.checks).toHaveLength(2));
    await backups.idle();
    expect(fake.saved).toHaveLength(1);
  });

  it('says why an automatic backup could not be saved, until one is saved again', async () => {
    const fake = fakeHost({ intervalMs: 0, failWith: 'The backup could not be saved: the disk is full.' });
    const { observe, rename, workbookId } = await start(fake.host);
    await observe();
    await vi.waitFor(() => expect(backups!.problem).toEqual({ workbookId, message: 'The backup could not be saved: the disk is full.' }));
    fake.heal();
    await rename('Plan again');
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    expect(backups!.problem).toBeNull();
  });
});
