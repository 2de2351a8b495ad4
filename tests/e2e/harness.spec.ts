/*
 * Self-test of the e2e harness against the real built app: if these pass, a journey that fails
 * is about the app, not about the harness.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createHostBridge, eventChannels, methodChannels } from '../../src-main/shared/contract';
import { contentSecurityPolicy } from '../../src-main/app-origin';
import { contentTypeFor, resolveRequestPath } from './harness/app-server';
import { appVersion, invokeBindingName } from './harness/host-routing';
import {
  ScriptedDialogs,
  expect,
  expectAccessible,
  findAccessibilityProblems,
  isAllowedAppUrl,
  snap,
  test,
} from './harness/fixtures';

/** A raw GET, so paths reach the server exactly as written (fetch would normalise "/../"). */
function rawGet(origin: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('app server', () => {
  test('serves the built renderer with the real CSP and correct MIME types', async ({ appServer }) => {
    const index = await rawGet(appServer.origin, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');

    const html = await (await fetch(appServer.entryUrl)).text();
    const scriptPath = /<script[^>]+src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(scriptPath, 'index.html loads a bundled script').toBeDefined();
    const script = await rawGet(appServer.origin, scriptPath ?? '');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(contentSecurityPolicy);

    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('style.CSS')).toBe('text/css; charset=utf-8');
  });

  test('answers 404 for unknown files and refuses to leave the served folder', async ({ appServer }) => {
    const missing = await rawGet(appServer.origin, '/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy'], 'error pages carry the CSP too').toBe(contentSecurityPolicy);
    expect((await rawGet(appServer.origin, '/assets')).status, 'folders are not listed').toBe(404);
    for (const escape of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5cpackage.json']) {
      const response = await rawGet(appServer.origin, escape);
      expect([400, 403, 404], `${escape} must not be served`).toContain(response.status);
    }
    // The URL parser collapses "/../" and "/%2e%2e/" itself; an encoded slash survives it as one segment.
    expect(resolveRequestPath('/srv/app', '/%2e%2e/secret')).toEqual({ kind: 'file', filePath: '/srv/app/secret' });
    expect(resolveRequestPath('/srv/app', '/assets/..%2f..%2fsecret')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRequestPath('/srv/app', '/..%5csecret')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveRequestPath('/srv/app', '/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveRequestPath('/srv/app', '/')).toEqual({ kind: 'file', filePath: '/srv/app/index.html' });
  });
});

test.describe('host bridge', () => {
  test('window.waypoint has the shape createHostBridge gives the preload', async ({ app }) => {
    const preloadBridge = createHostBridge({ invoke: async () => undefined, subscribe: () => () => undefined });
    const pageBridge = await app.evaluate(() => ({
      keys: Object.keys(window.waypoint).sort(),
      kinds: Object.values(window.waypoint).map((value) => typeof value),
      frozen: Object.isFrozen(window.waypoint),
    }));
    expect(pageBridge.keys).toEqual(Object.keys(preloadBridge).sort());
    expect(pageBridge.keys).toEqual([...Object.keys(methodChannels), 'on'].sort());
    expect(new Set(pageBridge.kinds)).toEqual(new Set(['function']));
    expect(pageBridge.frozen).toBe(true);
  });

  test('getAppInfo resolves through the real handler table', async ({ app, host }) => {
    const info = await app.evaluate(() => window.waypoint.getAppInfo());
    expect(info).toEqual({ name: 'Waypoint', version: appVersion, platform: process.platform, dataFolder: host.dataFolder });
    expect(host.calls.appInfo.length, 'the call reached the injected dependency').toBeGreaterThan(0);
    await snap(app, 'app-loaded');
  });

  test('setThemeSource is validated by the real handlers and recorded when valid', async ({ app, host }) => {
    const invalidCall = await app.evaluate(async () => {
      // The page is plain JavaScript to the host: nothing stops it from sending a wrong type.
      const setThemeSource = window.waypoint.setThemeSource as (theme: unknown) => Promise<void>;
      return setThemeSource('purple').then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    });
    expect(invalidCall).toContain(`Error invoking remote method '${methodChannels.setThemeSource}'`);
    expect(invalidCall).toContain('Invalid arguments for setThemeSource');
    // The app itself applies the saved theme on start, so assert on values, not on an empty log.
    expect(host.calls.setThemeSource).not.toContainEqual(['purple']);
    expect(host.calls.setThemeSource).not.toContainEqual(['dark']);

    await app.evaluate(() => window.waypoint.setThemeSource('dark'));
    expect(host.calls.setThemeSource).toContainEqual(['dark']);
  });

  test('unknown channels reject', async ({ app }) => {
    const outcome = await app.evaluate(async (bindingName) => {
      const invoke = (window as unknown as Record<string, (channel: string, args: unknown[]) => Promise<unknown>>)[bindingName];
      return invoke?.('waypoint:no-such:method', []).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    }, invokeBindingName);
    expect(outcome).toContain("No handler registered for 'waypoint:no-such:method'");
  });

  test('emit delivers main→renderer events to the page until it unsubscribes', async ({ app, host }) => {
    await app.evaluate(() => {
      const received: unknown[] = [];
      (window as unknown as { receivedEvents: unknown[] }).receivedEvents = received;
      const unsubscribe = window.waypoint.on('menuCommand', (command) => {
        received.push(command);
        if (received.length === 2) unsubscribe();
      });
    });
    const listenersBefore = await host.emit('menuCommand', { kind: 'open-settings' });
    await host.emit('menuCommand', { kind: 'go-to-section', section: 'skills' });
    const listenersAfter = await host.emit('menuCommand', { kind: 'toggle-sidebar' });
    const received = await app.evaluate(() => (window as unknown as { receivedEvents: unknown[] }).receivedEvents);
    expect(received).toEqual([{ kind: 'open-settings' }, { kind: 'go-to-section', section: 'skills' }]);
    // The app shell may subscribe to menu commands itself, so count relative to it.
    expect(listenersBefore - listenersAfter).toBe(1);
    expect(Object.keys(eventChannels)).toContain('menuCommand');
  });

  test('closeReady request ids are recorded', async ({ app, host }) => {
    await app.evaluate(() => window.waypoint.closeReady('close-request-7'));
    expect(host.calls.closeReady).toEqual([['close-request-7']]);
  });
});

test.describe('guards', () => {
  test('isAllowedAppUrl allows only the app origin, data: and blob:', ({ appServer }) => {
    expect(isAllowedAppUrl(`${appServer.origin}/assets/index.js`, appServer.origin)).toBe(true);
    expect(isAllowedAppUrl('data:image/png;base64,AAAA', appServer.origin)).toBe(true);
    expect(isAllowedAppUrl(`blob:${appServer.origin}/1234`, appServer.origin)).toBe(true);
    expect(isAllowedAppUrl('http://example.invalid/', appServer.origin)).toBe(false);
    expect(isAllowedAppUrl('http://127.0.0.1:1/', appServer.origin)).toBe(false);
    expect(isAllowedAppUrl('https://fonts.googleapis.com/css', appServer.origin)).toBe(false);
    expect(isAllowedAppUrl('not a url', appServer.origin)).toBe(false);
  });

  test('a fetch to another origin is caught (the CSP blocks it before it is a request)', async ({ app, guards }) => {
    const fetchOutcome = await app.evaluate(() =>
      fetch('http://example.invalid/telemetry').then(
        () => 'reached the network',
        () => 'failed',
      ),
    );
    expect(fetchOutcome).toBe('failed');
    await expect.poll(() => guards.violations.map((violation) => violation.kind)).toContain('content security policy');
    const caught = guards.take();
    expect(caught.some((violation) => violation.detail.includes('http://example.invalid/telemetry'))).toBe(true);
  });

  test('a request that bypasses the CSP (a new window) is caught and blocked', async ({ app, context, guards }) => {
    const popupOpened = context.waitForEvent('page');
    await app.evaluate(() => void window.open('http://example.invalid/leak'));
    const popup = await popupOpened;
    await expect.poll(() => guards.violations.map((violation) => violation.kind)).toContain('off-site request');
    const caught = guards.take();
    expect(caught).toContainEqual(expect.objectContaining({ kind: 'off-site request', detail: expect.stringContaining('http://example.invalid/leak') }));
    await popup.close();
  });

  test('an inline script is a CSP violation', async ({ app, guards }) => {
    await app.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.append(script);
    });
    await expect.poll(() => guards.violations.length).toBeGreaterThan(0);
    expect(await app.evaluate(() => 'inlineScriptRan' in window), 'the CSP really blocked it').toBe(false);
    const caught = guards.take();
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.every((violation) => violation.kind === 'content security policy')).toBe(true);
    expect(caught.map((violation) => violation.detail).join('\n')).toContain('script-src');
  });

  test('an uncaught error in the page is caught', async ({ app, guards }) => {
    await app.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate harness self-test error');
      });
    });
    await expect.poll(() => guards.violations.map((violation) => violation.kind)).toContain('page error');
    expect(guards.take().map((violation) => violation.detail).join('\n')).toContain('deliberate harness self-test error');
  });

  test('the guard reports every violation in one readable failure', async ({ app, guards }) => {
    await app.evaluate(() => fetch('http://example.invalid/a').catch(() => undefined));
    await expect.poll(() => guards.violations.length).toBeGreaterThan(0);
    expect(guards.report()).toMatch(
      /^The app did something it must never do \(\d+\):\n {2}- \[content security policy\] .+\n {6}on page http:\/\/127\.0\.0\.1:\d+\/index\.html/,
    );
    guards.take();
    expect(guards.report()).toBeUndefined();
  });
});

