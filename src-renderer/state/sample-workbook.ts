/// <reference types="vite/client" />
/*
 * The bundled sample workbook (resources/samples/), read as a workbook file. The state imports this
 * module lazily, so the sample's text is its own chunk, fetched only when someone opens the sample.
 */
import { readWorkbookFile } from '@shared/workbook-file';
import sampleText from '../../resources/samples/maya-okafor.waypoint?raw';

export type SampleReading = { ok: true; snapshot: unknown } | { ok: false; problem: string };

/** The sample's snapshot, still to be validated by the restore; or what is wrong with the file. */
export function readSampleWorkbook(): SampleReading {
  const reading = readWorkbookFile(sampleText);
  return reading.ok ? { ok: true, snapshot: reading.envelope.workbook } : reading;
}
