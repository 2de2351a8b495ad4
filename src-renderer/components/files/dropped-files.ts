/** Whether a drag carries files from outside the page (not text or a dragged element of the app). */
export function hasDroppedFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** A dropped `.json` file is read as a JSON Resume; every other file as a workbook file. */
export function isResumeFile(file: File): boolean {
  return file.name.toLowerCase().endsWith('.json');
}
