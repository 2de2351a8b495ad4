import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore, nodeBackupFileSystem, type BackupFileSystem } from '../../../../../src-main/services/backups/backup-store';
import { readWorkbookBytes } from '../../../../../src-main/shared/workbook-file-read';
import type { WorkbookSnapshot } from '../../../../../src-main/shared/workbook';

const sampleBytes = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../../../../../resources/samples/maya-okafor.waypoint')),
);

function sampleSnapshot(): WorkbookSnapshot {
  const reading = readWorkbookBytes(sampleBytes);
  if (reading.status !== 'ok') throw new Error(reading.message);
  return reading.snapshot;
}

let root: string;
let now: Date;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'waypoint-backups-'));
  now = new Date('2026-11-30T10:00:00.000Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function store(fileSystem: BackupFileSystem = nodeBackupFileSystem) {
  return createBackupStore({ folder: root, now: () => now, app: { name: 'Waypoint', version: '0.1.0' }, fileSystem });
}

const minutes = (count: number) => count * 60 * 1000;

describe('the backup store', () => {
  it('writes a backup as an ordinary workbook file named after its time and reason, with a summary beside it', async () => {
    const snapshot = sampleSnapshot();
    const result = await store().save(snapshot, 'automatic');
    expect(result.status).toBe('saved');
    const folder = join(root, snapshot.workbook.id);
    expect((await readdir(folder)).sort()).toEqual([
      '2026-11-30T10-00-00.000Z-automatic.waypoint',
      '2026-11-30T10-00-00.000Z-automatic.waypoint.summary.json',
    ]);
    const reading = readWorkbookBytes(await readFile(join(folder, '2026-11-30T10-00-00.000Z-automatic.waypoint')));
    expect(reading).toEqual({ status: 'ok', snapshot, warnings: [] });
  });

  it('lists backups newest first with reason, title, counts per section and size', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    await backups.save(snapshot, 'automatic');
    now = new Date(now.getTime() + minutes(5));
    await backups.save({ ...snapshot, skills: snapshot.skills.slice(1) }, 'before-delete');
    const listed = await backups.list(snapshot.workbook.id);
    if (listed.status !== 'ok') throw new Error('not listed');
    expect(listed.backups.map((entry) => [entry.state, entry.takenAt, entry.reason])).toEqual([
      ['readable', '2026-11-30T10:05:00.000Z', 'before-delete'],
      ['readable', '2026-11-30T10:00:00.000Z', 'automatic'],
    ]);
    const [newest, oldest] = listed.backups;
    if (newest?.state !== 'readable' || oldest?.state !== 'readable') throw new Error('unreadable');
    expect(oldest.counts.skills).toBe(snapshot.skills.length);
    expect(newest.counts.skills).toBe(snapshot.skills.length - 1);
    expect(oldest.counts.people).toBe(snapshot.people.length);
    expect(oldest.title).toBe(snapshot.workbook.title);
    const file = await fsPromises.stat(join(root, snapshot.workbook.id, oldest.fileName));
    expect(oldest.bytes).toBe(file.size);
  });

  it('reads a backup back as the snapshot it was taken from', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    const saved = await backups.save(snapshot, 'before-replace');
    if (saved.status !== 'saved') throw new Error('not saved');
    await expect(backups.read(snapshot.workbook.id, saved.backup.fileName)).resolves.toEqual({
      status: 'ok',
      snapshot,
      warnings: [],
    });
  });

  it('takes at most one automatic backup an hour, measured from the newest on disk', async () => {
    const snapshot = sampleSnapshot();
    const id = snapshot.workbook.id;
    const backups = store();
    const changed = (at: Date) => ({ ...snapshot, workbook: { ...snapshot.workbook, updatedAt: at.toISOString() } });
    expect(await backups.automaticDue(id, now.toISOString())).toEqual({ due: true });
    expect((await backups.save(changed(now), 'automatic')).status).toBe('saved');
    now = new Date(now.getTime() + minutes(59));
    const retryAt = '2026-11-30T11:00:00.000Z';
    expect(await backups.automaticDue(id, now.toISOString())).toEqual({ due: false, retryAt });
    expect(await backups.save(changed(now), 'automatic')).toEqual({ status: 'skipped', retryAt });
    // A store started afresh (the app restarted) reads the same hour from the folder.
    expect(await store().automaticDue(id, now.toISOString())).toEqual({ due: false, retryAt });
    // Backups before a destructive step are never held back, and do not move the hour.
    expect((await backups.save(changed(now), 'before-restore')).status).toBe('saved');
    now = new Date(now.getTime() + minutes(1));
    const changedAgain = new Date(now.getTime() - 1000);
    expect(await backups.automaticDue(id, changedAgain.toISOString())).toEqual({ due: true });
    expect((await backups.save(changed(changedAgain), 'automatic')).status).toBe('saved');
  });

  it('takes no automatic backup when a backup already holds the last change', async () => {
    const snapshot = sampleSnapshot();
    const id = snapshot.workbook.id;
    const backups = store();
    const changedAt = new Date(now.getTime() - minutes(1)).toISOString();
    await backups.save(snapshot, 'before-delete');
    now = new Date(now.getTime() + minutes(24 * 60));
    expect(await backups.automaticDue(id, changedAt)).toEqual({ due: false, retryAt: null });
    expect(await backups.save({ ...snapshot, workbook: { ...snapshot.workbook, updatedAt: changedAt } }, 'automatic')).toEqual({
      status: 'skipped',
      retryAt: null,
    });
    expect(await backups.automaticDue(id, now.toISOString())).toEqual({ due: true });
  });

  it('does not stop automatic backups when the clock was set back', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    await backups.save(snapshot, 'automatic');
    now = new Date(now.getTime() - minutes(30));
    expect(await backups.automaticDue(snapshot.workbook.id, now.toISOString())).toEqual({ due: true });
  });

  it('refuses a snapshot that does not validate, in plain words, and writes nothing', async () => {
    const snapshot = sampleSnapshot();
    const broken = { ...snapshot, skills: [{ ...snapshot.skills[0], proficiency: 9 }] };
    const result = await store().save(broken, 'automatic');
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.message).toMatch(/^The backup could not be saved: skills\[0\]\.proficiency /);
    expect(await readdir(root)).toEqual([]);
    const repeated = { ...snapshot, skills: [snapshot.skills[0], snapshot.skills[0]] };
    const second = await store().save(repeated, 'automatic');
    expect(second).toEqual({
      status: 'error',
      message: 'The backup could not be saved: skills[1].id is used by another skill.',
    });
    await expect(store().save('not a workbook', 'automatic')).resolves.toMatchObject({ status: 'error' });
  });

  it('lists a damaged file as unreadable and still lists the others', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    const saved = await backups.save(snapshot, 'automatic');
    if (saved.status !== 'saved') throw new Error('not saved');
    const folder = join(root, snapshot.workbook.id);
    // Cut off part-way, as a copy interrupted by a full disk would be; its summary no longer matches.
    const damaged = '2026-11-29T10-00-00.000Z-automatic.waypoint';
    await writeFile(join(folder, damaged), sampleBytes.slice(0, 500));
    await writeFile(join(folder, `${damaged}.summary.json`), (await readFile(join(folder, `${saved.backup.fileName}.summary.json`))));
    await writeFile(join(folder, 'copied by hand.waypoint'), '{"format": "something-else"}');
    await writeFile(join(folder, 'notes.txt'), 'not a backup');
    const listed = await backups.list(snapshot.workbook.id);
    if (listed.status !== 'ok') throw new Error('not listed');
    expect(listed.backups.map((entry) => [entry.fileName, entry.state])).toEqual([
      ['copied by hand.waypoint', 'unreadable'],
      [saved.backup.fileName, 'readable'],
      [damaged, 'unreadable'],
    ]);
    const cutOff = listed.backups[2];
    expect(cutOff?.state === 'unreadable' && cutOff.problem).toBe(
      'This workbook file ends part-way through: it was probably cut off while it was saved or copied.',
    );
    expect(cutOff?.takenAt).toBe('2026-11-29T10:00:00.000Z');
    await expect(backups.read(snapshot.workbook.id, damaged)).resolves.toMatchObject({ status: 'refused' });
  });

  it('lists a backup without its summary by reading it whole', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    const saved = await backups.save(snapshot, 'automatic');
    if (saved.status !== 'saved') throw new Error('not saved');
    await rm(join(root, snapshot.workbook.id, `${saved.backup.fileName}.summary.json`));
    const listed = await backups.list(snapshot.workbook.id);
    expect(listed).toEqual({ status: 'ok', backups: [saved.backup] });
  });

  it('lists every workbook with backups by its newest readable one, deleted workbooks included', async () => {
    const snapshot = sampleSnapshot();
    const backups = store();
    await expect(backups.listWorkbooks()).resolves.toEqual({ status: 'ok', workbooks: [] });
    await backups.save(snapshot, 'automatic');
    now = new Date(now.getTime() + minutes(10));
    const other = { ...snapshot, workbook: { ...snapshot.workbook, id: 'other-workbook', title: 'Coaching: Sam Lee' } };
    const deleted = await backups.save(other, 'before-delete');
    if (deleted.status !== 'saved') throw new Error('not saved');
    await writeFile(join(root, 'other-workbook', '2026-12-01T00-00-00.000Z-automatic.waypoint'), 'damaged');
    await fsPromises.mkdir(join(root, 'only-damaged'));
    await writeFile(join(root, 'only-damaged', '2026-12-01T00-00-00.000Z-automatic.waypoint'), 'damaged');
    await writeFile(join(root, 'a stray file.txt'), 'not a folder');
    const listed = await backups.listWorkbooks();
    expect(listed).toEqual({
      status: 'ok',
      workbooks: [
        { workbookId: 'other-workbook', title: 'Coaching: Sam Lee', newest: deleted.backup, backups: 2 },
        { workbookId: snapshot.workbook.id, title: snapshot.workbook.title, newest: expect.objectContaining({ reason: 'automatic' }), backups: 1 },
      ],
    });
  });

  it('lists nothing for a workbook without backups', async () => {
    await expect(store().list('no-backups-yet')).resolves.toEqual({ status: 'ok', backups: [] });
  });

  it('never reads outside the workbook’s folder', async () => {
    const snapshot = sampleSnapshot();
    await writeFile(join(root, 'secret.waypoint'), sampleBytes);
    const backups = store();
    await expect(backups.read(snapshot.workbook.id, '../secret.waypoint')).resolves.toEqual({
      status: 'refused',
      message: 'There is no such backup.',
    });
    await expect(backups.read('..', 'secret.waypoint')).resolves.toMatchObject({ status: 'refused' });
    await expect(backups.list('..')).resolves.toEqual({ status: 'ok', backups: [] });
  });

  it('leaves no backup and no temp file when the disk fills up mid-write, and says so', async () => {
    const snapshot = sampleSnapshot();
    const full: BackupFileSystem = {
      ...nodeBackupFileSystem,
      open: async (path, flags) => {
        const handle = await fsPromises.open(path, flags);
        if (flags !== 'wx') return handle;
        return new Proxy(handle, {
          get(target, property) {
            if (property === 'writeFile') {
              return async () => {
                await target.write('{"format": "waypoint-workbook", "ver');
                throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
              };
            }
            const value: unknown = Reflect.get(target, property);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    };
    const result = await store(full).save(snapshot, 'before-delete');
    expect(result).toEqual({ status: 'error', message: 'The backup could not be saved: the disk is full.' });
    expect(await readdir(join(root, snapshot.workbook.id))).toEqual([]);
  });

  it('prunes old backups after saving a new one', async () => {
    const sample = sampleSnapshot();
    const backups = store();
    // Each backup after a change made just before it.
    const changedNow = () => ({ ...sample, workbook: { ...sample.workbook, updatedAt: now.toISOString() } });
    now = new Date('2026-10-01T08:00:00.000Z');
    await backups.save(changedNow(), 'automatic');
    now = new Date('2026-10-01T18:00:00.000Z');
    await backups.save(changedNow(), 'automatic');
    now = new Date('2026-11-30T10:00:00.000Z');
    await backups.save(changedNow(), 'automatic');
    const snapshot = sample;
    const names = await readdir(join(root, snapshot.workbook.id));
    expect(names.filter((name) => name.endsWith('.waypoint')).sort()).toEqual([
      '2026-10-01T18-00-00.000Z-automatic.waypoint',
      '2026-11-30T10-00-00.000Z-automatic.waypoint',
    ]);
    expect(names).toHaveLength(4);
  });
});
