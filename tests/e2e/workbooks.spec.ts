import { expect, expectAccessible, snap, test } from './harness/fixtures';
import { createWorkbook, expectSaved, heading, openSwitcher, switchTo } from './workbook-helpers';

test('a first workbook is created, renamed, kept across a reload, joined by a second, switched, deleted and restored', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
  await snap(app, 'welcome');
  await expectAccessible(app, 'welcome');

  await app.getByLabel('Title of your workbook').fill('Career plan 2027');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await expect(heading(app, 'Career plan 2027')).toBeVisible();

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Rename' }).click();
  await app.getByLabel('New title').fill('Plan for 2030');
  await app.getByLabel('New title').press('Enter');
  await expect(heading(app, 'Plan for 2030')).toBeVisible();

  await app.getByLabel('Your name').fill('Maya Okafor');
  await app.getByLabel('Headline').fill('Data analyst, curious about product work');
  await app.getByLabel('Headline').blur();
  await expectSaved(app);
  await snap(app, 'overview-filled');
  await expectAccessible(app, 'overview');

  await app.reload();
  await expect(heading(app, 'Plan for 2030')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Maya Okafor');
  await expect(app.getByLabel('Headline')).toHaveValue('Data analyst, curious about product work');

  await createWorkbook(app, 'Coaching: Sam Lee');
  await expect(app.getByLabel('Your name')).toHaveValue('');
  await openSwitcher(app);
  await expect(app.getByRole('list', { name: 'Your workbooks' }).getByRole('listitem')).toHaveCount(2);
  await snap(app, 'switcher-two-workbooks');
  await expectAccessible(app, 'workbook switcher');
  await app.keyboard.press('Escape');

  await switchTo(app, 'Plan for 2030');
  await expect(app.getByLabel('Your name')).toHaveValue('Maya Okafor');
  await switchTo(app, 'Coaching: Sam Lee');

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Deleted the workbook “Coaching: Sam Lee”.')).toBeVisible();
  await expect(heading(app, 'Plan for 2030')).toBeVisible();
  await snap(app, 'deleted-with-undo');
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(heading(app, 'Coaching: Sam Lee')).toBeVisible();
  await expect(app.getByText('Restored the workbook “Coaching: Sam Lee”.')).toBeVisible();

  await app.reload();
  await expect(heading(app, 'Coaching: Sam Lee')).toBeVisible();
  await openSwitcher(app);
  await expect(app.getByRole('list', { name: 'Your workbooks' }).getByRole('listitem')).toHaveCount(2);
});

test('Ctrl+Z brings back a deleted workbook with everything in it, but not while typing in a field', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill('Plan A');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByLabel('Your name').fill('Jonas Berg');
  await app.getByLabel('Your name').blur();
  await expectSaved(app);
  await createWorkbook(app, 'Plan B');

  await switchTo(app, 'Plan A');
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(heading(app, 'Plan B')).toBeVisible();

  // In a text field, Ctrl+Z belongs to the field.
  await app.getByLabel('Your name').fill('typing');
  await app.getByLabel('Your name').press('Control+z');
  await openSwitcher(app);
  await expect(app.getByRole('list', { name: 'Your workbooks' }).getByRole('listitem')).toHaveCount(1);
  await app.keyboard.press('Escape');

  await app.getByRole('heading', { level: 1 }).click();
  await app.keyboard.press('Control+z');
  await expect(heading(app, 'Plan A')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Jonas Berg');
});

test('a workbook can be duplicated, and an empty title is refused with a message', async ({ app }) => {
  await app.getByLabel('Title of your workbook').fill('Original');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByLabel('Your name').fill('Ana Ruiz');
  await app.getByLabel('Your name').blur();
  await expectSaved(app);

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Duplicate' }).click();
  await expect(heading(app, 'Original (copy)')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Ana Ruiz');

  await openSwitcher(app);
  await app.getByRole('button', { name: 'Rename' }).click();
  await app.getByLabel('New title').fill('   ');
  await app.getByRole('button', { name: 'Rename' }).click();
  await expect(app.getByRole('alert')).toHaveText('Give the workbook a title.');
  await expect(app.getByLabel('New title')).toHaveAttribute('aria-invalid', 'true');
  await snap(app, 'empty-title-refused');
  await app.keyboard.press('Escape');
  await expect(heading(app, 'Original (copy)')).toBeVisible();
});

test('an edit typed just before the window closes is written before the host is told it may close', async ({
  app,
  host,
}) => {
  await app.getByLabel('Title of your workbook').fill('Closing test');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByLabel('Your name').pressSequentially('Lena');

  const reached = await host.emit('flushRequest', { requestId: 'close-1' });
  expect(reached).toBe(1);
  await expect.poll(() => host.calls.closeReady).toEqual([['close-1']]);

  await app.reload();
  await expect(app.getByLabel('Your name')).toHaveValue('Lena');
});

test('when the disk is full, the edit is kept in the field, nothing is stored, and a clear message says so', async ({
  app,
}) => {
  await app.getByLabel('Title of your workbook').fill('Full disk');
  await app.getByRole('button', { name: 'Create workbook' }).click();
  await app.getByLabel('Your name').fill('Before');
  await app.getByLabel('Your name').blur();
  await expectSaved(app);

  // IndexedDB reports a full disk by failing the write with QuotaExceededError.
  await app.evaluate(() => {
    const realPut = IDBObjectStore.prototype.put;
    Object.assign(window, { restorePut: () => (IDBObjectStore.prototype.put = realPut) });
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await app.getByLabel('Your name').fill('After');
  await app.getByLabel('Your name').blur();
  await expect(app.getByText(/^Not saved: .*disk is full/)).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByLabel('Your name')).toHaveValue('After');
  await snap(app, 'disk-full');

  await app.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await app.getByLabel('Your name').fill('After space was freed');
  await app.getByLabel('Your name').blur();
  await expectSaved(app);
  await app.reload();
  await expect(app.getByLabel('Your name')).toHaveValue('After space was freed');
});
