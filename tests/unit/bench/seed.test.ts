import { expect, test } from 'vitest';
import { snapshotRows } from '../../../bench/ui/seed';
import { buildSnapshot, restoreSnapshot } from '../../../src-renderer/db/snapshot';
import { dumpDatabase, expectSaved, setUp } from '../db/helpers';
import { seedLinkedWorkbook } from '../db/seed';

test('the benchmark seeds every table with exactly the rows a restore of the same snapshot stores', async () => {
  const source = setUp('bench-source');
  const { workbook } = await seedLinkedWorkbook(source.repositories);
  const snapshot = await buildSnapshot(source.db, workbook.id);

  const restored = setUp('bench-restored');
  expectSaved(await restoreSnapshot(restored.db, snapshot));
  const { settings: _settings, ...stored } = await dumpDatabase(restored.db);
  const { settings, ...seeded } = snapshotRows(snapshot);

  expect(seeded).toEqual(stored);
  expect(settings).toEqual([{ key: 'lastWorkbookId', value: workbook.id }]);
});
