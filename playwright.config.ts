import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Playwright cannot download browsers on the build machines, so use, in order: an explicit
 * CHROMIUM_PATH, Playwright's own Chromium when it happens to be installed, Debian's chromium.
 */
function chromiumExecutablePath(): string {
  const explicitPath = process.env.CHROMIUM_PATH;
  if (explicitPath) return explicitPath;
  try {
    const bundledPath = chromium.executablePath();
    if (existsSync(bundledPath)) return bundledPath;
  } catch {
    // Older registries throw when no browser is installed; fall through to the system one.
  }
  return '/usr/bin/chromium';
}

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
          executablePath: chromiumExecutablePath(),
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
