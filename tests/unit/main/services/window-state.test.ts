import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultWindowState,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rectangle,
  type WindowState,
} from '../../../../src-main/services/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":100,"y":50,"width":1300,"height":900,"maximized":true}')).toEqual({
      x: 100,
      y: 50,
      width: 1300,
      height: 900,
      maximized: true,
    });
  });

  it.each([
    ['a missing file', undefined],
    ['null', null],
    ['an empty file', ''],
    ['broken JSON', '{"x": 100, "width":'],
    ['JSON that is not an object', '[1280, 820]'],
    ['a missing size', '{"x": 0, "y": 0}'],
    ['a size that is not a number', '{"width": "1280", "height": 820}'],
    ['a negative size', '{"width": -5, "height": 820}'],
  ])('falls back to 1280×820 centred for %s', (_case, text) => {
    expect(parseWindowState(text)).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('drops half a position and rounds fractions', () => {
    expect(parseWindowState('{"x": 10, "width": 1000.4, "height": 700.6}')).toEqual({
      width: 1000,
      height: 701,
      maximized: false,
    });
  });

  it('returns a fresh object each time, so callers cannot change the defaults', () => {
    const state = parseWindowState(undefined);
    state.width = 1;
    expect(defaultWindowState.width).toBe(1280);
    expect(parseWindowState(undefined).width).toBe(1280);
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is fully on a display', () => {
    const state: WindowState = { x: 1600, y: 100, width: 1300, height: 900, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('moves a window remembered on a monitor that is gone onto the primary display', () => {
    const state: WindowState = { x: 1600, y: 100, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 80, y: 28, width: 1280, height: 820, maximized: false });
  });

  it('pulls a window that hangs off the edge back fully on screen', () => {
    const state: WindowState = { x: -400, y: 700, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 0, y: 175, width: 1000, height: 700, maximized: false });
  });

  it('uses the display the window overlaps most', () => {
    const state: WindowState = { x: 1000, y: 0, width: 1200, height: 800, maximized: false };
    const fitted = fitToDisplays(state, [laptop, monitorOnTheRight]);
    expect(fitted).toEqual({ x: 1440, y: 0, width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than its display', () => {
    const state: WindowState = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
  });

  it('never goes below 900×600', () => {
    const state: WindowState = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 10, y: 10, width: 900, height: 600, maximized: false });
    const tiny: Rectangle = { x: 0, y: 0, width: 800, height: 500 };
    expect(fitToDisplays(state, [tiny])).toMatchObject({ x: 0, y: 0, width: 900, height: 600 });
  });

  it('keeps an unpositioned window centred and the maximized flag as it was', () => {
    expect(fitToDisplays({ width: 1280, height: 820, maximized: true }, [laptop])).toEqual({
      width: 1280,
      height: 820,
      maximized: true,
    });
  });

  it('copes with no display information', () => {
    expect(fitToDisplays({ x: 5000, y: 5000, width: 1280, height: 820, maximized: false }, [])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });
});

describe('loading and saving', () => {
  let folder: string;
  let stateFile: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'waypoint-window-state-'));
    stateFile = join(folder, 'window-state.json');
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('loads the defaults when there is no file yet', async () => {
    expect(await loadWindowState(stateFile)).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('loads the defaults from a broken file', async () => {
    await writeFile(stateFile, '\u0000\u0000garbage');
    expect(await loadWindowState(stateFile)).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('round-trips a state and leaves no temp file', async () => {
    const state: WindowState = { x: 12, y: 34, width: 1111, height: 777, maximized: true };
    await saveWindowState(stateFile, state);
    expect(await loadWindowState(stateFile)).toEqual(state);
    expect(await readdir(folder)).toEqual(['window-state.json']);
  });

  it('saves only the window-state fields', async () => {
    const withExtra = { width: 1000, height: 700, maximized: false, secret: 'nope' };
    await saveWindowState(stateFile, withExtra);
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('keeps the old file when a save fails', async () => {
    await saveWindowState(stateFile, { x: 1, y: 2, width: 1000, height: 700, maximized: false });
    const before = await readFile(stateFile, 'utf8');
    const renameFails = {
      open: fsPromises.open,
      rm: fsPromises.rm,
      rename: async () => {
        throw new Error('disk went away');
      },
    };
    await expect(
      saveWindowState(stateFile, { x: 9, y: 9, width: 2000, height: 1000, maximized: true }, renameFails),
    ).rejects.toThrow('disk went away');
    expect(await readFile(stateFile, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['window-state.json']);
  });
});
