import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodChannels, type WorkbookFileOpening, type WorkbookFileSaveResult } from '@shared/contract';
import { readWorkbookBytes } from '@shared/workbook-file-read';
import { createTestApp, useLiveQueries, type TestApp } from './harness';
import { hostAnswers, hostCalls } from './stub-browser';

useLiveQueries();

const sampleBytes = readFileSync(join(import.meta.dirname, '../../../resources/samples/maya-okafor.waypoint'));
const sample = readWorkbookBytes(sampleBytes);
if (sample.status !== 'ok') throw new Error(sample.message);
const sampleOpening: WorkbookFileOpening = { ...sample, fileName: 'maya.waypoint' };
const refusedOpening: WorkbookFileOpening = { status: 'refused', message: 'This file is empty: it holds no workbook.', fileName: 'empty.waypoint' };

let current: TestApp | undefined;
afterEach(() => {
  current?.dispose();
  hostAnswers.clear();
  hostCalls.length = 0;
});

async function open(): Promise<TestApp> {
  current = await createTestApp('My plan');
  // Only what the files state asks counts (the app sets the theme as it starts).
  hostCalls.length = 0;
  return current;
}

function callsTo(channel: string): number {
  return hostCalls.filter((call) => call.channel === channel).length;
}

describe('WorkbookFiles', () => {
  it('an import asked for while an export runs waits its turn instead of being lost', async () => {
    const { app } = await open();
    let finishExport: (result: WorkbookFileSaveResult) => void = () => undefined;
    hostAnswers.set(methodChannels.exportWorkbookFile, () => new Promise((resolve) => (finishExport = resolve)));
    hostAnswers.set(methodChannels.importWorkbookFile, () => sampleOpening);

    const exporting = app.files.exportCurrent();
    const importing = app.files.importFromDialog();
    await expect.poll(() => callsTo(methodChannels.exportWorkbookFile)).toBe(1);
    expect(callsTo(methodChannels.importWorkbookFile), 'no second dialog while the first is open').toBe(0);
    expect(app.files.busy).toBe(true);

    finishExport({ status: 'saved', path: '/home/ada/My plan.waypoint' });
    await exporting;
    await importing;
    expect(callsTo(methodChannels.importWorkbookFile)).toBe(1);
    expect(app.files.preview).toEqual(sampleOpening);
    expect(app.files.busy).toBe(false);
    expect(app.files.notice).toEqual({ tone: 'done', text: 'Exported “My plan” to /home/ada/My plan.waypoint' });
  });

  it('a cancelled dialog says nothing; a failed export says why', async () => {
    const { app } = await open();
    hostAnswers.set(methodChannels.exportWorkbookFile, () => ({ status: 'cancelled' }));
    await app.files.exportCurrent();
    hostAnswers.set(methodChannels.importWorkbookFile, () => ({ status: 'cancelled' }));
    await app.files.importFromDialog();
    expect(app.files.notice).toBeNull();
    expect(app.files.preview).toBeNull();

    hostAnswers.set(methodChannels.exportWorkbookFile, () => ({ status: 'failed', message: 'The workbook was not exported. The disk is full.' }));
    await app.files.exportCurrent();
    expect(app.files.notice).toEqual({ tone: 'problem', text: 'The workbook was not exported. The disk is full.' });
  });

  it('imports the previewed file as a new workbook and opens it; files given together are shown one after another', async () => {
    const { app, repositories } = await open();
    hostAnswers.set(methodChannels.takeOpenedWorkbookFiles, () => [refusedOpening, sampleOpening]);
    await app.files.takeOpened();
    expect(app.files.preview).toEqual(refusedOpening);
    await expect(app.files.importAsNew(), 'a refused file cannot be imported').resolves.toBeNull();
    app.files.dismissPreview();
    expect(app.files.preview).toEqual(sampleOpening);

    const result = await app.files.importAsNew();
    expect(result?.status).toBe('saved');
    expect(app.files.preview).toBeNull();
    expect((await repositories.workbooks.listByTitle()).map((workbook) => workbook.title)).toEqual(['Maya Okafor (sample)', 'My plan']);
    expect(app.workbooks.currentId).toBe(result?.status === 'saved' ? result.value.id : 'none');
    expect(app.files.notice?.text).toBe('Imported “Maya Okafor (sample)” from maya.waypoint');
  });

  it('export with no workbook open says so and shows no dialog', async () => {
    const { app } = await open();
    await app.workbooks.open(null);
    await expect(app.files.exportCurrent()).resolves.toBeNull();
    expect(app.files.notice).toEqual({ tone: 'problem', text: 'There is no workbook open to export. Open or create one first.' });
    expect(callsTo(methodChannels.exportWorkbookFile)).toBe(0);
  });

  it('a dropped file over 50 MB is refused without reading it or asking the host', async () => {
    const { app } = await open();
    const huge = { name: 'huge.waypoint', size: 60 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    await app.files.importDropped(huge);
    expect(app.files.preview).toEqual({
      status: 'refused',
      fileName: 'huge.waypoint',
      message: 'This file is too large to be a Waypoint workbook (60.0 MB; the largest Waypoint opens is 50.0 MB).',
    });
    expect(hostCalls).toEqual([]);
  });

  it('a dropped file is sent to the host as bytes', async () => {
    const { app } = await open();
    hostAnswers.set(methodChannels.readWorkbookFileBytes, (bytes) => readWorkbookBytes(bytes as Uint8Array));
    await app.files.importDropped(new File([sampleBytes], 'dropped.waypoint'));
    const [call] = hostCalls;
    expect(call?.channel).toBe(methodChannels.readWorkbookFileBytes);
    expect(call?.args[0]).toBeInstanceOf(Uint8Array);
    expect(app.files.preview).toMatchObject({ status: 'ok', fileName: 'dropped.waypoint' });
  });
});
