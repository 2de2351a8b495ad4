/*
 * What the window may do, as pure functions unit-tested without Electron: where it may navigate, which
 * requests and IPC senders are ours, and that new windows and permission requests are refused.
 * window.ts and ipc.ts only wire these into Electron's hooks.
 */
import { appHost, appScheme, contentSecurityPolicy } from './app-origin';

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed.
 * URL#origin is "null" for non-special schemes like waypoint:, so it is rebuilt from its parts.
 */
function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

const appOriginLowerCase = `${appScheme}://${appHost}`;

function isOnAppOrigin(url: string): boolean {
  return originOf(url) === appOriginLowerCase;
}

function isOnDevServer(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined) return false;
  const devOrigin = originOf(devServerUrl);
  return devOrigin !== null && originOf(url) === devOrigin;
}

function isAppPage(url: string, devServerUrl: string | undefined): boolean {
  return isOnAppOrigin(url) || isOnDevServer(url, devServerUrl);
}

/** Whether the window may navigate to `url`: only within the app (or the dev server under `npm run dev`). */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppPage(url, devServerUrl);
}

/** Whether an IPC message comes from a page of ours; anything else must not reach the host API. */
export function isTrustedSenderUrl(url: string, devServerUrl?: string): boolean {
  return isAppPage(url, devServerUrl);
}

/** Schemes that never leave the machine: inline images, object URLs and the DevTools front end. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether the session may load `url`. The app is offline: everything it needs is served from the
 * app origin, so anything else (http, https, file, ws…) is blocked, apart from the dev server and
 * its hot-reload websocket during development.
 */
export function isAllowedRequestUrl(url: string, devServerUrl?: string): boolean {
  if (isOnAppOrigin(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localSchemes.has(parsed.protocol)) return true;
  if (devServerUrl === undefined) return false;
  const devServerWebSocketUrl = devServerUrl.replace(/^http/i, 'ws');
  return isOnDevServer(url, devServerUrl) || isOnDevServer(url, devServerWebSocketUrl);
}

/** The app never opens a second window or hands a link to another browser. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** No camera, microphone, notifications, geolocation…: a workbook needs none of them. */
export function permissionDecision(): boolean {
  return false;
}

/**
 * The CSP for `npm run dev` only: the production policy plus the Vite dev server's origin and its
 * hot-reload websocket. Production pages are served with `contentSecurityPolicy` unchanged.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const devOrigin = originOf(devServerUrl);
  if (devOrigin === null || !/^https?:/.test(devOrigin)) {
    throw new Error(`Not an http(s) dev server URL: ${devServerUrl}`);
  }
  const devWebSocketOrigin = devOrigin.replace(/^http/, 'ws');
  const extraSources: Record<string, string[]> = {
    'script-src': [devOrigin],
    'style-src': [devOrigin],
    'img-src': [devOrigin],
    'font-src': [devOrigin],
    'connect-src': [devOrigin, devWebSocketOrigin],
    'worker-src': [devOrigin],
  };
  return contentSecurityPolicy
    .split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      const extra = extraSources[name];
      return extra === undefined ? directive : [directive, ...extra].join(' ');
    })
    .join('; ');
}
