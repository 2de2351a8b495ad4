import { describe, expect, it } from 'vitest';
import { classifyChunks, formatBundleSizes } from '../../../scripts/bundle-sizes.js';

describe('telling start-up code from lazily loaded code', () => {
  it('counts the entry and its static imports, transitively, as start-up code', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['skills/Skills.svelte'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_tiny.js', 'index.html'] },
      '_tiny.js': { file: 'assets/tiny.js' },
      'skills/Skills.svelte': { file: 'assets/Skills.js', isDynamicEntry: true, imports: ['index.html', '_field.js'] },
      '_field.js': { file: 'assets/field.js' },
      '_field.css': { file: 'assets/field.css' },
    };
    expect(classifyChunks(manifest)).toEqual({
      initial: ['assets/index.js', 'assets/shared.js', 'assets/tiny.js'],
      all: ['assets/Skills.js', 'assets/field.js', 'assets/index.js', 'assets/shared.js', 'assets/tiny.js'],
    });
  });

  it('prints both sizes gzipped and says whether the start-up code meets the goal', () => {
    const text = formatBundleSizes({
      initial: { raw: 300 * 1024, gzip: 99.5 * 1024, files: ['a.js'] },
      total: { raw: 460 * 1024, gzip: 151 * 1024, files: ['a.js', 'b.js'] },
    });
    expect(text).toContain('at start-up: 99.5 KB gzipped (300.0 KB, 1 file); within the 150.0 KB goal');
    expect(text).toContain('in total:    151.0 KB gzipped');
    expect(formatBundleSizes({ initial: { raw: 1, gzip: 200 * 1024, files: [] }, total: { raw: 1, gzip: 1, files: [] } })).toContain(
      'OVER the 150.0 KB goal',
    );
  });
});
