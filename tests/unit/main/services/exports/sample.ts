import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readWorkbookBytes } from '../../../../../src-main/shared/workbook-file-read';
import { entityCollections, type WorkbookSnapshot } from '../../../../../src-main/shared/workbook';

export const projectRoot = resolve(import.meta.dirname, '../../../../..');

/** The bundled sample, read as any workbook file is. */
export function readSample(): WorkbookSnapshot {
  const bytes = new Uint8Array(readFileSync(resolve(projectRoot, 'resources/samples/maya-okafor.waypoint')));
  const result = readWorkbookBytes(bytes);
  if (result.status !== 'ok') throw new Error(result.message);
  return result.snapshot;
}

export const stamp = '2026-01-05T09:00:00.000Z';

/** A workbook with a title and nothing else. */
export function emptySnapshot(title = 'Empty plan'): WorkbookSnapshot {
  const lists = Object.fromEntries(entityCollections.map((name) => [name, []]));
  return {
    workbook: { id: 'wb-empty', title, owner: { name: '', headline: '' }, createdAt: stamp, updatedAt: stamp },
    vision: null,
    ...lists,
  } as unknown as WorkbookSnapshot;
}
