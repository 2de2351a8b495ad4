/*
 * The main window's remembered size and position. Plain Node: window.ts supplies the display work
 * areas and the file path, so all of this runs in unit tests.
 */
import { readFile } from 'node:fs/promises';
import { minimumWindowSize } from '../window-options';
import { writeFileAtomic, type AtomicWriteFileSystem } from './atomic-write';

export interface WindowState {
  /** Without x and y the window is centred on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowState: Readonly<WindowState> = Object.freeze({
  width: 1280,
  height: 820,
  maximized: false,
});

function defaults(): WindowState {
  return { ...defaultWindowState };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a saved state; anything unreadable falls back to the defaults rather than failing startup. */
export function parseWindowState(text: string | null | undefined): WindowState {
  if (text === null || text === undefined) return defaults();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return defaults();
  }
  if (!isRecord(data)) return defaults();
  const { x, y, width, height, maximized } = data;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) return defaults();
  const state: WindowState = {
    width: Math.round(width),
    height: Math.round(height),
    maximized: maximized === true,
  };
  // A position is only meaningful as a pair; half of one is treated as none.
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

export async function loadWindowState(filePath: string): Promise<WindowState> {
  try {
    return parseWindowState(await readFile(filePath, 'utf8'));
  } catch {
    return defaults();
  }
}

export async function saveWindowState(
  filePath: string,
  state: WindowState,
  fileSystem?: AtomicWriteFileSystem,
): Promise<void> {
  const { x, y, width, height, maximized } = state;
  await writeFileAtomic(filePath, `${JSON.stringify({ x, y, width, height, maximized }, null, 2)}\n`, fileSystem);
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * Makes a remembered state fit the displays attached now. A window remembered on a monitor that
 * is gone (or only partly on screen) is moved fully onto the work area it overlaps most, or centred
 * on the primary one (`workAreas[0]`) when it overlaps none; it is shrunk to that work area but
 * never below the window's minimum size.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const fitted: WindowState = {
    width: Math.max(state.width, minimumWindowSize.width),
    height: Math.max(state.height, minimumWindowSize.height),
    maximized: state.maximized,
  };
  const primary = workAreas[0];
  if (primary === undefined) return fitted;

  const { x, y } = state;
  let area = primary;
  let bestOverlap = 0;
  if (x !== undefined && y !== undefined) {
    for (const candidate of workAreas) {
      const overlap = overlapArea({ x, y, width: fitted.width, height: fitted.height }, candidate);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        area = candidate;
      }
    }
  }
  fitted.width = clamp(fitted.width, minimumWindowSize.width, Math.max(area.width, minimumWindowSize.width));
  fitted.height = clamp(fitted.height, minimumWindowSize.height, Math.max(area.height, minimumWindowSize.height));
  if (x === undefined || y === undefined) return fitted;

  const isOffScreen = bestOverlap === 0;
  const preferredX = isOffScreen ? area.x + Math.round((area.width - fitted.width) / 2) : x;
  const preferredY = isOffScreen ? area.y + Math.round((area.height - fitted.height) / 2) : y;
  // max(area.x, …) last: when the window is wider than the work area its left edge stays visible.
  fitted.x = Math.max(area.x, Math.min(preferredX, area.x + area.width - fitted.width));
  fitted.y = Math.max(area.y, Math.min(preferredY, area.y + area.height - fitted.height));
  return fitted;
}
