/*
 * Measuring instruments that run INSIDE the page, installed as an init script before the app's own
 * scripts. Playwright serializes the installer's source into the page, so it is self-contained: no
 * imports and no helpers from outside its body. The app's CSP forbids eval, so everything the bench
 * calls later lives on `window.__waypointBench`.
 */

export interface TimedEntry {
  start: number;
  duration: number;
}

export interface FrameAttribution {
  duration: number;
  blocking: number;
  /** The script that ran longest in the frame, as the browser names it (e.g. "DIV.oninput", "Promise.then"). */
  script: string;
}

export interface WindowSummary {
  /** Longest main-thread task (the browser reports only tasks of 50 ms and more), 0 when there was none. */
  longestTask: number;
  longTaskCount: number;
  /** Longest time from a key press to the frame after it has been drawn (what a person feels as lag). */
  maxKeyToFrame: number;
  /** Longest interaction the browser's Event Timing saw (to the next paint, in steps of 8 ms). */
  maxEventDuration: number;
  /** Longest gap between two animation frames while frames were watched. */
  maxFrameGap: number;
  /** The longest animation frame, with what ran in it: a pointer to the slow code. */
  longestFrame: FrameAttribution | null;
}

/** What "shown" means for a section: an element with this accessible name, and its first item drawn. */
export interface ShownProbe {
  name: string;
  /** 'first item': it must contain a drawn list item or row; 'self': the element itself is enough. */
  needs: 'first item' | 'self';
}

export interface ShowTiming {
  /** From the navigation until the frame with the section's list has been drawn. */
  shown: number;
  /** From the navigation until the list was found in the DOM, at the start of that frame. */
  inDom: number;
}

/** A field's exact label, or a regular expression (as source text, so it can travel into the page) it matches. */
export type FieldLabel = string | { pattern: string };

export interface BenchProbes {
  /** When the app first drew a page title after loading (from navigation start), or null until it has. */
  openedAt(): number | null;
  startFrames(): void;
  stopFrames(): void;
  summary(from: number, to: number): WindowSummary;
  /** Marks the element the probe finds `data-bench-target`; true when it is drawn with what it needs. */
  markShownTarget(probe: ShownProbe): boolean;
  /** Sets the location hash, as a sidebar link does, and times until the probe's element is drawn. */
  navigateAndTimeShow(hash: string, probe: ShownProbe, timeoutMs: number): Promise<ShowTiming | null>;
  /** Marks the element that scrolls the target (itself or its nearest scrolling ancestor) `data-bench-scroller`. */
  markScroller(): { scrollHeight: number; clientHeight: number } | null;
  /** Where the marked scroller is, and whether it has reached the bottom. */
  scrollPosition(): { top: number; atBottom: boolean } | null;
  /** Marks the visible text field with this label (aria-label or <label>; text, or a pattern) `data-bench-field`; returns its label. */
  markField(label: FieldLabel): string | null;
  /** Marks the visible button whose text is exactly this `data-bench-button`. */
  markButton(text: string): boolean;
  /** Marks the first control of the target's first item that opens it (not delete or move) `data-bench-opener`. */
  markFirstItemOpener(): boolean;
  /** Marks the first text field of the open side panel or dialog (else of the target's first item); returns its label. */
  markEditField(): string | null;
  /** Focuses the marked field with the caret at the end, as clicking into it would. */
  focusMarkedField(): boolean;
}

declare global {
  interface Window {
    __waypointBench?: BenchProbes;
  }
}

/** Rows and items of lists, tables, grids and listboxes. */
export const itemSelector =
  'li, [role="listitem"], tbody tr, [role="row"]:has([role="gridcell"], [role="cell"]), [role="option"], article';

