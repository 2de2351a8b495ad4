/*
 * The Markdown export as an HTML page with a print stylesheet, for Chromium's page.pdf(): what the
 * plan costs when a browser lays it out. Converts only what workbookToMarkdown writes: headings,
 * paragraphs, lists, pipe tables, bold and italics, and backslash escapes.
 */

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function inline(text: string): string {
  const escaped: string[] = [];
  const shielded = text.replace(/\\(.)/gu, (_, character: string) => `\uE000${escaped.push(character) - 1}\uE001`);
  return escape(shielded)
    .replace(/\*\*(.+?)\*\*/gu, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/gu, '<em>$1</em>')
    .replace(/\uE000(\d+)\uE001/gu, (_, index: string) => escape(escaped[Number(index)] ?? ''));
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split(/(?<!\\)\|/u).map((cell) => cell.trim());
}

function block(lines: string[]): string {
  const first = lines[0] ?? '';
  const heading = /^(#{1,6}) (.*)$/u.exec(first);
  if (heading && lines.length === 1) return `<h${heading[1]!.length}>${inline(heading[2] ?? '')}</h${heading[1]!.length}>`;
  if (lines.every((line) => line.startsWith('- ') || line.startsWith('  '))) {
    return `<ul>${lines.filter((line) => line.startsWith('- ')).map((line) => `<li>${inline(line.slice(2))}</li>`).join('')}</ul>`;
  }
  if (first.startsWith('|') && /^\|?[\s:|-]+\|?$/u.test(lines[1] ?? '')) {
    const head = cells(first).map((cell) => `<th>${inline(cell)}</th>`).join('');
    const body = lines.slice(2).map((line) => `<tr>${cells(line).map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }
  return `<p>${lines.map(inline).join('<br>')}</p>`;
}

export function markdownToHtml(markdown: string, title: string): string {
  const body = markdown
    .split(/\n\s*\n/u)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map(block)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  @page { size: A4; margin: 27mm 22mm 25mm; }
  body { font-family: 'Noto Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #1f2328; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #1d6a72; break-before: page; } h3 { font-size: 11pt; }
  h1, h2, h3 { break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; }
  thead { display: table-header-group; }
  th { text-align: left; color: #5b6470; border-bottom: 1px solid #1d6a72; }
  td, th { padding: 4pt 5pt; border-bottom: 0.5pt solid #d5dae0; vertical-align: top; }
  tr { break-inside: avoid; }
</style></head>
<body>
${body}
</body></html>`;
}
