import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src-main/shared/workbook-file-read';
import { expect, expectAccessible, snap, test } from './harness/fixtures';
import {
  backupFiles,
  backupList,
  createFirstWorkbook,
  letTheWorkbookRest,
  openBackupsFromSwitcher,
  openWithClock,
  setOwnerName,
} from './backups-helpers';
import { heading, openSwitcher } from './workbook-helpers';

test.describe.configure({ timeout: 90_000 });

const hour = 60 * 60 * 1000;

test('changes are backed up once the workbook rests, at most once an hour; a backup restores as a new workbook and in place', async ({
  page,
  appServer,
  host,
}) => {
  const app = await openWithClock(page, appServer);
  await createFirstWorkbook(app, 'Plan for 2030');
  await setOwnerName(app, 'Maya Okafor');
  expect(await backupFiles(host.dataFolder)).toEqual({});

  await letTheWorkbookRest(app);
  await expect.poll(async () => Object.values(await backupFiles(host.dataFolder)).flat()).toHaveLength(1);
  const [workbookId] = Object.keys(await backupFiles(host.dataFolder));
  if (workbookId === undefined) throw new Error('no backup folder');

  await openBackupsFromSwitcher(app);
  const entries = backupList(app).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Automatic');
  await expect(entries.first()).toContainText('“Plan for 2030”');
  await snap(app, 'one-automatic-backup');
  await expectAccessible(app, 'backups list');

  // More changes within the hour: no second automatic backup.
  await app.getByRole('link', { name: 'Overview' }).click();
  await setOwnerName(app, 'Maya O.');
  await letTheWorkbookRest(app);
  await app.waitForTimeout(500);
  expect((await backupFiles(host.dataFolder))[workbookId]).toHaveLength(1);

  // Once the hour is up, the change waiting since then is backed up without another edit.
  host.clock.advance(hour + 60_000);
  await app.clock.runFor(hour);
  await expect.poll(async () => (await backupFiles(host.dataFolder))[workbookId]).toHaveLength(2);

  // Restore the first backup as a new workbook: the earlier name is back, in a workbook of its own.
  await openBackupsFromSwitcher(app);
  await expect(entries).toHaveCount(2);
  await entries.last().getByRole('button', { name: 'Restore as a new workbook' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Restored as a new workbook, “Plan for 2030 (2)”' })).toBeVisible();
  await snap(app, 'restored-as-new');
  await app.getByRole('link', { name: 'Overview' }).click();
  await expect(heading(app, 'Plan for 2030 (2)')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Maya Okafor');

  // Restore it in place of the original, which holds "Maya O." now: confirm first, keyboard only.
  await openSwitcher(app);
  await app.getByRole('list', { name: 'Your workbooks' }).getByRole('button', { name: 'Plan for 2030 Maya O.' }).click();
  await expect(heading(app, 'Plan for 2030')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Maya O.');
  await openBackupsFromSwitcher(app);
  const oldest = entries.last();
  await oldest.getByRole('button', { name: 'Restore replacing this workbook' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Replace with this backup' })).toBeFocused();
  await expect(oldest).toContainText('Replace everything in “Plan for 2030” with this backup?');
  await snap(app, 'confirm-replace');
  await expectAccessible(app, 'confirming a restore');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Restored.' })).toBeFocused();
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText('Before restoring');
  await snap(app, 'restored-in-place');

  const files = (await backupFiles(host.dataFolder))[workbookId] ?? [];
  expect(files.map((name) => name.replace(/^.*Z-/, ''))).toEqual(['automatic.waypoint', 'automatic.waypoint', 'before-restore.waypoint']);
  // The backup before restoring holds what the workbook held then.
  const beforeRestore = readWorkbookBytes(await readFile(join(host.dataFolder, 'backups', workbookId, files[2]!)));
  expect(beforeRestore.status === 'ok' && beforeRestore.snapshot.workbook.owner.name).toBe('Maya O.');

  await app.getByRole('link', { name: 'Overview' }).click();
  await expect(heading(app, 'Plan for 2030')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Maya Okafor');
  await app.reload();
  await expect(app.getByLabel('Your name')).toHaveValue('Maya Okafor');
});

test('deleting a workbook leaves a backup of it, before deleting', async ({ page, appServer, host }) => {
  const app = await openWithClock(page, appServer);
  await createFirstWorkbook(app, 'Coaching: Sam Lee');
  await setOwnerName(app, 'Sam Lee');
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Deleted the workbook “Coaching: Sam Lee”.')).toBeVisible();

  const folders = await backupFiles(host.dataFolder);
  const [names] = Object.values(folders);
  expect(names).toHaveLength(1);
  expect(names?.[0]).toMatch(/-before-delete\.waypoint$/);
  const [workbookId] = Object.keys(folders);
  const reading = readWorkbookBytes(await readFile(join(host.dataFolder, 'backups', workbookId!, names![0]!)));
  expect(reading.status === 'ok' && reading.snapshot.workbook.owner.name).toBe('Sam Lee');

  // Long after the undo is gone, the Backups view still finds it and brings it back.
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
  await app.getByRole('link', { name: 'see the backup' }).click();
  await expect(heading(app, 'Backups')).toBeVisible();
  const deleted = app.getByRole('region', { name: 'Workbooks no longer in Waypoint' });
  await expect(deleted.getByRole('listitem')).toHaveCount(1);
  await expect(deleted).toContainText('(before deleting)');
  await snap(app, 'deleted-workbook-listed');
  await expectAccessible(app, 'backups of a deleted workbook');
  await deleted.getByRole('button', { name: 'Restore “Coaching: Sam Lee”' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Restored as a new workbook, “Coaching: Sam Lee”' })).toBeFocused();
  // It came back as itself, so its backups are its own again and it is no longer listed as gone.
  await expect(deleted).toBeHidden();
  await app.getByRole('link', { name: 'Overview' }).click();
  await expect(heading(app, 'Coaching: Sam Lee')).toBeVisible();
  await expect(app.getByLabel('Your name')).toHaveValue('Sam Lee');
});

test('when the backup before deleting cannot be saved, nothing is deleted until the person says so', async ({ page, appServer, host }) => {
  const app = await openWithClock(page, appServer);
  await createFirstWorkbook(app, 'Plan A');
  // A file where the backups folder should be: no backup can be written.
  await writeFile(join(host.dataFolder, 'backups'), 'not a folder');
  await openSwitcher(app);
  await app.getByRole('button', { name: 'Delete' }).click();
  const question = app.getByRole('alert').filter({ hasText: 'Delete it without a backup?' });
  await expect(question).toContainText('The backup could not be saved: the backups folder could not be written to. The workbook was not deleted.');
  await expect(app.getByRole('button', { name: 'Delete without a backup' })).toBeFocused();
  await snap(app, 'delete-without-backup');
  await expectAccessible(app, 'deleting without a backup');
  await app.getByRole('button', { name: 'Keep it' }).click();
  await expect(question).toBeHidden();
  await expect(heading(app, 'Plan A')).toBeVisible();

  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.getByRole('button', { name: 'Delete without a backup' }).click();
  await expect(app.getByText('Deleted the workbook “Plan A”.')).toBeVisible();
});

test('an empty list explains when backups are made; a damaged file is listed as unreadable; the page reflows at 200 % zoom', async ({
  page,
  appServer,
  host,
}) => {
  const app = await openWithClock(page, appServer);
  await createFirstWorkbook(app, 'Plan B');
  await app.getByRole('link', { name: 'Settings' }).click();
  await app.getByRole('link', { name: 'See the backups of the open workbook' }).click();
  await expect(heading(app, 'Backups')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'No backups of this workbook yet' })).toBeVisible();
  await expect(app.getByText('at most one an hour')).toBeVisible();
  await snap(app, 'no-backups-yet');

  await app.getByRole('button', { name: 'Show backups folder' }).click();
  await expect.poll(() => host.calls.openPath.length).toBe(1);
  const [folder] = host.calls.openPath[0] ?? [];
  expect(folder).toMatch(/host-data-folder[/\\]backups[/\\][A-Za-z0-9_-]+$/);

  // A backup cut off part-way, as a copy interrupted by a full disk would be.
  await writeFile(join(folder!, '2026-11-29T10-00-00.000Z-automatic.waypoint'), '{"format": "waypoint-workbook", "version": 1, "workb');
  await setOwnerNameFromOverview(app);
  await letTheWorkbookRest(app);
  await host.emit('menuCommand', { kind: 'open-backups' });
  const entries = backupList(app).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.last()).toContainText('This backup cannot be read.');
  await expect(entries.last()).toContainText('cut off');
  await expect(entries.last().getByRole('button')).toHaveCount(0);

  await app.setViewportSize({ width: 640, height: 400 });
  const overflow = await app.evaluate(() => {
    const main = document.querySelector('main');
    const scroller = document.scrollingElement ?? document.documentElement;
    return { page: scroller.scrollWidth - scroller.clientWidth, main: main ? main.scrollWidth - main.clientWidth : 0 };
  });
  expect(overflow).toEqual({ page: 0, main: 0 });
  await snap(app, 'backups-at-200-percent');
  await expectAccessible(app, 'backups at 200 % zoom');

  await app.setViewportSize({ width: 1280, height: 800 });
  await app.emulateMedia({ colorScheme: 'dark' });
  // Buttons fade their background between themes: let the fade end before looking.
  await app.waitForTimeout(400);
  await snap(app, 'backups-dark');
  await expectAccessible(app, 'backups in the dark theme');

  async function setOwnerNameFromOverview(page: typeof app): Promise<void> {
    await page.getByRole('link', { name: 'Overview' }).click();
    await setOwnerName(page, 'Someone');
  }
});
