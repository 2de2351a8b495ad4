import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { workbookSnapshotSchema } from '../../../src-main/shared/workbook';
import { workbookFileJsonSchemaText } from '../../../src-main/shared/workbook-file-schema';

const schemaPath = resolve(import.meta.dirname, '../../../resources/waypoint-workbook.schema.json');
const committed = readFileSync(schemaPath, 'utf8');

describe('the published JSON Schema of workbook files', () => {
  test('is what the model generates now', () => {
    expect(
      committed === workbookFileJsonSchemaText(),
      'resources/waypoint-workbook.schema.json is out of step with the model: run `npm run write-file-schema` and commit it',
    ).toBe(true);
  });

  test('describes the envelope and every section of a workbook', () => {
    const schema = JSON.parse(committed) as {
      required: string[];
      properties: { format: { const: string }; workbook: { required: string[] } };
    };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'app', 'workbook']);
    expect(schema.properties.format.const).toBe('waypoint-workbook');
    expect(schema.properties.workbook.required).toEqual(Object.keys(workbookSnapshotSchema.shape));
  });
});
