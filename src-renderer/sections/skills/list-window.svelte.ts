/**
 * Which rows of a long list to draw: the ones on screen and a block either side. The rest is empty
 * space of the same height, so the list scrolls like the full list while the page holds a few dozen
 * rows, whatever the count. Rows have one fixed height. Short lists are drawn whole.
 *
 * The drawn range moves in whole blocks of rows, so most scroll steps change nothing in the page
 * and only the browser scrolls; a block boundary swaps one block of rows.
 */
export class ListWindow {
  /** Scroll position relative to the list's top edge, and the height of the visible area. */
  #viewTop = $state(0);
  #viewHeight = $state(800);
  #scheduled = false;

  constructor(
    private readonly count: () => number,
    /** The one height of every row; it may change with the list's width (rows wrap when narrow). */
    private readonly rowHeightOf: () => number,
    private readonly block = 16,
    /** Lists up to this long are drawn whole (cheap, and find-in-page and Tab reach every row). */
    private readonly wholeUpTo = 120,
  ) {}

  get rowHeight(): number {
    return this.rowHeightOf();
  }

  // Numbers, not an object: a scroll step that keeps the range changes nothing downstream.
  readonly #end = $derived.by(() => {
    const count = this.count();
    if (count <= this.wholeUpTo) return count;
    const bottomRow = Math.ceil((this.#viewTop + this.#viewHeight) / this.rowHeight);
    return Math.min(count, (Math.ceil(bottomRow / this.block) + 1) * this.block);
  });
  readonly #first = $derived.by(() => {
    if (this.count() <= this.wholeUpTo) return 0;
    const topRow = Math.floor(this.#viewTop / this.rowHeight);
    return Math.max(0, Math.min((Math.floor(topRow / this.block) - 1) * this.block, this.#end));
  });

  get range(): { first: number; end: number } {
    return { first: this.#first, end: this.#end };
  }

  /** Space for the rows above and below the drawn ones. */
  get padding(): { top: number; bottom: number } {
    return { top: this.#first * this.rowHeight, bottom: Math.max(0, this.count() - this.#end) * this.rowHeight };
  }

  /** Attach to the list element: follows the scrolling of its nearest scrolling ancestor. */
  readonly attach = (list: HTMLElement): (() => void) => {
    const scroller = scrollingAncestor(list);
    const target: EventTarget = scroller ?? window;
    const measure = (): void => {
      this.#scheduled = false;
      const listTop = list.getBoundingClientRect().top;
      const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
      const viewHeight = scroller ? scroller.clientHeight : window.innerHeight;
      this.#viewTop = Math.max(0, viewTop - listTop);
      this.#viewHeight = viewHeight;
    };
    const schedule = (): void => {
      if (this.#scheduled) return;
      this.#scheduled = true;
      requestAnimationFrame(measure);
    };
    target.addEventListener('scroll', schedule, { passive: true });
    // Content above the list (a form opening) and the window's size move the visible part too.
    const resizes = new ResizeObserver(schedule);
    resizes.observe(list);
    if (list.parentElement) resizes.observe(list.parentElement);
    if (scroller) resizes.observe(scroller);
    measure();
    return () => {
      target.removeEventListener('scroll', schedule);
      resizes.disconnect();
    };
  };
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return parent;
  }
  return null;
}
