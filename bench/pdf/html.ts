/*
 * The plan's text as an HTML page with a print stylesheet, for Chromium's page.pdf(): paragraphs from
 * the text's blank-line breaks, the running header and page numbers left to @page, the same font.
 */

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function htmlOf(text: string, title: string): string {
  const paragraphs = text
    .split(/\n\s*\n|\f/u)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escape(block).replace(/\n/gu, ' ')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  @page { size: A4; margin: 22mm 22mm 25mm; }
  body { font-family: 'Noto Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #1f2328; }
  p { margin: 0 0 7pt; orphans: 2; widows: 2; }
</style></head>
<body>
${paragraphs}
</body></html>`;
}
