/*
 * The native menu as plain data. Every item either has a standard role or sends a MenuCommand to
 * the renderer, which owns what the command does; menu.ts only hands this to Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './shared/contract';
import { sectionIds, sectionTitles } from './shared/workbook';

/** A menu item whose click needs no arguments, so tests can click it without Electron. */
export type MenuTemplateItem = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  click?: () => void;
  submenu?: MenuTemplateItem[];
};

export interface MenuTemplateInput {
  platform: NodeJS.Platform;
  /** Packaged builds have no DevTools item. */
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}

/** Sections 1–9 on CmdOrCtrl+1…9 and the tenth on CmdOrCtrl+0, like tabs in a browser. */
export function sectionAccelerator(index: number): string {
  return `CmdOrCtrl+${(index + 1) % 10}`;
}

const separator: MenuTemplateItem = { type: 'separator' };

export function buildMenuTemplate({ platform, isPackaged, send }: MenuTemplateInput): MenuTemplateItem[] {
  const isMac = platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuTemplateItem => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(menuCommand),
  });
  const settingsItem = command('Settings…', { kind: 'open-settings' }, 'CmdOrCtrl+,');

  // On macOS, About, Settings and Quit live in the app menu, and File ends with Close (Cmd+W).
  const appMenu: MenuTemplateItem = {
    label: 'Waypoint',
    submenu: [
      { role: 'about', label: 'About Waypoint' },
      separator,
      settingsItem,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuTemplateItem = {
    label: 'File',
    submenu: [
      command('New workbook', { kind: 'new-workbook' }, 'CmdOrCtrl+N'),
      separator,
      command('Import…', { kind: 'import-workbook' }, 'CmdOrCtrl+O'),
      command('Export workbook…', { kind: 'export-workbook' }, 'CmdOrCtrl+E'),
      command('Export PDF…', { kind: 'export-pdf' }, 'CmdOrCtrl+P'),
      separator,
      // Other formats
      command('Import JSON Resume…', { kind: 'import-json-resume' }),
      command('Export Markdown…', { kind: 'export-markdown', share: false }),
      command('Export Markdown to share…', { kind: 'export-markdown', share: true }),
      command('Export calendar (.ics)…', { kind: 'export-calendar' }),
      separator,
      command('Backups…', { kind: 'open-backups' }),
      ...(isMac ? [separator, { role: 'close' } as const] : [settingsItem, separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuTemplateItem = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      // No accelerator: CmdOrCtrl+Z must stay with the undo role so text fields keep their own
      // undo. The renderer maps CmdOrCtrl+Z to "undo delete" itself when focus is not in a text field.
      command('Undo delete', { kind: 'undo-delete' }),
      separator,
      command('Search the workbook…', { kind: 'open-search' }, 'CmdOrCtrl+K'),
    ],
  };

  const goToMenu: MenuTemplateItem = {
    label: 'Go to',
    submenu: sectionIds.map((section, index) =>
      command(sectionTitles[section], { kind: 'go-to-section', section }, sectionAccelerator(index)),
    ),
  };

  const viewMenu: MenuTemplateItem = {
    label: 'View',
    submenu: [
      command('Toggle sidebar', { kind: 'toggle-sidebar' }, 'CmdOrCtrl+\\'),
      goToMenu,
      separator,
      // resetZoom's default CmdOrCtrl+0 belongs to the tenth section, so it moves to Shift.
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [separator, { role: 'toggleDevTools' } as const]),
    ],
  };

  const windowMenu: MenuTemplateItem = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  // macOS shows About in the app menu; a Help menu with nothing else in it would be a placeholder.
  const helpMenu: MenuTemplateItem = {
    label: 'Help',
    submenu: [{ role: 'about', label: 'About Waypoint' }],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
