/**
 * Mouse reordering of a list by native drag and drop, handled once on the list element. Rows are
 * elements with `data-skill-id`; marks go straight onto the DOM (a `dragging` class on the row in hand
 * and `data-drop="before|after"` on the row under the pointer), because a reactive mark would make every
 * row re-check itself on each dragover.
 */
export class RowDrag {
  #dragged: HTMLElement | null = null;
  #dropRow: HTMLElement | null = null;

  constructor(private readonly ondrop: (movingId: string, targetId: string, after: boolean) => void) {}

  readonly start = (event: DragEvent): void => {
    this.#dragged = rowOf(event.target);
    if (!this.#dragged || !event.dataTransfer) return;
    event.dataTransfer.setData('text/plain', this.#dragged.dataset.skillId ?? '');
    event.dataTransfer.effectAllowed = 'move';
    this.#dragged.classList.add('dragging');
  };

  readonly over = (event: DragEvent): void => {
    const row = rowOf(event.target);
    if (!this.#dragged || !row) return;
    event.preventDefault();
    const box = row.getBoundingClientRect();
    if (this.#dropRow !== row) this.#clearDrop();
    this.#dropRow = row;
    row.setAttribute('data-drop', event.clientY > box.top + box.height / 2 ? 'after' : 'before');
  };

  readonly drop = (event: DragEvent): void => {
    event.preventDefault();
    const movingId = this.#dragged?.dataset.skillId;
    const targetId = this.#dropRow?.dataset.skillId;
    const after = this.#dropRow?.getAttribute('data-drop') === 'after';
    this.end();
    if (movingId && targetId && movingId !== targetId) this.ondrop(movingId, targetId, after);
  };

  readonly end = (): void => {
    this.#dragged?.classList.remove('dragging');
    this.#dragged = null;
    this.#clearDrop();
  };

  #clearDrop(): void {
    this.#dropRow?.removeAttribute('data-drop');
    this.#dropRow = null;
  }
}

/** The list row an event happened in. */
export function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-skill-id]') : null;
}

/** The row control (`data-control`) an event happened on: 'name', 'up' or 'down'. */
export function controlOf(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('[data-control]')?.dataset.control : undefined;
}
