/*
 * The renderer as built for this run: start-up JavaScript within its budget, each section's code in
 * a chunk of its own that loads only when the section is first opened, and a build that warns of nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { classifyChunks, initialJsGoalBytes, measureBundle } from '../../../scripts/bundle-sizes.js';

const rendererFolder = join(inject('builtApp'), 'renderer');
const sectionsFolder = join(import.meta.dirname, '../../../src-renderer/sections');

describe('the built renderer', () => {
  it(`loads under ${initialJsGoalBytes / 1024} KB of gzipped JavaScript at start-up`, () => {
    const sizes = measureBundle(rendererFolder);
    expect(sizes.initial.gzip).toBeLessThan(initialJsGoalBytes);
    expect(sizes.total.gzip).toBeGreaterThan(sizes.initial.gzip);
  });

  // Overview is the page a window opens on, so the shell imports it directly.
  it('keeps every section view but Overview out of the start-up code', () => {
    const manifest = JSON.parse(readFileSync(join(rendererFolder, '.vite', 'manifest.json'), 'utf8'));
    const { initial } = classifyChunks(manifest);
    const sectionViews = readdirSync(sectionsFolder, { recursive: true, encoding: 'utf8' }).filter((path) =>
      /^[^/]+\/[^/]+Section\.svelte$/.test(path) && !path.startsWith('overview/'),
    );
    expect(sectionViews.length).toBeGreaterThan(0);
    for (const view of sectionViews) {
      const chunk = manifest[`sections/${view}`];
      expect(chunk, `${view} is a chunk of its own`).toMatchObject({ isDynamicEntry: true });
      expect(initial, view).not.toContain(chunk.file);
    }
  });

  it('builds without warnings', () => {
    const warnings = inject('buildLog')
      .split('\n')
      .filter((line) => /warn|\[[A-Z_]{4,}\]|\(!\)|no svelte config/i.test(line))
      // Rolldown notes slow plugins when the machine is busy: a fact about the load, not the build.
      .filter((line) => !line.includes('[PLUGIN_TIMINGS]'));
    expect(warnings).toEqual([]);
  });

  it('is minified', () => {
    const [entry] = classifyChunks(JSON.parse(readFileSync(join(rendererFolder, '.vite', 'manifest.json'), 'utf8'))).initial;
    const code = readFileSync(join(rendererFolder, entry!), 'utf8');
    const lines = code.split('\n').length;
    expect(code.length / lines, 'characters per line').toBeGreaterThan(1_000);
  });
});
