/*
 * axe in the page, under the app's real CSP. The design's bar: no serious or critical violation
 * on any screen, against WCAG 2.0/2.1 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failingImpacts: ReadonlySet<string> = new Set(['serious', 'critical']);

export interface AccessibilityProblem {
  ruleId: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/** Runs axe on the page as it is now and returns every serious or critical violation. */
export async function findAccessibilityProblems(
  page: Page,
  screenName: string,
  testInfo: TestInfo = test.info(),
): Promise<AccessibilityProblem[]> {
  // Legacy mode runs axe in the page itself; the default mode opens an extra blank page in the
  // context to merge frame results, which the app (no iframes, frame-src 'none') does not need.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode().analyze();
  if (results.violations.length > 0) {
    // Every violation, minor ones included, goes into the report to help whoever fixes them.
    await testInfo.attach(`axe violations — ${screenName}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  return results.violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ''))
    .map((violation) => ({
      ruleId: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
}

export function describeAccessibilityProblem(problem: AccessibilityProblem): string {
  return `[${problem.impact}] ${problem.ruleId}: ${problem.help} — ${problem.targets.join(', ')} (${problem.helpUrl})`;
}

/** Fails the test listing every serious or critical axe violation on the current screen. */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const testInfo = test.info();
  await test.step(`accessibility check: ${screenName}`, async () => {
    const problems = await findAccessibilityProblems(page, screenName, testInfo);
    expect(
      problems.map(describeAccessibilityProblem),
      `serious or critical accessibility violations on the screen "${screenName}"`,
    ).toEqual([]);
  });
}
