import { expect, snap, test } from './harness/fixtures';

test('when a newer Waypoint upgrades the data, this window stops saving and says so, and will not open it again', async ({
  app,
}) => {
  await app.getByLabel('Title of your workbook').fill('Kept safe');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Kept safe' })).toBeVisible();

  // A newer Waypoint opens the same database with a higher schema version.
  const upgraded = await app.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('waypoint', 9_990);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  expect(upgraded).toBe(9_990);
  await expect(app.getByRole('alert')).toContainText('Waypoint was updated in another window');
  await snap(app, 'updated-in-another-window');

  await app.reload();
  await expect(app.getByRole('heading', { name: 'Waypoint could not open your workbooks' })).toBeVisible();
  await expect(app.getByRole('alert')).toContainText('saved by a newer version of Waypoint');
  await expect(app.getByRole('alert')).toContainText('your data has not been changed');
  await snap(app, 'newer-database-refused');
});
