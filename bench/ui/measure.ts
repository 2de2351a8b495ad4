import type { Page } from '@playwright/test';
import type { FieldLabel, ShownProbe, WindowSummary } from './page-probes';

/*
 * The bench's steps. Inside and right before a measured window the page is only touched through the
 * probes' native DOM queries (page.evaluate), never through Playwright locators: their lookups run as
 * script in the page and take seconds next to thousands of rows, which would be measured as the app's.
 */

/** A figure, or why there is none: the section or its field is not there yet, or it has none by design. */
export type Outcome<T> = { measured: T } | { missing: string; byDesign?: boolean };

export interface ShowFigures {
  runs: number[];
  median: number;
  max: number;
  /** Longest main-thread task from the navigation until the page was idle again, over all runs. */
  longestTaskWhileOpening: number;
}

export type TypingFigures = WindowSummary & {
  field: string;
  characters: number;
  /** Longest main-thread task between the click that opened the item and its field being there. */
  openingLongestTask?: number;
};
export type ScrollFigures = WindowSummary & { distance: number; steps: number };

/** Typing pace of a quick typist; search and autosave debounce against this. */
const keyDelayMs = 50;
/** After the last key: long enough for debounced searches and autosave (600 ms) and the re-render they cause. */
const afterTypingMs = 1_500;
const showTimeoutMs = 10_000;
const scrollStepPx = 400;
const scrollStepMs = 50;

