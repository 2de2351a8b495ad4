import { expect, vi } from 'vitest';
import { createHandlers, type HostDependencies } from '../../../src-main/handlers';
import type { AppInfo } from '../../../src-main/shared/contract';

export const appInfo: AppInfo = { name: 'Waypoint', version: '0.1.0', platform: 'linux', dataFolder: '/home/ada/.config/Waypoint' };

export function setup() {
  const deps = {
    appInfo: vi.fn<HostDependencies['appInfo']>(() => appInfo),
    setThemeSource: vi.fn<HostDependencies['setThemeSource']>(),
    closeReady: vi.fn<HostDependencies['closeReady']>(),
    chooseWorkbookSavePath: vi.fn<HostDependencies['chooseWorkbookSavePath']>(() => Promise.resolve(null)),
    chooseWorkbookOpenPath: vi.fn<HostDependencies['chooseWorkbookOpenPath']>(() => Promise.resolve(null)),
    takeOpenedFilePaths: vi.fn<HostDependencies['takeOpenedFilePaths']>(() => []),
    now: vi.fn<HostDependencies['now']>(() => new Date('2026-11-30T08:00:00.000Z')),
  } satisfies HostDependencies;
  return { deps, handlers: createHandlers(deps) };
}

export function expectNoDependencyCalled(deps: ReturnType<typeof setup>['deps']): void {
  for (const dependency of Object.values(deps)) expect(dependency).not.toHaveBeenCalled();
}

