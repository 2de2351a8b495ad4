// @ts-check
/*
 * Writes resources/waypoint-workbook.schema.json, the published JSON Schema of `.waypoint` files, from the
 * zod model (src-main/shared/workbook-file-schema.ts). Run it after changing the model:
 *
 *   npm run write-file-schema
 *
 * tests/unit/resources/workbook-file-schema.test.ts fails while the committed file differs from this output.
 * The model is TypeScript, so it is loaded through Vite's module runner (Node 20 cannot run .ts itself).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export const workbookFileSchemaPath = resolve(import.meta.dirname, '../resources/waypoint-workbook.schema.json');

const { module } = await runnerImport(resolve(import.meta.dirname, '../src-main/shared/workbook-file-schema.ts'), {
  configFile: false,
  logLevel: 'error',
});
const { workbookFileJsonSchemaText } = /** @type {typeof import('../src-main/shared/workbook-file-schema')} */ (module);
writeFileSync(workbookFileSchemaPath, workbookFileJsonSchemaText());
console.log(`Wrote ${workbookFileSchemaPath}`);
