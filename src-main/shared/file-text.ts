/*
 * Byte checks every file Waypoint reads goes through (workbook files, JSON Resume): is it text, and is
 * JSON that does not parse merely cut off. Each reader words the outcome for its own kind of file.
 */

/** The text of the bytes as UTF-8, or null when they are binary (a zero byte, or not UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Text cut off inside a character is still text: read it as far as it goes, so it reads as cut off.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    } catch {
      return null;
    }
  }
}

/**
 * Whether text that does not parse is JSON cut off part-way: it opens an object or list and every
 * bracket it closes matches, but it ends inside a string or with brackets still open.
 */
export function endsPartWay(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const character of start) {
    if (inString) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{' || character === '[') open.push(character);
    else if (character === '}' || character === ']') {
      if (open.pop() !== (character === '}' ? '{' : '[')) return false;
      if (open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
