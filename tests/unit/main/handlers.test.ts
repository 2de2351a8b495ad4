import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../src-main/handlers';
import { methodChannels } from '../../../src-main/shared/contract';
import { appInfo, expectNoDependencyCalled, setup } from './handler-setup';

describe('createHandlers', () => {
  it('has a handler for every method of the contract and nothing else', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methodChannels).sort());
    for (const handler of Object.values(handlers)) expect(handler).toBeTypeOf('function');
  });

  it('getAppInfo returns what the host reports', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.getAppInfo([])).resolves.toEqual(appInfo);
    expect(deps.appInfo).toHaveBeenCalledOnce();
  });

  it.each(['system', 'light', 'dark'] as const)('setThemeSource passes %s on', async (theme) => {
    const { deps, handlers } = setup();
    await expect(handlers.setThemeSource([theme])).resolves.toBeUndefined();
    expect(deps.setThemeSource).toHaveBeenCalledExactlyOnceWith(theme);
  });

  it('closeReady passes the request id on', async () => {
    const { deps, handlers } = setup();
    await handlers.closeReady(['3f0c6d1e-8a4b-4c2d-9e1f-0a1b2c3d4e5f']);
    expect(deps.closeReady).toHaveBeenCalledExactlyOnceWith('3f0c6d1e-8a4b-4c2d-9e1f-0a1b2c3d4e5f');
  });

  it.each([
    ['getAppInfo', ['unexpected']],
    ['setThemeSource', []],
    ['setThemeSource', ['sepia']],
    ['setThemeSource', [1]],
    ['setThemeSource', [{ theme: 'dark' }]],
    ['setThemeSource', ['dark', 'extra']],
    ['closeReady', []],
    ['closeReady', ['']],
    ['closeReady', [42]],
    ['closeReady', [null]],
    ['closeReady', ['x'.repeat(101)]],
    ['saveBackup', [{}]],
    ['saveBackup', [{}, 'whenever']],
    ['saveBackup', [{}, 'automatic', 'extra']],
    ['automaticBackupDue', []],
    ['automaticBackupDue', ['', '2026-11-30T10:00:00.000Z']],
    ['automaticBackupDue', ['w1', 'yesterday']],
    ['listBackups', [7]],
    ['listBackups', ['x'.repeat(65)]],
    ['listBackedUpWorkbooks', ['w1']],
    ['readBackup', ['workbook-1']],
    ['readBackup', ['workbook-1', '']],
    ['showBackupsFolder', [null]],
  ] as const)('%s rejects %j without reaching the host', async (method, args) => {
    const { deps, handlers } = setup();
    const call = handlers[method](args);
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(call).rejects.toThrow(`Invalid arguments for ${method}`);
    expectNoDependencyCalled(deps);
  });

  it('hands backup calls to the backup store', async () => {
    const { deps, handlers } = setup();
    const snapshot = { workbook: { id: 'w1' } };
    await handlers.saveBackup([snapshot, 'before-delete']);
    expect(deps.backups.save).toHaveBeenCalledExactlyOnceWith(snapshot, 'before-delete');
    await expect(handlers.automaticBackupDue(['w1', '2026-11-30T10:00:00.000Z'])).resolves.toEqual({ due: true });
    await expect(handlers.listBackups(['w1'])).resolves.toEqual({ status: 'ok', backups: [] });
    await expect(handlers.listBackedUpWorkbooks([])).resolves.toEqual({ status: 'ok', workbooks: [] });
    await handlers.readBackup(['w1', '2026-11-30T10-00-00.000Z-automatic.waypoint']);
    expect(deps.backups.read).toHaveBeenCalledExactlyOnceWith('w1', '2026-11-30T10-00-00.000Z-automatic.waypoint');
  });

  it('opens the workbook’s backups folder, and says so in plain words when it cannot', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.showBackupsFolder(['w1'])).resolves.toEqual({ status: 'shown' });
    expect(deps.openPath).toHaveBeenCalledExactlyOnceWith('/data/backups/w1');
    deps.openPath.mockResolvedValueOnce('No application is registered to open folders');
    await expect(handlers.showBackupsFolder(['w1'])).resolves.toEqual({
      status: 'error',
      message: 'The backups folder could not be opened: No application is registered to open folders',
    });
    deps.backups.ensureFolder.mockRejectedValueOnce(new Error('EACCES'));
    await expect(handlers.showBackupsFolder(['w1'])).resolves.toEqual({
      status: 'error',
      message: 'The backups folder could not be opened.',
    });
  });

  it('passes errors of the host through', async () => {
    const { deps, handlers } = setup();
    deps.appInfo.mockImplementation(() => {
      throw new Error('userData is not available');
    });
    await expect(handlers.getAppInfo([])).rejects.toThrow('userData is not available');
  });
});
