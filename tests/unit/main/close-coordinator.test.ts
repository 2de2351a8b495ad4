import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseCoordinator, defaultCloseTimeoutMs } from '../../../src-main/close-coordinator';

function setup(options: { timeoutMs?: number } = {}) {
  const send = vi.fn<(request: { requestId: string }) => void>();
  const forceClose = vi.fn<() => void>();
  let nextId = 0;
  const coordinator = new CloseCoordinator({
    send,
    forceClose,
    createRequestId: () => `close-${++nextId}`,
    ...options,
  });
  return { coordinator, send, forceClose };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('CloseCoordinator', () => {
  it('holds the first close back and asks the renderer to flush', () => {
    const { coordinator, send, forceClose } = setup();
    expect(coordinator.requestClose()).toBe(false);
    expect(send).toHaveBeenCalledExactlyOnceWith({ requestId: 'close-1' });
    expect(forceClose).not.toHaveBeenCalled();
  });

  it('closes once the renderer reports the flush, and then allows the close', () => {
    const { coordinator, forceClose } = setup();
    coordinator.requestClose();
    coordinator.closeReady('close-1');
    expect(forceClose).toHaveBeenCalledOnce();
    expect(coordinator.requestClose()).toBe(true);
  });

  it('closes after the timeout when the renderer never answers', () => {
    const { coordinator, forceClose } = setup();
    coordinator.requestClose();
    vi.advanceTimersByTime(defaultCloseTimeoutMs - 1);
    expect(forceClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(forceClose).toHaveBeenCalledOnce();
    expect(coordinator.requestClose()).toBe(true);
  });

  it('waits 3 seconds by default and honours a custom timeout', () => {
    expect(defaultCloseTimeoutMs).toBe(3_000);
    const { coordinator, forceClose } = setup({ timeoutMs: 500 });
    coordinator.requestClose();
    vi.advanceTimersByTime(500);
    expect(forceClose).toHaveBeenCalledOnce();
  });

  it('closes only once when the answer and the timeout both arrive', () => {
    const { coordinator, forceClose } = setup();
    coordinator.requestClose();
    coordinator.closeReady('close-1');
    coordinator.closeReady('close-1');
    vi.advanceTimersByTime(10_000);
    expect(forceClose).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores answers to other requests', () => {
    const { coordinator, forceClose } = setup();
    coordinator.closeReady('close-1');
    coordinator.requestClose();
    coordinator.closeReady('close-0');
    coordinator.closeReady('something else');
    expect(forceClose).not.toHaveBeenCalled();
    expect(coordinator.requestClose()).toBe(false);
  });

  it('does not ask again while a flush is under way', () => {
    const { coordinator, send } = setup();
    expect(coordinator.requestClose()).toBe(false);
    expect(coordinator.requestClose()).toBe(false);
    expect(send).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('allows the close at once when the renderer cannot be reached', () => {
    const { coordinator, send, forceClose } = setup();
    send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(coordinator.requestClose()).toBe(true);
    expect(forceClose).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops its timer when disposed', () => {
    const { coordinator, forceClose } = setup();
    coordinator.requestClose();
    coordinator.dispose();
    vi.advanceTimersByTime(10_000);
    expect(forceClose).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses injected timers', () => {
    const scheduled: Array<{ callback: () => void; delayMs: number }> = [];
    const handle = setTimeout(() => undefined, 0);
    const forceClose = vi.fn<() => void>();
    const clearTimer = vi.fn<(timer: ReturnType<typeof setTimeout>) => void>();
    const coordinator = new CloseCoordinator({
      send: () => undefined,
      forceClose,
      timeoutMs: 1234,
      timers: {
        setTimeout: (callback, delayMs) => {
          scheduled.push({ callback, delayMs });
          return handle;
        },
        clearTimeout: clearTimer,
      },
    });
    coordinator.requestClose();
    expect(scheduled.map((entry) => entry.delayMs)).toEqual([1234]);
    scheduled[0]?.callback();
    expect(forceClose).toHaveBeenCalledOnce();
    expect(clearTimer).toHaveBeenCalledWith(handle);
  });

  it('makes a fresh request id by default', () => {
    const send = vi.fn<(request: { requestId: string }) => void>();
    const first = new CloseCoordinator({ send, forceClose: () => undefined });
    const second = new CloseCoordinator({ send, forceClose: () => undefined });
    first.requestClose();
    second.requestClose();
    const [firstId, secondId] = send.mock.calls.map(([request]) => request.requestId);
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
    expect(secondId).not.toBe(firstId);
  });
});