test.describe('scripted dialogs', () => {
  test('answers come in queued order; unexpected dialogs and unused answers are problems', () => {
    const dialogs = new ScriptedDialogs();
    dialogs.queueOpen('/tmp/plan.waypoint');
    dialogs.queueOpen(null);
    dialogs.queueSave('/tmp/plan.pdf');
    expect(dialogs.answerOpen('import a workbook')).toBe('/tmp/plan.waypoint');
    expect(dialogs.answerOpen('import a workbook')).toBeNull();
    expect(() => dialogs.answerOpen('open a sample')).toThrow(/open dialog \(open a sample\) but the test queued no answer.*dialogs\.queueOpen/);
    expect(dialogs.problems()).toEqual([
      expect.stringContaining('open dialog (open a sample)'),
      'A save dialog answer was queued but no save dialog was shown: /tmp/plan.pdf',
    ]);
  });
});

test.describe('accessibility and screenshots', () => {
  test('expectAccessible finds serious violations and passes on the app', async ({ app }) => {
    await expectAccessible(app, 'app shell');
    await app.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'nameless-button';
      document.body.append(button);
    });
    const problems = await findAccessibilityProblems(app, 'with a nameless button');
    expect(problems).toContainEqual(
      expect.objectContaining({ ruleId: 'button-name', impact: 'critical', targets: ['#nameless-button'] }),
    );
    await expect(expectAccessible(app, 'with a nameless button')).rejects.toThrow(/button-name/);
    // Leaves the screen clean for the automatic final check.
    await app.evaluate(() => document.getElementById('nameless-button')?.remove());
  });

  test('snap saves numbered full-page PNGs under the test title', async ({ app }, testInfo) => {
    const first = await snap(app, 'First screen');
    const second = await snap(app, 'second');
    expect(first).toMatch(/screenshots\/harness-accessibility-and-screenshots-snap-saves-[a-z0-9-]+\/01-first-screen\.png$/);
    expect(second).toMatch(/\/02-second\.png$/);
    for (const path of [first, second]) {
      expect(existsSync(path)).toBe(true);
      // PNG signature: the file is a real image, not an empty placeholder.
      expect(readFileSync(path).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    expect(testInfo.attachments.map((attachment) => attachment.name)).toEqual(
      expect.arrayContaining(['01-first-screen.png', '02-second.png']),
    );
  });
});

/*
 * The automatic end-of-test checks must really fail a test. Each test below passes its body and
 * leaves one problem behind for the fixtures' teardown; `test.fail()` turns that failure into a pass.
 * (What each teardown reports is checked by the tests above through report() and problems().)
 */
test.describe('automatic end-of-test checks fail the test', () => {
  test('when a guard violation is left behind', async ({ app }) => {
    test.fail();
    await app.evaluate(() => fetch('http://example.invalid/left-behind').catch(() => undefined));
    await app.waitForTimeout(200);
  });

  test('when the final screen has a serious accessibility violation', async ({ app }) => {
    test.fail();
    // Outside the app's root element, so the app's own re-rendering cannot remove it before the check.
    await app.evaluate(() => void document.body.append(document.createElement('button')));
  });

  test('when a queued dialog answer is never used', async ({ app, dialogs }) => {
    test.fail();
    await expect(app.locator('main')).toBeVisible();
    dialogs.queueSave('/tmp/never-asked.pdf');
  });
});
