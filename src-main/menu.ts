import { app, BrowserWindow, Menu } from 'electron';
import { buildMenuTemplate } from './menu-template';
import { eventChannels } from './shared/contract';

/**
 * Installs the native menu. Commands go to the focused window; when none is focused (a macOS menu
 * used while the window is in the background) they go to `fallbackWindow`, if there is one.
 */
export function installApplicationMenu(fallbackWindow: () => BrowserWindow | undefined): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    send: (command) => {
      const target = BrowserWindow.getFocusedWindow() ?? fallbackWindow();
      target?.webContents.send(eventChannels.menuCommand, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
