import { describe, expect, it } from 'vitest';
import { defaultPaperFor } from '../../../src-main/shared/pdf-export';
import { pdfFileName, withPdfExtension } from '../../../src-main/services/files/pdf-export';

describe('PDF export names and paper', () => {
  it.each([
    ['en-US', 'letter'],
    ['en-CA', 'letter'],
    ['fr-CA', 'letter'],
    ['en-GB', 'a4'],
    ['de', 'a4'],
    ['zh-Hant-TW', 'a4'],
  ] as const)('suggests the paper used in %s: %s', (locale, paper) => {
    expect(defaultPaperFor(locale)).toBe(paper);
  });

  it('names the file after the workbook, safe on every file system', () => {
    expect(pdfFileName('Plan: 2027/2028')).toBe('Plan 2027 2028.pdf');
    expect(pdfFileName('...')).toBe('Workbook.pdf');
    expect(withPdfExtension('/home/ada/plan')).toBe('/home/ada/plan.pdf');
    expect(withPdfExtension('/home/ada/plan.PDF')).toBe('/home/ada/plan.PDF');
  });
});
