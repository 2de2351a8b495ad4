/// <reference types="vite/client" />
/*
 * The bundled sample workbook (resources/samples/), read as a workbook file. The state imports this
 * module lazily, so the sample's text is its own chunk, fetched only when someone opens the sample.
 */
import { readWorkbookBytes } from '@shared/workbook-file-read';
import sampleText from '../../resources/samples/maya-okafor.waypoint?raw';

export type SampleReading = { ok: true; snapshot: unknown } | { ok: false; problem: string };

/** The sample's snapshot, read by the same reader as any workbook file; or what is wrong with the file. */
export function readSampleWorkbook(): SampleReading {
  const result = readWorkbookBytes(new TextEncoder().encode(sampleText));
  return result.status === 'ok' ? { ok: true, snapshot: result.snapshot } : { ok: false, problem: result.message };
}
