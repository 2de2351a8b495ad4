/**
 * Which rows of a long list to draw, for rows of any height: the ones on screen and some distance
 * either side. The rest is empty space (padding on the list) of the height those rows have, or are
 * estimated to have until they have been drawn once, so the list scrolls like the full list while the
 * page holds a few dozen rows whatever the count. Short lists are drawn whole (cheap, and
 * find-in-page and Tab reach every row).
 *
 * Usage: `new ListWindow(() => keys, () => estimate)`; draw `range.first … range.end`, put `padding` on the
 * list, attach `attach` to the list and `row` to every drawn row (with `data-window-key` set to its key).
 */
export class ListWindow {
  /** Scroll position relative to the list's top edge, and the height of the visible area. */
  #viewTop = $state(0);
  #viewHeight = $state(800);
  #scheduled = false;
  /** Measured heights by row key; `#measured` changes whenever one does (one signal, not one per row). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #heights = new Map<string, number>();
  #measured = $state(0);
  #remeasure = false;
  readonly #rows: ResizeObserver | null;

  constructor(
    private readonly keys: () => readonly string[],
    /** Height of a row not drawn yet, in pixels (it may follow the list's width). */
    private readonly estimateOf: () => number,
    private readonly options: {
      /** Pixels drawn beyond each edge of the visible area. */
      overscan?: number;
      /** Lists up to this long are drawn whole. */
      wholeUpTo?: number;
    } = {},
  ) {
    this.#rows =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.#onRowsResized(entries));
  }

  /** Where each row starts, from the top of the list; one more entry than rows (the total height). */
  readonly #offsets = $derived.by(() => {
    void this.#measured;
    const keys = this.keys();
    const estimate = this.estimateOf();
    const offsets = new Float64Array(keys.length + 1);
    for (let index = 0; index < keys.length; index += 1) {
      offsets[index + 1] = (offsets[index] ?? 0) + (this.#heights.get(keys[index] ?? '') ?? estimate);
    }
    return offsets;
  });

  readonly #whole = $derived.by(() => this.keys().length <= (this.options.wholeUpTo ?? 60));

  // The drawn range moves in steps of half the overscan, so most scroll frames change nothing in the page.
  readonly #step = $derived.by(() => (this.options.overscan ?? 1_000) / 2);
  readonly #first = $derived.by(() => {
    if (this.#whole) return 0;
    const overscan = this.options.overscan ?? 1_000;
    const top = Math.floor(this.#viewTop / this.#step) * this.#step - overscan;
    return Math.max(0, rowAt(this.#offsets, top));
  });
  readonly #end = $derived.by(() => {
    const count = this.keys().length;
    if (this.#whole) return count;
    const overscan = this.options.overscan ?? 1_000;
    const bottom = Math.ceil((this.#viewTop + this.#viewHeight) / this.#step) * this.#step + overscan;
    return Math.min(count, rowAt(this.#offsets, bottom) + 1);
  });

  get range(): { first: number; end: number } {
    return { first: this.#first, end: this.#end };
  }

  /** Space for the rows above and below the drawn ones. */
  get padding(): { top: number; bottom: number } {
    const offsets = this.#offsets;
    const total = offsets[offsets.length - 1] ?? 0;
    return { top: offsets[this.#first] ?? 0, bottom: Math.max(0, total - (offsets[this.#end] ?? total)) };
  }

  /** Attach to every drawn row (with `data-window-key`): its height is measured once drawn and whenever it changes. */
  readonly row = (element: HTMLElement): (() => void) => {
    this.#rows?.observe(element);
    return () => this.#rows?.unobserve(element);
  };

  /** Attach to the list element: follows the scrolling of its nearest scrolling ancestor. */
  readonly attach = (list: HTMLElement): (() => void) => {
    const scroller = scrollingAncestor(list);
    const target: EventTarget = scroller ?? window;
    const measure = (): void => {
      this.#scheduled = false;
      const listTop = list.getBoundingClientRect().top;
      const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
      this.#viewTop = Math.max(0, viewTop - listTop);
      this.#viewHeight = scroller ? scroller.clientHeight : window.innerHeight;
    };
    const schedule = (): void => {
      if (this.#scheduled) return;
      this.#scheduled = true;
      requestAnimationFrame(measure);
    };
    target.addEventListener('scroll', schedule, { passive: true });
    // Content above the list (a form opening) and the window's size move the visible part too.
    const resizes = new ResizeObserver(schedule);
    if (list.parentElement) resizes.observe(list.parentElement);
    if (scroller) resizes.observe(scroller);
    measure();
    return () => {
      target.removeEventListener('scroll', schedule);
      resizes.disconnect();
    };
  };

  #onRowsResized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      const key = element.dataset.windowKey;
      // A row being removed reports 0; keep what it measured while it was shown.
      const height = entry.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
      if (key === undefined || height === 0) continue;
      if (Math.abs((this.#heights.get(key) ?? this.estimateOf()) - height) < 0.5) {
        this.#heights.set(key, height);
        continue;
      }
      this.#heights.set(key, height);
      changed = true;
    }
    // One update for all the rows measured in this frame.
    if (changed && !this.#remeasure) {
      this.#remeasure = true;
      queueMicrotask(() => {
        this.#remeasure = false;
        this.#measured += 1;
      });
    }
  }
}

/** The row at `y` pixels from the top of the list (the last row for a `y` past the end). */
function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  if (high < 0) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return parent;
  }
  return null;
}
