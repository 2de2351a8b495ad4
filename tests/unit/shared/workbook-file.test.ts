import { describe, expect, test } from 'vitest';
import { readWorkbookFile } from '@shared/workbook-file';

const envelope = { format: 'waypoint-workbook', version: 1, exportedAt: '2026-11-30T10:00:00.000Z', app: { name: 'Waypoint', version: '0.1.0' } };

describe('reading a workbook file', () => {
  test('hands over the snapshot of a version 1 file, unread', () => {
    const workbook = { anything: ['left', 'for', 'the restore'] };
    expect(readWorkbookFile(JSON.stringify({ ...envelope, workbook }))).toEqual({ ok: true, envelope: { ...envelope, workbook } });
  });

  test('says what is wrong with text that is not a workbook file', () => {
    expect(readWorkbookFile('{ not json')).toEqual({ ok: false, problem: 'it is not a Waypoint workbook file (it is not valid JSON)' });
    expect(readWorkbookFile(JSON.stringify({ basics: {} }))).toEqual({ ok: false, problem: 'it is not a Waypoint workbook file' });
    expect(readWorkbookFile(JSON.stringify({ ...envelope, exportedAt: 'yesterday', workbook: {} }))).toEqual({
      ok: false,
      problem: 'its exportedAt is not valid',
    });
  });

  test('refuses a file from a newer version of Waypoint, saying so', () => {
    expect(readWorkbookFile(JSON.stringify({ ...envelope, version: 2, workbook: {} }))).toEqual({
      ok: false,
      problem: 'it was written by a newer Waypoint (file version 2; this one reads version 1)',
    });
  });
});
