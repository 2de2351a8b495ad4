/** Whether a drag carries files from outside the page (not text or a dragged element of the app). */
export function hasDroppedFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}
