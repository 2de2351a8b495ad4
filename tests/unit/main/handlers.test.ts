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
  ] as const)('%s rejects %j without reaching the host', async (method, args) => {
    const { deps, handlers } = setup();
    const call = handlers[method](args);
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(call).rejects.toThrow(`Invalid arguments for ${method}`);
    expectNoDependencyCalled(deps);
  });

  it('passes errors of the host through', async () => {
    const { deps, handlers } = setup();
    deps.appInfo.mockImplementation(() => {
      throw new Error('userData is not available');
    });
    await expect(handlers.getAppInfo([])).rejects.toThrow('userData is not available');
  });
});