/** Waits until the page has had two idle periods: whatever the last action started has finished. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), { timeout: 2_000 }),
      ),
  );
  await page.waitForTimeout(100);
}

/** Polls a page-side check (native queries only) for up to `timeoutMs`. */
export async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function goToSettings(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const arrived = await poll(() => page.evaluate(() => document.getElementById('page-title')?.textContent?.trim() === 'Settings'), 10_000);
  if (!arrived) throw new Error('Settings did not open');
  await settle(page);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Opens the section `repeats` times from Settings; the section is left open afterwards. */
export async function measureShow(page: Page, hash: string, probe: ShownProbe, repeats: number): Promise<Outcome<ShowFigures>> {
  const runs: number[] = [];
  let longestTaskWhileOpening = 0;
  for (let run = 0; run < repeats; run++) {
    await goToSettings(page);
    const from = await page.evaluate(() => performance.now());
    const timing = await page.evaluate(
      ({ hash, probe, showTimeoutMs }) => window.__waypointBench!.navigateAndTimeShow(hash, probe, showTimeoutMs),
      { hash, probe, showTimeoutMs },
    );
    if (!timing) return { missing: `not available yet (nothing named “${probe.name}” with items within ${showTimeoutMs / 1000} s)` };
    runs.push(timing.shown);
    await settle(page);
    const opening = await page.evaluate(({ from }) => window.__waypointBench!.summary(from, performance.now()), { from });
    longestTaskWhileOpening = Math.max(longestTaskWhileOpening, opening.longestTask);
  }
  return { measured: { runs, median: median(runs), max: Math.max(...runs), longestTaskWhileOpening } };
}

async function measureWindow(page: Page, during: () => Promise<void>): Promise<WindowSummary> {
  const from = await page.evaluate(() => {
    window.__waypointBench!.startFrames();
    return performance.now();
  });
  await during();
  return page.evaluate(
    ({ from }) => {
      window.__waypointBench!.stopFrames();
      return window.__waypointBench!.summary(from, performance.now());
    },
    { from },
  );
}

/** Types like a person into the field marked `data-bench-field`, caret at the end; the field keeps the text. */
export async function measureTyping(page: Page, text: string, fieldName: string): Promise<TypingFigures> {
  if (!(await page.evaluate(() => window.__waypointBench!.focusMarkedField()))) throw new Error(`${fieldName} could not be focused`);
  await settle(page);
  const summary = await measureWindow(page, async () => {
    await page.keyboard.type(text, { delay: keyDelayMs });
    await page.waitForTimeout(afterTypingMs);
  });
  return { ...summary, field: fieldName, characters: text.length };
}

/** Empties the marked field by selecting all and deleting, as a person would. */
export async function clearMarkedField(page: Page): Promise<void> {
  await page.evaluate(() => window.__waypointBench!.focusMarkedField());
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await settle(page);
}

/** Marks the field with this label and returns its label; none within a moment means the section does not have it (yet). */
export async function markField(page: Page, label: FieldLabel): Promise<string | null> {
  let found: string | null = null;
  await poll(async () => (found = await page.evaluate((label) => window.__waypointBench!.markField(label), label)) !== null, 2_000);
  return found;
}

/** Presses the button with exactly this text; false when there is none. */
export async function pressButton(page: Page, text: string): Promise<boolean> {
  if (!(await page.evaluate((text) => window.__waypointBench!.markButton(text), text))) return false;
  await page.locator('[data-bench-button]').click();
  await settle(page);
  return true;
}

/**
 * Opens the first item of the list the way a person would (its first button or link that is not a
 * delete or move control, or the item itself) and marks the first text field of the side panel or
 * dialog that opens, or of the item when it is edited in place. Returns the field's label.
 */
export async function openFirstItemField(page: Page): Promise<{ label: string; openingLongestTask: number } | null> {
  if (!(await page.evaluate(() => window.__waypointBench!.markFirstItemOpener()))) return null;
  const opener = page.locator('[data-bench-opener]');
  // Resolved before the clock starts: Playwright's lookup is the bench's work, not the app's.
  await opener.scrollIntoViewIfNeeded();
  const from = await page.evaluate(() => performance.now());
  await opener.click();
  let label: string | null = null;
  await poll(async () => (label = await page.evaluate(() => window.__waypointBench!.markEditField())) !== null, 3_000);
  if (label === null) return null;
  await settle(page);
  const opening = await page.evaluate(({ from }) => window.__waypointBench!.summary(from, performance.now()), { from });
  return { label, openingLongestTask: opening.longestTask };
}

/** Closes a panel or dialog the edit opened (Escape), so the next measurement starts from the list. */
export async function closePanel(page: Page): Promise<void> {
  if (await page.evaluate(() => document.querySelector('.side-panel, [role="dialog"]') !== null)) await page.keyboard.press('Escape');
  await settle(page);
}

/** Wheels the list's scrolling container from top to bottom in steps, as a person flicking through it. */
export async function measureScroll(page: Page, probe: ShownProbe): Promise<Outcome<ScrollFigures>> {
  const box = await page.evaluate((probe) => {
    const probes = window.__waypointBench!;
    if (!probes.markShownTarget(probe) || !probes.markScroller()) return null;
    const scroller = document.querySelector('[data-bench-scroller]')!;
    scroller.scrollTo({ top: 0 });
    const { x, y, width, height } = scroller.getBoundingClientRect();
    return { x, y, width, height };
  }, probe);
  if (!box) return { missing: 'nothing to scroll (it fits on the screen)', byDesign: true };
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  await settle(page);
  let steps = 0;
  const summary = await measureWindow(page, async () => {
    // Rows drawn late can grow the list while it scrolls, so the bottom is checked as it goes.
    while (steps < 2_000) {
      await page.mouse.wheel(0, scrollStepPx);
      await page.waitForTimeout(scrollStepMs);
      steps++;
      if (steps % 10 === 0 && (await page.evaluate(() => window.__waypointBench!.scrollPosition()?.atBottom ?? true))) break;
    }
    await page.waitForTimeout(300);
  });
  const distance = await page.evaluate(() => {
    const top = window.__waypointBench!.scrollPosition()?.top ?? 0;
    document.querySelector('[data-bench-scroller]')?.scrollTo({ top: 0 });
    return top;
  });
  await settle(page);
  return { measured: { ...summary, distance, steps } };
}
