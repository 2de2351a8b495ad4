/*
 * Edits persist as they are made, but a few may still be debounced in the renderer when the user
 * closes the window. So the first close is held back while the renderer flushes; the window closes
 * when the renderer says it is done, or after a timeout if it never answers (hung or crashed).
 */

export interface CloseTimers {
  setTimeout(callback: () => void, delayMs: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
}

export interface CloseCoordinatorOptions {
  /** Delivers the flush request to the renderer (eventChannels.flushRequest). */
  send: (request: { requestId: string }) => void;
  /** Closes the window for real; the close that follows is allowed by requestClose(). */
  forceClose: () => void;
  timeoutMs?: number;
  timers?: CloseTimers;
  createRequestId?: () => string;
}

export const defaultCloseTimeoutMs = 3_000;

type CloseState =
  | { phase: 'open' }
  | { phase: 'flushing'; requestId: string; timer: ReturnType<typeof setTimeout> }
  | { phase: 'closing' };

export class CloseCoordinator {
  private state: CloseState = { phase: 'open' };
  private readonly send: CloseCoordinatorOptions['send'];
  private readonly forceClose: CloseCoordinatorOptions['forceClose'];
  private readonly timeoutMs: number;
  private readonly timers: CloseTimers;
  private readonly createRequestId: () => string;

  constructor(options: CloseCoordinatorOptions) {
    this.send = options.send;
    this.forceClose = options.forceClose;
    this.timeoutMs = options.timeoutMs ?? defaultCloseTimeoutMs;
    // Looked up at call time, so fake timers installed after construction still apply.
    this.timers = options.timers ?? {
      setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
      clearTimeout: (handle) => clearTimeout(handle),
    };
    this.createRequestId = options.createRequestId ?? (() => globalThis.crypto.randomUUID());
  }

  /** Call from the window's 'close' event: false means "prevent this close, we will close later". */
  requestClose(): boolean {
    switch (this.state.phase) {
      case 'closing':
        return true;
      case 'flushing':
        return false;
      case 'open': {
        const requestId = this.createRequestId();
        try {
          this.send({ requestId });
        } catch {
          // The renderer is gone, so there is nothing left to flush.
          this.state = { phase: 'closing' };
          return true;
        }
        const timer = this.timers.setTimeout(() => this.finish(), this.timeoutMs);
        this.state = { phase: 'flushing', requestId, timer };
        return false;
      }
    }
  }

  /** The renderer has flushed for `requestId`; answers to earlier requests are ignored. */
  closeReady(requestId: string): void {
    if (this.state.phase === 'flushing' && this.state.requestId === requestId) this.finish();
  }

  /** Stops the timer when the window goes away by other means. */
  dispose(): void {
    if (this.state.phase === 'flushing') this.timers.clearTimeout(this.state.timer);
    this.state = { phase: 'closing' };
  }

  private finish(): void {
    if (this.state.phase !== 'flushing') return;
    this.timers.clearTimeout(this.state.timer);
    this.state = { phase: 'closing' };
    this.forceClose();
  }
}
