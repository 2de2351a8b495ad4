/*
 * The main window's constructor options as plain data, unit-tested without Electron; window.ts only
 * passes them to BrowserWindow. What the window may load and do is in window-policy.ts.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const minimumWindowSize = { width: 900, height: 600 } as const;

export interface WindowBounds {
  /** Without x and y Electron centres the window on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
  /** Paints the window dark before the renderer's first frame, so dark mode does not flash white. */
  prefersDarkBackground?: boolean;
}

export function createWindowOptions({
  preloadPath,
  bounds,
  prefersDarkBackground = false,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    title: 'Waypoint',
    backgroundColor: prefersDarkBackground ? '#1e1e1e' : '#f5f5f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must never replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
