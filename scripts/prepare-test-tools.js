// @ts-check
/*
 * First step of `npm test` (and of `npm run test:e2e` and `bench:ui`): makes sure the browser and
 * PDF tools are there, installing them where this machine allows, or stops with what to run.
 */
import { localMachine } from './local-machine.js';
import { describeChromium, prepareTestTools } from './test-tools.js';

const preparation = prepareTestTools(localMachine());
if (preparation.ok) {
  const installed = preparation.installed.length > 0 ? `; installed ${preparation.installed.join(', ')}` : '';
  console.log(`Chromium for the end-to-end tests: ${describeChromium(preparation.chromium)}${installed}`);
} else {
  console.error(`\n${preparation.message}\n`);
  process.exitCode = 1;
}
