/*
 * Serves the built renderer (out/renderer) to real Chromium the way the app's custom protocol does
 * in Electron: same files, same Content-Security-Policy on every response. Chromium cannot use the
 * waypoint:// scheme without Electron, so the origin here is http://127.0.0.1:<random port>, and
 * 'self' in the CSP means this server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../../src-main/app-origin';

export const repositoryRoot = resolve(import.meta.dirname, '../../..');
/** The build under test: out/renderer, or another build folder's renderer when WAYPOINT_OUT_DIR is set. */
export const builtRendererFolder = join(repositoryRoot, process.env.WAYPOINT_OUT_DIR ?? 'out', 'renderer');

const contentTypesByExtension: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypesByExtension[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppServer {
  /** e.g. http://127.0.0.1:41234 — the origin every allowed request must have. */
  readonly origin: string;
  /** The URL the app is opened at (index.html, like appEntryUrl in Electron). */
  readonly entryUrl: string;
  close(): Promise<void>;
}

/**
 * Maps a request path to a file inside the served folder, or explains why it may not be served.
 * Exported so the refusal rules can be tested without a socket.
 */
export function resolveRequestPath(
  servedFolder: string,
  requestUrl: string,
): { kind: 'file'; filePath: string } | { kind: 'refused'; status: 400 | 403 } {
  const pathname = new URL(requestUrl, 'http://placeholder').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  // A decoded NUL or backslash never names one of our files and only serves to confuse path checks.
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', status: 400 };
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(servedFolder);
  const filePath = resolve(root, relativePath);
  // The URL parser collapses "/../" and "/%2e%2e/", but an encoded slash (..%2f..) survives it as one segment.
  if (filePath !== root && !filePath.startsWith(root + sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', filePath };
}

async function respond(servedFolder: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Error pages get the policy too: the app's protocol handler never serves anything without it.
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');

  const sendStatus = (status: number, text: string): void => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : text);
  };

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendStatus(405, 'Method not allowed');
    return;
  }
  const target = resolveRequestPath(servedFolder, request.url ?? '/');
  if (target.kind === 'refused') {
    sendStatus(target.status, target.status === 403 ? 'Forbidden' : 'Bad request');
    return;
  }
  const fileStats = await stat(target.filePath).catch(() => undefined);
  if (!fileStats?.isFile()) {
    sendStatus(404, 'Not found');
    return;
  }
  const body = await readFile(target.filePath);
  response.writeHead(200, { 'Content-Type': contentTypeFor(target.filePath), 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

export async function startAppServer(servedFolder: string = builtRendererFolder): Promise<AppServer> {
  if (!existsSync(join(servedFolder, 'index.html'))) {
    throw new Error(
      `${servedFolder}/index.html does not exist: build the renderer first (npm run build) before the e2e tests.`,
    );
  }
  const server = createServer((request, response) => {
    respond(servedFolder, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Internal error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolveListening, rejectListening) => {
    server.once('error', rejectListening);
    // Port 0: the OS picks a free port, so parallel workers never collide.
    server.listen(0, '127.0.0.1', () => resolveListening());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The app server is not listening on TCP');
  const { port } = address;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    entryUrl: `${origin}/index.html`,
    close: () =>
      new Promise<void>((resolveClosed, rejectClosed) => {
        // Browsers keep idle keep-alive sockets open; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? rejectClosed(error) : resolveClosed()));
      }),
  };
}
