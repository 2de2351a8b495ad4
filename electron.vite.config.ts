import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const sharedAlias = { '@shared': resolve(import.meta.dirname, 'src-main/shared') };
// WAYPOINT_OUT_DIR lets parallel builds (e.g. two engineers' e2e runs) use separate folders; default out/.
const outRoot = resolve(import.meta.dirname, process.env.WAYPOINT_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: resolve(outRoot, 'main'),
      rollupOptions: {
        // cli.js is the `waypoint` command line: plain Node, it never imports electron (tests/unit/built/cli.test.ts).
        input: { index: resolve(import.meta.dirname, 'src-main/index.ts'), cli: resolve(import.meta.dirname, 'src-main/cli.ts') },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: resolve(outRoot, 'preload'),
      // A sandboxed preload can only require 'electron': everything else is bundled into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'src-main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    resolve: { alias: sharedAlias },
    // The renderer's root is src-renderer/, so the plugin would not find the project's svelte.config.js by itself.
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      // electron-vite leaves the renderer unminified; minified, the app's code starts faster.
      minify: true,
      // Lists each chunk's static and dynamic imports: scripts/bundle-sizes.js tells start-up code from lazy code with it.
      manifest: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'src-renderer/index.html') },
    },
  },
});
