import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const builtAppTests = 'tests/unit/built/**/*.test.ts';

export default defineConfig({
  // Unit specs run state classes as the app does: Svelte's client build, so effects and live queries run.
  plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-main/shared') } },
  test: {
    environment: 'node',
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [builtAppTests] },
      },
      {
        // Tests of the built app (main process, preload, bundle): one build per run, only when they are selected.
        extends: true,
        test: { name: 'built', include: [builtAppTests], globalSetup: ['tests/unit/built/build-app.ts'] },
      },
    ],
  },
});
