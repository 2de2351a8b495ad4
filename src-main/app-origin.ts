/*
 * Where the app is served from and under which Content-Security-Policy, as plain data, so unit tests
 * can assert them without Electron and the e2e harness serves the renderer under exactly the same policy.
 */

/** The renderer's origin. IndexedDB data is stored per origin, so this never changes. */
export const appScheme = 'waypoint';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
