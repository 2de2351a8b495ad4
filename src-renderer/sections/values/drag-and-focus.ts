import { tick } from 'svelte';
import { pileForKey, type ValuePile } from '@shared/values';
import { cardInHand, rankingHeading, type ValuesState } from './values-state.svelte';

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
function hasShortcutModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/** The pile a key press on a card chooses; the press is taken when it chooses one. Null for other keys and shortcuts. */
export function pileKeyOf(event: KeyboardEvent): ValuePile | null {
  if (hasShortcutModifier(event)) return null;
  const pile = pileForKey(event.key);
  if (pile) event.preventDefault();
  return pile;
}

/**
 * Puts a card on a pile and keeps keyboard users where the work continues: a card that was placed
 * before is followed to its new pile; otherwise the ranking once no card is left, or (when asked) the
 * next card in hand.
 */
export function placeCard(values: ValuesState, valueId: string, pile: ValuePile, focusNextCard: boolean): void {
  const wasPlaced = values.current?.placements[valueId] !== undefined;
  values.place(valueId, pile);
  if (wasPlaced) focusAfterUpdate(byValueId('data-chip', valueId));
  else if (!values.inHand) focusAfterUpdate(rankingHeading);
  else if (focusNextCard) focusAfterUpdate(cardInHand);
}

/** A card dropped on a pile (or a pile button) is placed there. */
export function dropCard(event: DragEvent, values: ValuesState, pile: ValuePile): void {
  const id = droppedId(event, cardDragType);
  if (id) placeCard(values, id, pile, false);
}

/**
 * Moves focus to an element once the screen shows it: a card that moved to another pile (moving a
 * focused node in the DOM drops its focus), or the first card of a sort the database has just created.
 * `target` is a selector, or a function that finds the element (null while the screen is not there
 * yet). Gives up quietly after about a second.
 */
export function focusAfterUpdate(target: string | (() => HTMLElement | null), framesLeft = 60): void {
  void tick().then(() => {
    const element = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target();
    if (!element) {
      if (framesLeft > 0) requestAnimationFrame(() => focusAfterUpdate(target, framesLeft - 1));
      return;
    }
    const found = element;
    found.focus();
    found.scrollIntoView({ block: 'nearest' });
  });
}

export function byValueId(attribute: string, valueId: string): string {
  return `[${attribute}="${CSS.escape(valueId)}"]`;
}
