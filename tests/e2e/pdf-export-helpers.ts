import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/* What the Export PDF… journeys share: the dialog, the notice and reading the file back with poppler. */

export const pdfDialog = (app: Page) => app.getByRole('dialog', { name: 'Export PDF' });
export const pdfNotice = (app: Page) => app.getByRole('status').filter({ hasText: /Saved the PDF of|The PDF was not/ });

/** The PDF's text with every run of white space made one space, so wrapped lines still match. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** pdfinfo's "Page size" line, e.g. `612 x 792 pts (letter)`. */
export function pdfPageSize(path: string): string {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? info;
}

export function startsLikeAPdf(path: string): boolean {
  return readFileSync(path).subarray(0, 5).toString('latin1') === '%PDF-';
}
