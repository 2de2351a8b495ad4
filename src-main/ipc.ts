import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { createHandlers, type HostDependencies } from './handlers';
import { methodChannels, type HostMethod } from './shared/contract';
import { isTrustedSenderUrl } from './window-policy';

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the message did not come from the app's own page`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Only the main frame of one of our windows, showing our own page, may call the host: not an
 * iframe, not DevTools, not a page that somehow navigated elsewhere.
 */
function assertTrustedSender(event: IpcMainInvokeEvent, channel: string, devServerUrl: string | undefined): void {
  const frame = event.senderFrame;
  const isOurWindow = BrowserWindow.fromWebContents(event.sender) !== null;
  const isMainFrame =
    frame !== null &&
    !frame.detached &&
    frame.parent === null &&
    frame.frameToken === event.sender.mainFrame.frameToken;
  if (!isOurWindow || !isMainFrame || !isTrustedSenderUrl(frame.url, devServerUrl)) {
    throw new UntrustedSenderError(channel);
  }
}

export function registerIpcHandlers(deps: HostDependencies, devServerUrl: string | undefined): void {
  const handlers = createHandlers(deps);
  const register = <M extends HostMethod>(method: M) => {
    const channel = methodChannels[method];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, channel, devServerUrl);
      return handlers[method](args);
    });
  };
  for (const method of Object.keys(methodChannels) as HostMethod[]) register(method);
}