export function installBenchProbes(itemSelector: string): void {
  const longTasks: TimedEntry[] = [];
  const events: TimedEntry[] = [];
  const keyToFrame: TimedEntry[] = [];
  const frameGaps: TimedEntry[] = [];
  const frames: (FrameAttribution & TimedEntry)[] = [];
  let framesRunning = false;
  let lastFrame: number | undefined;
  let openedAt: number | null = null;

  const titleWatcher = new MutationObserver(() => {
    if (!document.getElementById('page-title')) return;
    titleWatcher.disconnect();
    requestAnimationFrame(() => setTimeout(() => (openedAt = performance.now())));
  });
  titleWatcher.observe(document, { childList: true, subtree: true });

  const observe = (type: string, record: (entry: PerformanceEntry) => void, extra: Record<string, unknown> = {}): void => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true, ...extra });
  };
  observe('longtask', (entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('event', (entry) => events.push({ start: entry.startTime, duration: entry.duration }), { durationThreshold: 16 });
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & {
      blockingDuration?: number;
      scripts?: { duration: number; invoker?: string; sourceFunctionName?: string; sourceURL?: string; sourceCharPosition?: number }[];
    };
    const slowest = [...(frame.scripts ?? [])].sort((a, b) => b.duration - a.duration)[0];
    const where = slowest?.sourceURL ? ` (${slowest.sourceURL.split('/').pop() ?? ''}:${slowest.sourceCharPosition ?? '?'})` : '';
    const what = slowest?.sourceFunctionName ? ` in ${slowest.sourceFunctionName}` : '';
    frames.push({
      start: frame.startTime,
      duration: frame.duration,
      blocking: frame.blockingDuration ?? 0,
      script: slowest ? `${slowest.invoker ?? '?'} ${Math.round(slowest.duration)} ms${what}${where}` : 'rendering (no script)',
    });
  });

  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      // A task queued from an animation frame runs after that frame has been painted.
      requestAnimationFrame(() => setTimeout(() => keyToFrame.push({ start, duration: performance.now() - start })));
    },
    true,
  );

  const onFrame = (time: number): void => {
    if (!framesRunning) return;
    if (lastFrame !== undefined) frameGaps.push({ start: lastFrame, duration: time - lastFrame });
    lastFrame = time;
    requestAnimationFrame(onFrame);
  };

  const within = <T extends TimedEntry>(entries: T[], from: number, to: number): T[] =>
    entries.filter((entry) => entry.start + entry.duration >= from && entry.start <= to);
  const longest = (entries: TimedEntry[]): number => entries.reduce((max, entry) => Math.max(max, entry.duration), 0);

  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    const name = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (element.getAttribute('aria-label') ?? '');
    return name.replace(/\s+/g, ' ').trim();
  };
  const drawn = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };

  // Runs every frame while a section opens, so it never walks all rows: only exact-name lookups.
  const markShownTarget = (probe: ShownProbe): boolean => {
    const labelIds = [...document.querySelectorAll('h1[id], h2[id], h3[id], h4[id], label[id], legend[id], caption[id], span[id], p[id]')]
      .filter((label) => label.textContent?.replace(/\s+/g, ' ').trim() === probe.name)
      .map((label) => label.id);
    const candidates = [
      ...document.querySelectorAll(`[aria-label="${CSS.escape(probe.name)}"]`),
      ...labelIds.flatMap((id) => [...document.querySelectorAll(`[aria-labelledby~="${CSS.escape(id)}"]`)]),
    ].filter((element) => nameOf(element) === probe.name);
    for (const marked of document.querySelectorAll('[data-bench-target]')) marked.removeAttribute('data-bench-target');
    for (const candidate of candidates) {
      if (!drawn(candidate)) continue;
      const item = probe.needs === 'self' ? candidate : candidate.querySelector(itemSelector);
      if (item && drawn(item)) {
        candidate.setAttribute('data-bench-target', '');
        return true;
      }
    }
    return false;
  };

  const textFieldSelector =
    'input:not([type]), input[type="text"], input[type="search"], input[type="url"], input[type="email"], textarea';
  const normalized = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const mark = (attribute: string, element: Element | null | undefined): boolean => {
    for (const marked of document.querySelectorAll(`[${attribute}]`)) marked.removeAttribute(attribute);
    if (!element) return false;
    element.setAttribute(attribute, '');
    return true;
  };
  const labelOf = (field: Element): string => {
    const labels = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? [...(field.labels ?? [])] : [];
    return normalized(labels[0]?.textContent) || nameOf(field) || 'first text field';
  };
  // Playwright's own label and role lookups walk the whole page in script, which takes seconds next to
  // 2,000 rows and would be measured as the app's long tasks; these use the browser's native queries.
  const markField = (label: FieldLabel): string | null => {
    const matches = (text: string): boolean => (typeof label === 'string' ? text === label : new RegExp(label.pattern).test(text));
    const byAriaLabel = typeof label === 'string' ? [...document.querySelectorAll(`[aria-label="${CSS.escape(label)}"]`)] : [];
    const byLabel = [...document.querySelectorAll('label')]
      .filter((element) => matches(normalized(element.textContent)))
      .map((element) => element.control);
    const fields = [...byAriaLabel, ...byLabel].filter(
      (element): element is Element => element !== null && element.matches(`${textFieldSelector}, [contenteditable="true"]`),
    );
    const field = fields.find((candidate) => drawn(candidate));
    return mark('data-bench-field', field) && field ? labelOf(field) : null;
  };
  const markButton = (text: string): boolean =>
    mark('data-bench-button', [...document.querySelectorAll('button')].find((button) => normalized(button.textContent) === text && drawn(button)));
  // Controls that act on the item rather than open it start with their verb ("Move SQL up", "Delete SQL").
  const notAnOpener = /^(delete|remove|move|drag|reorder|undo|up|down)\b/i;
  const firstItem = (): Element | null => document.querySelector('[data-bench-target]')?.querySelector(itemSelector) ?? null;
  const markFirstItemOpener = (): boolean => {
    const item = firstItem();
    if (!item) return false;
    const controls = [...item.querySelectorAll('button, [role="button"], a[href]')];
    const opener = controls.find(
      (control) => drawn(control) && !notAnOpener.test(normalized(control.getAttribute('aria-label') ?? control.textContent)),
    );
    return mark('data-bench-opener', opener ?? item);
  };
  const markEditField = (): string | null => {
    const panels = [...document.querySelectorAll('.side-panel, [role="dialog"]')].filter((panel) => drawn(panel));
    const container = panels.at(-1) ?? firstItem();
    const field = [...(container?.querySelectorAll(textFieldSelector) ?? [])].find((candidate) => drawn(candidate));
    return mark('data-bench-field', field) && field ? labelOf(field) : null;
  };
  const focusMarkedField = (): boolean => {
    const field = document.querySelector('[data-bench-field]');
    if (!(field instanceof HTMLElement)) return false;
    field.focus();
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.setSelectionRange(field.value.length, field.value.length);
    }
    return document.activeElement === field;
  };

  window.__waypointBench = {
    openedAt: () => openedAt,
    startFrames() {
      framesRunning = true;
      lastFrame = undefined;
      requestAnimationFrame(onFrame);
    },
    stopFrames() {
      framesRunning = false;
    },
    summary(from, to) {
      const tasks = within(longTasks, from, to);
      const slowestFrame = within(frames, from, to).sort((a, b) => b.duration - a.duration)[0];
      return {
        longestTask: longest(tasks),
        longTaskCount: tasks.length,
        maxKeyToFrame: longest(within(keyToFrame, from, to)),
        maxEventDuration: longest(within(events, from, to)),
        maxFrameGap: longest(within(frameGaps, from, to)),
        longestFrame: slowestFrame ? { duration: slowestFrame.duration, blocking: slowestFrame.blocking, script: slowestFrame.script } : null,
      };
    },
    markShownTarget,
    navigateAndTimeShow(hash, probe, timeoutMs) {
      const start = performance.now();
      window.location.hash = hash;
      return new Promise((resolve) => {
        const onShowFrame = (): void => {
          if (markShownTarget(probe)) {
            const inDom = performance.now() - start;
            setTimeout(() => resolve({ shown: performance.now() - start, inDom }));
          } else if (performance.now() - start > timeoutMs) {
            resolve(null);
          } else {
            requestAnimationFrame(onShowFrame);
          }
        };
        requestAnimationFrame(onShowFrame);
      });
    },
    markScroller() {
      for (const marked of document.querySelectorAll('[data-bench-scroller]')) marked.removeAttribute('data-bench-scroller');
      for (let element = document.querySelector('[data-bench-target]'); element; element = element.parentElement) {
        const overflow = getComputedStyle(element).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight) {
          element.setAttribute('data-bench-scroller', '');
          return { scrollHeight: element.scrollHeight, clientHeight: element.clientHeight };
        }
      }
      return null;
    },
    scrollPosition() {
      const scroller = document.querySelector('[data-bench-scroller]');
      if (!scroller) return null;
      return { top: scroller.scrollTop, atBottom: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 };
    },
    markField,
    markButton,
    markFirstItemOpener,
    markEditField,
    focusMarkedField,
  };
}
