import { tick } from 'svelte';

/*
 * Native drag and drop carries the value's id under our own types, so a drag from elsewhere (a file,
 * some text) is never taken for a card. During dragover only the types can be read, not the data.
 */
export const cardDragType = 'application/x-waypoint-value';
export const rankDragType = 'application/x-waypoint-core-value';

export function startDrag(event: DragEvent, type: string, valueId: string, name: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(type, valueId);
  event.dataTransfer.setData('text/plain', name);
  event.dataTransfer.effectAllowed = 'move';
}

export function carries(event: DragEvent, type: string): boolean {
  return event.dataTransfer?.types.includes(type) ?? false;
}

/** Accepts the drag over a drop target when it carries `type`; returns whether it does. */
export function acceptDrag(event: DragEvent, type: string): boolean {
  if (!carries(event, type)) return false;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  return true;
}

export function droppedId(event: DragEvent, type: string): string | null {
  const id = event.dataTransfer?.getData(type) ?? '';
  if (id === '') return null;
  event.preventDefault();
  return id;
}

/** A key press with Ctrl, Cmd or Alt belongs to a shortcut, not to a pile. */
export function hasShortcutModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/**
 * Moves focus to an element once the screen shows it: a card that moved to another pile (moving a
 * focused node in the DOM drops its focus), or the first card of a sort the database has just created.
 * Gives up quietly after about a second.
 */
export function focusAfterUpdate(selector: string, framesLeft = 60): void {
  void tick().then(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) {
      if (framesLeft > 0) requestAnimationFrame(() => focusAfterUpdate(selector, framesLeft - 1));
      return;
    }
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });
}

export function byValueId(attribute: string, valueId: string): string {
  return `[${attribute}="${CSS.escape(valueId)}"]`;
}
