/** How long to wait for a restored or new item to be drawn before settling for the page heading. */
const patience = 1_500;

function focusHeadingIfFallen(): void {
  const active = document.activeElement;
  if (active === null || active === document.body) document.getElementById('page-title')?.focus();
}

/**
 * Moves focus to the element `selector` names as soon as it is on screen (a live query may draw it a
 * few frames after the write); failing that, to the page heading when focus has fallen to the page body.
 */
export function focusWhenShown(selector: string | undefined, deadline = performance.now() + patience): void {
  const target = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (target) {
    target.focus();
    return;
  }
  if (selector && performance.now() < deadline) {
    requestAnimationFrame(() => focusWhenShown(selector, deadline));
    return;
  }
  focusHeadingIfFallen();
}

/** Gives a page a moment to focus what it opens; focus still on the page body then goes to its heading. */
export function focusHeadingIfLost(): void {
  setTimeout(focusHeadingIfFallen, patience);
}
