import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Flat config rules replace each other rather than merge, so every file group below states its
 * complete list of restricted imports, built from these pieces.
 */
const electronForMainGlue = {
  name: 'electron',
  allowTypeImports: true,
  message:
    'Only the Electron glue (src-main/{index,window,menu,ipc,preload}.ts) may import electron; ' +
    'everything else must run in plain Node tests. `import type` is fine.',
};
const electronNever = {
  name: 'electron',
  message: 'The renderer reaches the host only through src-renderer/host.ts.',
};
const zodDirect = {
  name: 'zod',
  message: 'Import z from src-main/shared/zod: it configures zod (jitless) for the CSP.',
};
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))].map((name) => ({
  name,
  message: 'The renderer runs in a browser sandbox: no Node built-ins.',
}));
const rendererPatterns = [
  { group: ['node:*'], message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
  {
    group: ['**/src-main', '**/src-main/**'],
    message: "The renderer may only import shared code, through '@shared/*'.",
  },
  {
    // Modules inside db/ import each other as './x' or '../x', which this never matches.
    group: ['**/db/**'],
    message: "Import storage through its one door, db/index.ts ('../db'), not the modules behind it.",
  },
];

// Components show and edit; storage is reached only through section and app state classes.
const storageFromComponents = {
  regex: '(^|/)db$',
  allowTypeImports: true,
  // The vocabulary of write outcomes is not storage.
  allowImportNames: ['invalid', 'failed', 'saved'],
  message:
    'Components never touch storage: call the section state class (src-renderer/sections/<name>/*-state.svelte.ts) ' +
    'or the app state. Types and the write-outcome helpers (invalid, failed, saved) are fine.',
};

const restrictImports = (paths, patterns = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

const electronGlue = ['src-main/index.ts', 'src-main/window.ts', 'src-main/menu.ts', 'src-main/ipc.ts', 'src-main/preload.ts'];
const zodConfiguration = ['src-main/shared/zod.ts'];

export default defineConfig(
  { ignores: ['out/', 'out-*/', 'node_modules/', 'test-results/', 'test-results-*/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-main/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright reads a fixture's first parameter to learn its dependencies; `{}` means "none".
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  { rules: restrictImports([electronForMainGlue, zodDirect]) },
  { files: electronGlue, rules: restrictImports([zodDirect]) },
  { files: zodConfiguration, rules: restrictImports([electronForMainGlue]) },
  {
    files: ['src-renderer/**'],
    rules: restrictImports([electronNever, zodDirect, ...nodeBuiltins], rendererPatterns),
  },
  {
    files: ['src-renderer/components/**/*.svelte', 'src-renderer/sections/**/*.svelte'],
    rules: restrictImports([electronNever, zodDirect, ...nodeBuiltins], [...rendererPatterns, storageFromComponents]),
  },
);
