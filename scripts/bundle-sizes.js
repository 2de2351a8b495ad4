// @ts-check
/*
 * How much JavaScript the renderer makes a window load: the start-up code (the entry chunk and
 * everything it imports statically) and the total including each section's lazily loaded chunk,
 * raw and gzipped. Read from the build's manifest, so it costs a build and no browser.
 *
 *   node scripts/bundle-sizes.js [build folder]   (default: $WAYPOINT_OUT_DIR or out)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The goal of issue 7: start-up JavaScript under 150 KB gzipped, however many sections arrive. */
export const initialJsGoalBytes = 150 * 1024;

/**
 * @typedef {{ file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ raw: number; gzip: number; files: string[] }} JsSize
 * @typedef {{ initial: JsSize; total: JsSize }} BundleSizes
 */

/**
 * The JS files loaded at start-up (entries and their static imports, transitively) and all JS files.
 * @param {Manifest} manifest
 * @returns {{ initial: string[]; all: string[] }}
 */
export function classifyChunks(manifest) {
  const initial = new Set();
  const visit = (/** @type {string} */ key) => {
    const chunk = manifest[key];
    if (chunk === undefined || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const isJs = (/** @type {string} */ file) => file.endsWith('.js');
  const all = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter(isJs).sort();
  return { initial: [...initial].filter(isJs).sort(), all };
}

/**
 * @param {string[]} files
 * @param {(file: string) => Uint8Array} read
 * @returns {JsSize}
 */
function measure(files, read) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = read(file);
    raw += content.byteLength;
    gzip += gzipSync(content).byteLength;
  }
  return { raw, gzip, files };
}

/**
 * @param {string} rendererFolder the built renderer (…/renderer, with .vite/manifest.json)
 * @returns {BundleSizes}
 */
export function measureBundle(rendererFolder) {
  const manifestPath = join(rendererFolder, '.vite', 'manifest.json');
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const { initial, all } = classifyChunks(manifest);
  if (initial.length === 0) throw new Error(`${manifestPath} names no entry chunk`);
  const read = (/** @type {string} */ file) => readFileSync(join(rendererFolder, file));
  return { initial: measure(initial, read), total: measure(all, read) };
}

/** @param {number} bytes */
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {string[]} files */
const fileCount = (files) => `${files.length} ${files.length === 1 ? 'file' : 'files'}`;

/** @param {BundleSizes} sizes */
export function formatBundleSizes(sizes) {
  const goal = sizes.initial.gzip < initialJsGoalBytes ? 'within' : 'OVER';
  return [
    'Renderer JavaScript:',
    `  at start-up: ${kilobytes(sizes.initial.gzip)} gzipped (${kilobytes(sizes.initial.raw)}, ${fileCount(sizes.initial.files)}); ${goal} the ${kilobytes(initialJsGoalBytes)} goal`,
    `  in total:    ${kilobytes(sizes.total.gzip)} gzipped (${kilobytes(sizes.total.raw)}, ${fileCount(sizes.total.files)}, sections load when first opened)`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const buildFolder = resolve(process.argv[2] ?? process.env.WAYPOINT_OUT_DIR ?? 'out');
  console.log(formatBundleSizes(measureBundle(join(buildFolder, 'renderer'))));
}
