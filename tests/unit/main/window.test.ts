import { describe, expect, it } from 'vitest';
import { createWindowOptions, minimumWindowSize } from '../../../src-main/window-options';
import {
  devContentSecurityPolicy,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isTrustedSenderUrl,
  permissionDecision,
  windowOpenDecision,
} from '../../../src-main/window-policy';
import { appEntryUrl, appOrigin, contentSecurityPolicy } from '../../../src-main/app-origin';

const devServerUrl = 'http://localhost:5173/';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/preload.cjs',
    bounds: { x: 10, y: 20, width: 1280, height: 820 },
  });
  const webPreferences = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web security model on', () => {
    expect(webPreferences.webSecurity).toBe(true);
    expect(webPreferences.allowRunningInsecureContent).toBe(false);
    expect(webPreferences.webviewTag).toBe(false);
    expect(webPreferences.experimentalFeatures).toBe(false);
    expect(webPreferences.navigateOnDragDrop).toBe(false);
  });

  it('uses the preload and keeps spellcheck on', () => {
    expect(webPreferences.preload).toBe('/app/out/preload/preload.cjs');
    expect(webPreferences.spellcheck).toBe(true);
  });

  it('sizes, names and hides the window until it is ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 820 });
    expect(options.minWidth).toBe(900);
    expect(options.minHeight).toBe(600);
    expect(minimumWindowSize).toEqual({ width: 900, height: 600 });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Waypoint');
  });

  it('paints a neutral background that follows dark mode', () => {
    const dark = createWindowOptions({ preloadPath: 'p', bounds: { width: 900, height: 600 }, prefersDarkBackground: true });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark.backgroundColor).not.toBe(options.backgroundColor);
  });

  it('leaves x and y out when no position is remembered, so Electron centres the window', () => {
    const centred = createWindowOptions({ preloadPath: 'p', bounds: { width: 1280, height: 820 } });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
  });
});

describe('isAllowedNavigation', () => {
  it('allows pages on the app origin', () => {
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation(`${appOrigin}/`)).toBe(true);
    expect(isAllowedNavigation(`${appOrigin}/index.html#skills`)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://app/',
    'file:///etc/passwd',
    'waypoint://other/index.html',
    'waypoint://app.evil.com/',
    'waypoint://user@app/index.html',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    expect(isAllowedNavigation('http://localhost:5173/src/main.ts')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/src/main.ts', devServerUrl)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', devServerUrl)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', devServerUrl)).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts the app origin and, in development, the dev server', () => {
    expect(isTrustedSenderUrl(appEntryUrl)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', devServerUrl)).toBe(true);
  });

  it('trusts nothing else', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl('about:blank')).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
    expect(isTrustedSenderUrl('data:text/html,<p>hi</p>')).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets the app load its own files, inline images and object URLs', () => {
    expect(isAllowedRequestUrl(`${appOrigin}/assets/index.js`)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:waypoint://app/0b0c')).toBe(true);
  });

  it('blocks the network', () => {
    expect(isAllowedRequestUrl('https://example.com/track.gif')).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('wss://example.com/socket')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through in development only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/@vite/client', devServerUrl)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', devServerUrl)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:9999/', devServerUrl)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', devServerUrl)).toBe(false);
  });
});

describe('windowOpenDecision and permissionDecision', () => {
  it('denies every window.open', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('denies every permission', () => {
    expect(permissionDecision()).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it("defaults to 'self'", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it("runs scripts only from 'self', never inline or eval'd", () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('allows inline styles, which Svelte writes as style attributes', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows images from the app, data: and blob:', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('names no remote host', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/);
  });
});

describe('devContentSecurityPolicy', () => {
  const policy = directives(devContentSecurityPolicy(devServerUrl));

  it('adds the dev server and its websocket to the production policy', () => {
    expect(policy.get('script-src')).toEqual(["'self'", 'http://localhost:5173']);
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
  });

  it('still forbids inline scripts and eval', () => {
    expect(devContentSecurityPolicy(devServerUrl)).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('keeps every production directive', () => {
    expect([...policy.keys()]).toEqual([...directives(contentSecurityPolicy).keys()]);
  });

  it('refuses a dev server that is not http(s)', () => {
    expect(() => devContentSecurityPolicy('file:///tmp/index.html')).toThrow(/dev server/);
  });
});
