import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import e2eConfig from './playwright.config';

/*
 * `npm run screenshots`: the README's pictures of the sample workbook (tests/screenshots/), taken
 * through the e2e harness into docs/screenshots/. Same Chromium and flags as the e2e tests. Not part
 * of `npm test`: it writes files into the repository and asserts only that the screens are there.
 */
const chromium = e2eConfig.projects?.find((project) => project.name === 'chromium');
if (!chromium?.use) throw new Error('playwright.config.ts has no "chromium" project to take the browser settings from');

export default defineConfig({
  testDir: 'tests/screenshots',
  testMatch: '**/*.screenshots.ts',
  // Inside the (ignored) build folder, so taking pictures never clears an e2e run's test-results/.
  outputDir: join(process.env.WAYPOINT_OUT_DIR ?? 'out', 'screenshots', 'test-results'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 2 * 60_000,
  reporter: 'list',
  use: { ...e2eConfig.use, screenshot: 'off', trace: 'off', video: 'off' },
  projects: [{ name: 'chromium', use: chromium.use }],
});
