import { z } from './zod';
import { workbookSnapshotSchema } from './workbook';
import { workbookFileEnvelopeSchema, workbookFileVersion } from './workbook-file';

/*
 * The published JSON Schema of a `.waypoint` file (resources/waypoint-workbook.schema.json), generated
 * from the zod model so it cannot drift from what Waypoint reads. `node scripts/write-file-schema.js`
 * rewrites the file; tests/unit/resources/workbook-file-schema.test.ts fails while it is out of step.
 *
 * JSON Schema cannot say everything the model checks: the refinements (real calendar dates, years
 * 1900–2200, visible text in names, an experience's end not before its start, a done date only on a done
 * milestone) are left out, and the trimming of text is a transform. So the schema describes the input
 * Waypoint accepts (io: 'input'), and anything it cannot express is left open (unrepresentable: 'any')
 * rather than failing the generation. A file that passes it can still be refused, by path, on those rules.
 */

export function workbookFileJsonSchema(): Record<string, unknown> {
  const file = workbookFileEnvelopeSchema.extend({ workbook: workbookSnapshotSchema });
  const generated = z.toJSONSchema(file, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Waypoint workbook file',
    description: `A workbook exported by Waypoint, file format version ${workbookFileVersion}: the envelope and the whole workbook.`,
    ...rest,
  };
}

/** The schema file's text: two-space JSON with a final newline, so a rewrite with no change leaves no diff. */
export function workbookFileJsonSchemaText(): string {
  return `${JSON.stringify(workbookFileJsonSchema(), null, 2)}\n`;
}
