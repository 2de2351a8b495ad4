import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import e2eConfig from './playwright.config';

/*
 * `npm run bench:ui`: the large-workbook UI benchmark (bench/ui.bench.ts). Same Chromium and flags as
 * the e2e tests; one worker, so nothing else competes with the page for the CPU while it is measured.
 * Not part of `npm test`: it prints figures and asserts no timing.
 */
const chromium = e2eConfig.projects?.find((project) => project.name === 'chromium');
if (!chromium?.use) throw new Error('playwright.config.ts has no "chromium" project to take the browser settings from');

export default defineConfig({
  testDir: 'bench',
  testMatch: '**/*.bench.ts',
  // Inside the (ignored) build folder, so a bench never clears an e2e run's test-results/.
  outputDir: join(process.env.WAYPOINT_OUT_DIR ?? 'out', 'bench', 'test-results'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 10 * 60_000,
  reporter: 'list',
  use: { ...e2eConfig.use, screenshot: 'off', trace: 'off', video: 'off' },
  projects: [{ name: 'chromium', use: chromium.use }],
});
