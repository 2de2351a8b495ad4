/*
 * Numbered full-page screenshots per test, in test-results/screenshots/<test-title-slug>/, so a
 * journey can be reviewed screen by screen without opening the HTML report.
 */
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { test, type Page, type TestInfo } from '@playwright/test';

const screenshotCounts = new WeakMap<TestInfo, number>();

const longestSlug = 80;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= longestSlug) return slug || 'unnamed';
  // Long titles often share a prefix; a hash of the whole title keeps their folders apart.
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${slug.slice(0, longestSlug - 9).replace(/-+$/, '')}-${hash}`;
}

/** The folder of a test's screenshots: file, describe blocks and title, so equal titles never collide. */
export function screenshotFolder(testInfo: TestInfo): string {
  const [file = '', ...titles] = testInfo.titlePath;
  const fileStem = basename(file).replace(/\.(spec|test)\.[cm]?[jt]s$/, '');
  const retrySuffix = testInfo.retry > 0 ? `-retry${testInfo.retry}` : '';
  return join(testInfo.project.outputDir, 'screenshots', slugify([fileStem, ...titles].join(' ')) + retrySuffix);
}

/** Saves a full-page PNG as <nn>-<name>.png and attaches it to the report; returns its path. */
export async function snap(page: Page, name: string, testInfo: TestInfo = test.info()): Promise<string> {
  const number = (screenshotCounts.get(testInfo) ?? 0) + 1;
  screenshotCounts.set(testInfo, number);
  const fileName = `${String(number).padStart(2, '0')}-${slugify(name)}.png`;
  const path = join(screenshotFolder(testInfo), fileName);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(fileName, { path, contentType: 'image/png' });
  return path;
}
