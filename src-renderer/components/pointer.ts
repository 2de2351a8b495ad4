/** How long after a form appears the rest of the double click that opened it may still arrive. */
const doubleClickWindow = 800;

/**
 * Attach to a form that replaces the button that opened it. The second click of a double click on
 * that button lands on whatever the form put under the pointer ("Done adding", "Add", the page): it
 * is not meant for them, and must not close the form or take focus from its first field.
 */
export function ignoreOpeningDoubleClick(): () => void {
  const swallow = (event: MouseEvent): void => {
    if (event.detail < 2) return;
    event.preventDefault();
    event.stopPropagation();
  };
  const kinds = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;
  for (const kind of kinds) window.addEventListener(kind, swallow, true);
  const stop = (): void => {
    for (const kind of kinds) window.removeEventListener(kind, swallow, true);
  };
  const timer = setTimeout(stop, doubleClickWindow);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
