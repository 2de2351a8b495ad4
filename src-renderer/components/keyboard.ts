/** True when a key press belongs to text editing (so app shortcuts must leave it alone). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) {
    const textual = ['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month'];
    return textual.includes(target.type) && !target.readOnly;
  }
  return target instanceof HTMLSelectElement;
}
