import { expect, test } from './harness/fixtures';
import { achievement, addExperience, expectSaved, openEntry, startWorkbook } from './experience-helpers';
import { holdStore } from './page-storage';

test('closing the window while an achievement is being written waits until it is stored', async ({ app, host }) => {
  await startWorkbook(app, 'Closing while writing');
  const role = await addExperience(app, { title: 'Data analyst', organisation: 'Northwind Freight', start: '2021-04' });
  await role.getByRole('button', { name: 'Add achievement' }).click();
  await expect(achievement(role, 1)).toBeFocused();
  await expectSaved(app);

  // A slow disk: the write that the pause in typing starts cannot finish until the hold is released.
  const release = await holdStore(app, 'experiences');
  await app.keyboard.type('Halved the month-end close');
  // Longer than the pause after which typing is written, so the write has started on its own.
  await app.waitForTimeout(1_500);
  await expect(app.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible();

  await host.emit('flushRequest', { requestId: 'close-1' });
  // The window may not close while the write is still on its way to the disk.
  await app.waitForTimeout(1_000);
  expect(host.calls.closeReady).toEqual([]);

  await release();
  await expect.poll(() => host.calls.closeReady).toEqual([['close-1']]);
  await app.reload();
  const reopened = await openEntry(app, 'Data analyst');
  await expect(achievement(reopened, 1)).toHaveValue('Halved the month-end close');
});

test('a reload straight after typing keeps the last keystrokes, even when the disk is too slow to store them first', async ({
  app,
}) => {
  await app.getByLabel('Title of your workbook').fill('Reload test');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByLabel('Your name').pressSequentially('Lena Okafor');
  await app.waitForTimeout(100);
  // The write started as the page goes away cannot finish before the page is gone.
  await holdStore(app, 'workbooks');
  await app.reload();
  await expect(app.getByLabel('Your name')).toHaveValue('Lena Okafor');
  // Stored, not only shown: it is there after another reload too.
  await expectSaved(app);
  await app.reload();
  await expect(app.getByLabel('Your name')).toHaveValue('Lena Okafor');
});
