/*
 * Writing Markdown from text the person typed: every character that Markdown would read as markup is
 * escaped, so a skill called "# *urgent* [draft]" or a note with a | in it prints as typed and cannot
 * turn into a heading, a link or a broken table.
 */

/** Characters that start or end inline markup anywhere in a line (CommonMark and GitHub's tables). */
const inlineMarkup = /[\\`*_[\]<>|~&#!]/g;

function escapeInline(line: string): string {
  return line.replace(inlineMarkup, (character) => `\\${character}`);
}

/** What would start a block (list, quote, heading underline, numbered item) at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of plain text: line breaks become spaces, markup is escaped. */
export function inline(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * Text of several lines as paragraphs: each line escaped (also at its start, and without the leading
 * spaces that would make it code), blank lines kept as paragraph breaks, runs of them made one.
 */
export function paragraphs(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === '') {
      if ((blocks.at(-1) ?? []).length > 0) blocks.push([]);
    } else blocks.at(-1)?.push(escapeLineStart(escapeInline(line)));
  }
  // A hard break (backslash at the end) keeps the person's line breaks inside a paragraph.
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\\\n'))
    .join('\n\n');
}

/** A table cell: on one line, with its line breaks shown as <br> (the only break a table cell can hold). */
export function cell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInline(line.trim()))
    .filter((line) => line !== '')
    .join('<br>');
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${inline(text)}`;
}

/** A GitHub table; cells are given already escaped (see `cell`). */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((text) => text || ' ').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A bulleted list; items are given already escaped. Items of several lines are indented under their bullet. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n');
}

/** "**Label:** text" for a field, or null when the text is blank (a shared export never shows an empty label). */
export function field(label: string, text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  return `**${label}:** ${inline(text)}`;
}

/** A labelled field whose text may hold paragraphs: under a bold label, or null when blank. */
export function longField(label: string, text: string): string | null {
  if (text.trim() === '') return null;
  return `**${label}**\n\n${paragraphs(text)}`;
}

/** Blocks joined by blank lines, leaving out the ones that are missing. */
export function blocks(...parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}

/** A section: the heading and its blocks, or null when there is nothing under it. */
export function section(level: number, title: string, ...parts: ReadonlyArray<string | null | undefined | false>): string | null {
  const body = blocks(...parts);
  return body === '' ? null : `${heading(level, title)}\n\n${body}`;
}
