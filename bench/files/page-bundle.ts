/*
 * The storage code of the renderer (WaypointDatabase, the repositories) and Dexie, bundled as one
 * script for a blank bench page: the app's own bundle does not expose them, and the bench must time
 * exactly the code an import runs (addFromSnapshot) beside a bare Dexie bulkPut in the same page.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { repositoryRoot } from '../../tests/e2e/harness/app-server';

export const benchGlobalName = 'WaypointStorageBench';

export async function buildStorageBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(repositoryRoot, 'src-main/shared') } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(repositoryRoot, 'bench/files/page-entry.ts'),
        formats: ['iife'],
        name: benchGlobalName,
        fileName: () => 'storage-bench.js',
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('The storage bench bundle has no script');
  return chunk.code;
}
