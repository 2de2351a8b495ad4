/*
 * How waypoint://app/<path> maps onto the built renderer, as a pure function: index.ts serves the
 * files, this decides which file (if any) a request may see.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { appHost, appScheme, contentSecurityPolicy } from './app-origin';

export type AppRequestResolution =
  | { status: 'file'; filePath: string; mimeType: string }
  | { status: 'not-found' }
  | { status: 'forbidden' };

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function mimeTypeFor(filePath: string): string | undefined {
  return mimeTypes[extname(filePath).toLowerCase()];
}

const forbidden = { status: 'forbidden' } as const;
const notFound = { status: 'not-found' } as const;

/**
 * The path of a request exactly as written, before URL parsing folds `..` segments away: a request
 * that tries to climb out of the root is refused outright rather than quietly rewritten.
 */
function rawPathOf(requestUrl: string): string | null {
  const authority = new RegExp(`^${appScheme}://[^/?#]*`, 'i').exec(requestUrl);
  if (authority === null) return null;
  const rest = requestUrl.slice(authority[0].length);
  return rest.split(/[?#]/, 1)[0] ?? '';
}

function decodedSegments(rawPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows, colons name drives and streams, NUL ends C strings.
  if (/[\\:\0]/.test(decoded)) return null;
  const segments = decoded === '' || decoded === '/' ? ['index.html'] : decoded.replace(/^\//, '').split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  return segments;
}

export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return forbidden;
  }
  const isAppUrl =
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === '';
  if (!isAppUrl) return forbidden;

  const rawPath = rawPathOf(requestUrl);
  if (rawPath === null) return forbidden;
  const segments = decodedSegments(rawPath);
  if (segments === null) return forbidden;

  const root = resolve(rendererRoot);
  const filePath = resolve(root, ...segments);
  const fromRoot = relative(root, filePath);
  const escapesRoot = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  if (fromRoot === '' || escapesRoot) return forbidden;

  const mimeType = mimeTypeFor(filePath);
  if (mimeType === undefined) return notFound;
  return { status: 'file', filePath, mimeType };
}

/** Headers for every response of the app protocol, including errors. */
export function responseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Files change with every build while the URLs stay the same.
    'Cache-Control': 'no-cache',
  };
}
