import { expect, vi } from 'vitest';
import { createHandlers, type HostDependencies } from '../../../src-main/handlers';
import type { AppInfo } from '../../../src-main/shared/contract';
import type { BackupStore } from '../../../src-main/services/backups/backup-store';
import { writeFileAtomic } from '../../../src-main/services/atomic-write';

export const appInfo: AppInfo = { name: 'Waypoint', version: '0.1.0', platform: 'linux', dataFolder: '/home/ada/.config/Waypoint' };

export function setup() {
  const deps = {
    appInfo: vi.fn<HostDependencies['appInfo']>(() => appInfo),
    setThemeSource: vi.fn<HostDependencies['setThemeSource']>(),
    closeReady: vi.fn<HostDependencies['closeReady']>(),
    chooseWorkbookSavePath: vi.fn<HostDependencies['chooseWorkbookSavePath']>(() => Promise.resolve(null)),
    chooseWorkbookOpenPath: vi.fn<HostDependencies['chooseWorkbookOpenPath']>(() => Promise.resolve(null)),
    takeOpenedFilePaths: vi.fn<HostDependencies['takeOpenedFilePaths']>(() => []),
    chooseFormatSavePath: vi.fn<HostDependencies['chooseFormatSavePath']>(() => Promise.resolve(null)),
    chooseJsonResumeOpenPath: vi.fn<HostDependencies['chooseJsonResumeOpenPath']>(() => Promise.resolve(null)),
    now: vi.fn<HostDependencies['now']>(() => new Date('2026-11-30T08:00:00.000Z')),
    backups: {
      save: vi.fn<BackupStore['save']>(async () => ({ status: 'error', message: 'not in this test' })),
      automaticDue: vi.fn<BackupStore['automaticDue']>(async () => ({ due: true })),
      list: vi.fn<BackupStore['list']>(async () => ({ status: 'ok', backups: [] })),
      listWorkbooks: vi.fn<BackupStore['listWorkbooks']>(async () => ({ status: 'ok', workbooks: [] })),
      read: vi.fn<BackupStore['read']>(async () => ({ status: 'refused', message: 'There is no such backup.' })),
      ensureFolder: vi.fn<BackupStore['ensureFolder']>(async (workbookId) => `/data/backups/${workbookId}`),
    },
    openPath: vi.fn<HostDependencies['openPath']>(async () => ''),
    choosePdfSavePath: vi.fn<HostDependencies['choosePdfSavePath']>(() => Promise.resolve(null)),
    writePdfFile: vi.fn<HostDependencies['writePdfFile']>((path, bytes) => writeFileAtomic(path, bytes)),
    showItemInFolder: vi.fn<HostDependencies['showItemInFolder']>(),
    sendToRenderer: vi.fn<HostDependencies['sendToRenderer']>(),
  } satisfies HostDependencies;
  return { deps, handlers: createHandlers(deps) };
}

export function expectNoDependencyCalled(deps: ReturnType<typeof setup>['deps']): void {
  const { backups, ...functions } = deps;
  for (const dependency of [...Object.values(functions), ...Object.values(backups)]) expect(dependency).not.toHaveBeenCalled();
}

