import { defineConfig } from '@playwright/test';
import { localMachine } from './scripts/local-machine.js';
import { findChromium } from './scripts/test-tools.js';

/*
 * The browser is the one `npm test` found or installed before the run (scripts/prepare-test-tools.js):
 * CHROMIUM_PATH, else Playwright's own Chromium, else the system's. When there is none, Playwright's
 * default applies and its own error says what is missing.
 */
const chromiumLookup = findChromium(localMachine());
const chromiumExecutablePath = chromiumLookup.kind === 'found' ? chromiumLookup.path : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Two cores on the build machines.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(chromiumExecutablePath === undefined ? {} : { executablePath: chromiumExecutablePath }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            // Containers often have a tiny /dev/shm, which makes Chromium crash on larger pages.
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
});
