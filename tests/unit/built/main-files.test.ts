/*
 * The built main process and workbook files: native dialogs for export and import, and files given with
 * the app (command line, a second launch, macOS open-file) waiting until the renderer takes them.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../../src-main/app-origin';
import { eventChannels, type WorkbookFileOpening } from '../../../src-main/shared/contract';
import { readWorkbookBytes } from '../../../src-main/shared/workbook-file-read';
import { preventableEvent, type FakeElectron } from './fake-electron';
import { invoke, ipcEvent, onlyWindow, removeUserDataFolders, startLifeCycle } from './life-cycle';

const samplePath = join(import.meta.dirname, '../../../resources/samples/maya-okafor.waypoint');

afterAll(removeUserDataFolders);

async function startWithWindow(argv?: string[]): Promise<FakeElectron> {
  const original = process.argv;
  if (argv) process.argv = argv;
  try {
    const electron = await startLifeCycle();
    electron.becomeReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    return electron;
  } finally {
    process.argv = original;
  }
}

function fromPage(electron: FakeElectron) {
  return ipcEvent(onlyWindow(electron).webContents, appEntryUrl);
}

function takeOpened(electron: FakeElectron): Promise<WorkbookFileOpening[]> {
  return invoke(electron, 'takeOpenedWorkbookFiles', fromPage(electron)) as Promise<WorkbookFileOpening[]>;
}

function filesOpenedEvents(electron: FakeElectron): number {
  return onlyWindow(electron).webContents.sent.filter((message) => message.channel === eventChannels.workbookFilesOpened).length;
}

describe('the built main process and workbook files', () => {
  it('keeps a file given on the command line until the renderer takes it, then reads it', async () => {
    const electron = await startWithWindow(['/opt/Waypoint/waypoint', '--no-sandbox', samplePath]);
    const [opened, ...others] = await takeOpened(electron);
    expect(others).toEqual([]);
    expect(opened).toMatchObject({ status: 'ok', fileName: 'maya-okafor.waypoint', warnings: [] });
    await expect(takeOpened(electron), 'taken once').resolves.toEqual([]);
  });

  it('a second launch with a file tells the renderer, and the relative path is read from its folder', async () => {
    const electron = await startWithWindow();
    await expect(takeOpened(electron)).resolves.toEqual([]);
    electron.module.app.emit('second-instance', preventableEvent(), ['/opt/Waypoint/waypoint', basename(samplePath)], dirname(samplePath));
    expect(filesOpenedEvents(electron)).toBe(1);
    await expect(takeOpened(electron)).resolves.toMatchObject([{ status: 'ok', fileName: 'maya-okafor.waypoint' }]);
  });

  it('macOS open-file is taken over from the system and reaches the renderer the same way', async () => {
    const electron = await startWithWindow();
    const event = preventableEvent();
    electron.module.app.emit('open-file', event, samplePath);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(filesOpenedEvents(electron)).toBe(1));
    await expect(takeOpened(electron)).resolves.toMatchObject([{ status: 'ok' }]);
  });

  it('exports through the native save dialog, suggesting the title in the Documents folder', async () => {
    const electron = await startWithWindow();
    const sample = readWorkbookBytes(await readFile(samplePath));
    if (sample.status !== 'ok') throw new Error(sample.message);
    const target = join(electron.module.app.getPath('userData'), 'exported');
    electron.dialogAnswers.push(target, null);
    await expect(invoke(electron, 'exportWorkbookFile', fromPage(electron), sample.snapshot)).resolves.toEqual({
      status: 'saved',
      path: `${target}.waypoint`,
    });
    expect(electron.dialogsShown[0]?.options).toMatchObject({
      defaultPath: join(electron.module.app.getPath('documents'), 'Maya Okafor (sample).waypoint'),
      filters: [{ name: 'Waypoint workbook', extensions: ['waypoint'] }],
    });
    expect(readWorkbookBytes(await readFile(`${target}.waypoint`))).toEqual(sample);
    await expect(invoke(electron, 'exportWorkbookFile', fromPage(electron), sample.snapshot)).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it('imports through the native open dialog', async () => {
    const electron = await startWithWindow();
    electron.dialogAnswers.push(samplePath, null);
    await expect(invoke(electron, 'importWorkbookFile', fromPage(electron))).resolves.toMatchObject({ status: 'ok' });
    expect(electron.dialogsShown[0]).toMatchObject({ kind: 'open', options: { properties: ['openFile'] } });
    await expect(invoke(electron, 'importWorkbookFile', fromPage(electron))).resolves.toEqual({ status: 'cancelled' });
  });
});
