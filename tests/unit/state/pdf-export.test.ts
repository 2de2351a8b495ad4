import { afterEach, describe, expect, it, vi } from 'vitest';
import { methodChannels } from '@shared/contract';
import type { PdfExportResult } from '@shared/pdf-export';
import { sectionIds } from '@shared/workbook';
import { createTestApp, useLiveQueries, type TestApp } from './harness';
import { hostAnswers, hostCalls } from './stub-browser';

useLiveQueries();

let current: TestApp | undefined;
afterEach(() => {
  current?.dispose();
  hostAnswers.clear();
  hostCalls.length = 0;
});

async function open(): Promise<TestApp> {
  const app = await createTestApp('My plan');
  current = app;
  // The open workbook arrives through a live query; an export asked for before it says none is open.
  await vi.waitFor(() => expect(app.app.workbooks.current?.title).toBe('My plan'));
  hostCalls.length = 0;
  return app;
}

const choices = { paper: 'letter', sections: ['skills', 'people'], share: true } as const;

describe('PdfExport', () => {
  it('starts on A4 with every section for an en-GB app, and sends the chosen options with the settings', async () => {
    const { app } = await open();
    expect(app.pdf.choices).toEqual({ paper: 'a4', sections: [...sectionIds], share: false });
    hostAnswers.set(methodChannels.exportPlanPdf, () => ({ status: 'saved', path: '/home/ada/My plan.pdf', pages: 1 }));
    app.pdf.open();
    expect(app.pdf.stage).toBe('options');
    await app.pdf.export({ ...choices, sections: [...choices.sections] });
    const [call] = hostCalls.filter((entry) => entry.channel === methodChannels.exportPlanPdf);
    expect(call?.args[1]).toEqual({ ...choices, locale: 'en-GB', currency: 'EUR' });
    expect(app.pdf.stage).toBe('closed');
    expect(app.pdf.notice).toEqual({ tone: 'done', text: 'Saved the PDF of “My plan” (1 page) to /home/ada/My plan.pdf', path: '/home/ada/My plan.pdf' });
    expect(app.pdf.choices, 'kept for the next export').toEqual(choices);
  });

  it('a cancelled export says nothing; a refused one says why', async () => {
    const { app } = await open();
    let answer: PdfExportResult = { status: 'cancelled' };
    hostAnswers.set(methodChannels.exportPlanPdf, () => answer);
    app.pdf.open();
    await app.pdf.export({ ...choices, sections: [...choices.sections] });
    expect(app.pdf.notice).toBeNull();
    answer = { status: 'failed', message: 'The PDF was not saved. The disk is full, so the file could not be saved.' };
    app.pdf.open();
    await app.pdf.export({ ...choices, sections: [...choices.sections] });
    expect(app.pdf.notice).toEqual({ tone: 'problem', text: answer.message });
  });

  it('Cancel while exporting asks main to stop once', async () => {
    const { app } = await open();
    let finish: (result: PdfExportResult) => void = () => undefined;
    hostAnswers.set(methodChannels.exportPlanPdf, () => new Promise((resolve) => (finish = resolve)));
    hostAnswers.set(methodChannels.cancelPlanPdf, () => undefined);
    app.pdf.open();
    const exporting = app.pdf.export({ ...choices, sections: [...choices.sections] });
    await expect.poll(() => hostCalls.some((entry) => entry.channel === methodChannels.exportPlanPdf)).toBe(true);
    app.pdf.open();
    expect(app.pdf.stage, 'a second request while one runs keeps the progress in view').toBe('exporting');
    await app.pdf.cancel();
    await app.pdf.cancel();
    expect(hostCalls.filter((entry) => entry.channel === methodChannels.cancelPlanPdf)).toHaveLength(1);
    finish({ status: 'cancelled' });
    await exporting;
    expect(app.pdf.stage).toBe('closed');
    expect(app.pdf.notice).toBeNull();
  });
});
