/*
 * The e2e test API. Journeys import `test` and `expect` from here (not from @playwright/test) and
 * get the built app in real Chromium, wired to the real handler table, with these guards on every
 * test: no network, no CSP violation, no uncaught error, no serious axe violation on the final
 * screen, a final screenshot, and no unused or unexpected file dialog.
 */
import { mkdir } from 'node:fs/promises';
import { test as base, expect, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './app-server';
import { ScriptedDialogs, installHostRouting, type TestHost } from './host-routing';
import { PageGuards } from './page-guards';
import { describeAccessibilityProblem, findAccessibilityProblems } from './accessibility';
import { snap } from './screenshots';

export { expect };
export { expectAccessible, findAccessibilityProblems, type AccessibilityProblem } from './accessibility';
export { snap } from './screenshots';
export { ScriptedDialogs, type HostCalls, type TestHost } from './host-routing';
export { PageGuards, isAllowedAppUrl, type GuardViolation } from './page-guards';
export type { AppServer } from './app-server';

export interface HarnessWorkerFixtures {
  /** The built renderer served with the app's CSP; one per worker. */
  appServer: AppServer;
}

export interface HarnessTestFixtures {
  /** The app page: index.html loaded with the host bridge installed and `main` rendered. */
  app: Page;
  /** Recorded host dependency calls, the real handler table, and `emit` for main→renderer events. */
  host: TestHost;
  /** The scripted native file dialogs: queue answers before the action that opens one. */
  dialogs: ScriptedDialogs;
  /** Offline/CSP/page-error guard of this test's browser context. */
  guards: PageGuards;
  /** Final screenshot and accessibility check of every open app page. */
  endOfTestChecks: void;
}

export const test = base.extend<HarnessTestFixtures, HarnessWorkerFixtures>({
  appServer: [
    async ({}, use) => {
      const server = await startAppServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // Relative URLs (page.goto('/index.html')) resolve against the test server.
  baseURL: async ({ appServer }, use) => {
    await use(appServer.origin);
  },

  guards: [
    async ({ context, appServer }, use) => {
      const guards = await PageGuards.attach(context, appServer.origin);
      await use(guards);
      const failure = guards.report();
      if (failure) throw new Error(failure);
    },
    { auto: true },
  ],

  dialogs: async ({}, use) => {
    const dialogs = new ScriptedDialogs();
    await use(dialogs);
    const problems = dialogs.problems();
    if (problems.length > 0) throw new Error(`File dialogs did not go as scripted:\n  - ${problems.join('\n  - ')}`);
  },

  // Automatic, so any page of the context (not only `app`) talks to the host like the real window.
  host: [
    async ({ context, appServer, dialogs }, use, testInfo) => {
      const dataFolder = testInfo.outputPath('host-data-folder');
      await mkdir(dataFolder, { recursive: true });
      await use(await installHostRouting(context, { appOrigin: appServer.origin, environment: { dataFolder, dialogs } }));
    },
    { auto: true },
  ],

  app: async ({ page, appServer, host }, use) => {
    // `host` is listed so the bridge is installed before the app's scripts run.
    void host;
    await page.goto(appServer.entryUrl);
    // Generous: the first load in a fresh context also creates the IndexedDB database.
    await expect(page.locator('main')).toBeVisible({ timeout: 15_000 });
    await use(page);
  },

  endOfTestChecks: [
    async ({ context, appServer, guards }, use, testInfo) => {
      void guards; // Depends on the guards so they outlive these checks and see what they cause.
      await use();
      const appPages = context.pages().filter((page) => new URL(page.url()).origin === appServer.origin);
      for (const page of appPages) await snap(page, 'final', testInfo);
      // A failed test's screen is mid-journey; its own error is what matters, not axe's opinion.
      if (testInfo.status !== 'passed') return;
      const problems: string[] = [];
      for (const page of appPages) {
        const screenName = `final screen (${new URL(page.url()).pathname})`;
        for (const problem of await findAccessibilityProblems(page, screenName, testInfo)) {
          problems.push(describeAccessibilityProblem(problem));
        }
      }
      if (problems.length > 0) {
        throw new Error(`Serious or critical accessibility violations on the final screen:\n  - ${problems.join('\n  - ')}`);
      }
    },
    { auto: true },
  ],
});
