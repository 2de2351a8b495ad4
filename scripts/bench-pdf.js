// @ts-check
/*
 * `npm run bench:pdf`: bundles bench/pdf.ts for Node (the main process's code is TypeScript, and the
 * benchmark runs it as plain Node would, without Electron) and runs it. The bundle goes into
 * $WAYPOINT_OUT_DIR/bench/ (out/ by default).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const outFile = resolve(process.env.WAYPOINT_OUT_DIR ?? 'out', 'bench', 'pdf-bench.mjs');

await build({
  input: join(import.meta.dirname, '..', 'bench', 'pdf.ts'),
  platform: 'node',
  // Packages stay packages: pdfkit and fontkit read their own data files, Playwright finds its browser.
  external: [/^node:/, 'pdfkit', 'fontkit', '@playwright/test', 'playwright', /^@expo-google-fonts\//],
  output: { file: outFile, format: 'esm' },
  logLevel: 'warn',
});
await import(pathToFileURL(outFile).href);
