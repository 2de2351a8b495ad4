/*
 * Runs the built main process (…/main/index.js, an ES module) in this Node process with a fake
 * 'electron'. A module hook answers `import … from 'electron'` from inside the build folder with a
 * module that hands out the fake of the current life cycle; every load gets a fresh instance of
 * index.js (a query in its URL) and so of its module state.
 */
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFakeElectron, type FakeElectron } from './fake-electron';

const fakeKey = '__waypointFakeElectron';
const registeredFolders = new Set<string>();

/** Hook source: plain JavaScript, since Node runs it outside vitest's transforms. */
function electronHook(buildFolderUrl: string, exportNames: string[]): string {
  const exports = `export const { ${exportNames.join(', ')} } = globalThis[${JSON.stringify(fakeKey)}];`;
  return `
    export async function resolve(specifier, context, nextResolve) {
      if (specifier === 'electron' && context.parentURL?.startsWith(${JSON.stringify(buildFolderUrl)})) {
        // One fake module per loading parent, so each life cycle reads the fake installed for it.
        const source = ${JSON.stringify(exports)} + '\\n// for ' + context.parentURL;
        return { url: 'data:text/javascript,' + encodeURIComponent(source), shortCircuit: true };
      }
      return nextResolve(specifier, context);
    }`;
}

function registerElectronHook(buildFolder: string): void {
  if (registeredFolders.has(buildFolder)) return;
  registeredFolders.add(buildFolder);
  const exportNames = Object.keys(createFakeElectron({ userData: '' }).module);
  const folderUrl = pathToFileURL(join(buildFolder, '/')).href;
  register(`data:text/javascript,${encodeURIComponent(electronHook(folderUrl, exportNames))}`);
}

/**
 * Node's own import, not vitest's: the built file must be linked by Node, through the hook above.
 * Vitest evaluates this file without a dynamic-import callback, so the import lives in a CommonJS
 * file that Node itself loads.
 */
function nativeImporter(buildFolder: string): (url: string) => Promise<unknown> {
  const importerPath = join(buildFolder, 'native-import.cjs');
  writeFileSync(importerPath, 'module.exports = (url) => import(url);\n');
  const importer: unknown = createRequire(import.meta.url)(importerPath);
  if (typeof importer !== 'function') throw new Error(`${importerPath} did not export a function`);
  return (url) => importer(url) as Promise<unknown>;
}

let loads = 0;

/** Installs `fake` as 'electron' and evaluates a fresh copy of the built main process. */
export async function loadBuiltMain(buildFolder: string, fake: FakeElectron): Promise<void> {
  registerElectronHook(buildFolder);
  (globalThis as Record<string, unknown>)[fakeKey] = fake.module;
  loads += 1;
  await nativeImporter(buildFolder)(`${pathToFileURL(join(buildFolder, 'main', 'index.js')).href}?life-cycle=${loads}`);
}
