import { entityCollections } from './collections';
import type { WorkbookSnapshot } from './workbook';
import { workbookFileFormat, workbookFileVersion, type WorkbookFileEnvelope } from './workbook-file';

/*
 * Writing a `.waypoint` file: the envelope around the snapshot as UTF-8 JSON text. The envelope's keys
 * come in a fixed order and the snapshot's sections in registry order (the snapshot schema's), so the
 * same workbook always gives the same text; entities keep the key order the model gives them.
 */

export type WorkbookFileStamp = Pick<WorkbookFileEnvelope, 'exportedAt' | 'app'>;

export function writeWorkbookFile(snapshot: WorkbookSnapshot, stamp: WorkbookFileStamp): string {
  const { workbook, vision, ...lists } = snapshot;
  const envelope = {
    format: workbookFileFormat,
    version: workbookFileVersion,
    exportedAt: stamp.exportedAt,
    app: { name: stamp.app.name, version: stamp.app.version },
    workbook: { workbook, vision, ...orderedLists(lists) },
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

type Lists = Omit<WorkbookSnapshot, 'workbook' | 'vision'>;

function orderedLists(lists: Lists): Lists {
  return Object.fromEntries(entityCollections.map((name) => [name, lists[name]])) as Lists;
}
