import { describe, expect, it, vi } from 'vitest';
import {
  buildMenuTemplate,
  sectionAccelerator,
  type MenuTemplateItem,
} from '../../../src-main/menu-template';
import type { MenuCommand } from '../../../src-main/shared/contract';
import { sectionIds, sectionTitles } from '../../../src-main/shared/workbook';

const platforms = ['darwin', 'win32', 'linux'] as const;

function build(platform: NodeJS.Platform, isPackaged = true) {
  const send = vi.fn<(command: MenuCommand) => void>();
  return { template: buildMenuTemplate({ platform, isPackaged, send }), send };
}

function allItems(items: readonly MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}

function findByLabel(items: readonly MenuTemplateItem[], label: string): MenuTemplateItem {
  const found = allItems(items).filter((item) => item.label === label);
  expect(found, `exactly one item labelled ${label}`).toHaveLength(1);
  return found[0] ?? {};
}

function topLevel(items: readonly MenuTemplateItem[], label: string): MenuTemplateItem[] {
  return items.find((item) => item.label === label)?.submenu ?? [];
}

function roles(items: readonly MenuTemplateItem[]): string[] {
  return allItems(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

describe.each(platforms)('menu on %s', (platform) => {
  it('goes to every section with CmdOrCtrl+1…9 and CmdOrCtrl+0', () => {
    const { template, send } = build(platform);
    const goTo = findByLabel(template, 'Go to').submenu ?? [];
    expect(goTo.map((item) => item.label)).toEqual(sectionIds.map((section) => sectionTitles[section]));
    sectionIds.forEach((section, index) => {
      const item = findByLabel(template, sectionTitles[section]);
      expect(item.accelerator).toBe(index === 9 ? 'CmdOrCtrl+0' : `CmdOrCtrl+${index + 1}`);
      item.click?.();
      expect(send).toHaveBeenLastCalledWith({ kind: 'go-to-section', section });
    });
    expect(send).toHaveBeenCalledTimes(sectionIds.length);
  });

  it('labels the ten sections in sidebar order', () => {
    expect(Object.values(sectionTitles)).toEqual([
      'Overview',
      'Vision',
      'Job or career?',
      'Skills',
      'Values',
      'People',
      'Paths',
      'Milestones',
      'Experience',
      'Reviews',
    ]);
  });

  it.each([
    ['New workbook', 'CmdOrCtrl+N', { kind: 'new-workbook' }],
    ['Settings…', 'CmdOrCtrl+,', { kind: 'open-settings' }],
    ['Backups…', undefined, { kind: 'open-backups' }],
    ['Toggle sidebar', 'CmdOrCtrl+\\', { kind: 'toggle-sidebar' }],
    ['Undo delete', undefined, { kind: 'undo-delete' }],
    ['Search the workbook…', 'CmdOrCtrl+K', { kind: 'open-search' }],
    ['Import…', 'CmdOrCtrl+O', { kind: 'import-workbook' }],
    ['Export workbook…', 'CmdOrCtrl+E', { kind: 'export-workbook' }],
    ['Export PDF…', 'CmdOrCtrl+P', { kind: 'export-pdf' }],
  ] as const)('%s has %s and sends its command', (label, accelerator, command) => {
    const { template, send } = build(platform);
    const item = findByLabel(template, label);
    expect(item.accelerator).toBe(accelerator);
    item.click?.();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('puts New workbook in the File menu', () => {
    const { template } = build(platform);
    expect(topLevel(template, 'File')[0]?.label).toBe('New workbook');
  });

  it('puts Import and Export workbook in the File menu', () => {
    const { template } = build(platform);
    const labels = topLevel(template, 'File').map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Import…', 'Export workbook…']));
  });

  it('groups the other formats after the workbook and PDF exports, between separators, each sending its command', () => {
    const { template, send } = build(platform);
    const file = topLevel(template, 'File');
    const start = file.findIndex((item) => item.label === 'Export PDF…') + 1;
    expect(file[start - 2]?.label).toBe('Export workbook…');
    expect(file[start]?.type).toBe('separator');
    const group = file.slice(start + 1, start + 5);
    expect(group.map((item) => item.label)).toEqual([
      'Import JSON Resume…',
      'Export Markdown…',
      'Export Markdown to share…',
      'Export calendar (.ics)…',
    ]);
    expect(file[start + 5]?.type).toBe('separator');
    for (const item of group) item.click?.();
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { kind: 'import-json-resume' },
      { kind: 'export-markdown', share: false },
      { kind: 'export-markdown', share: true },
      { kind: 'export-calendar' },
    ]);
  });

  it('offers the standard editing roles', () => {
    const { template } = build(platform);
    expect(roles(topLevel(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen in the View menu', () => {
    const { template } = build(platform);
    expect(roles(topLevel(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('shows DevTools only in development builds', () => {
    expect(roles(build(platform, true).template)).not.toContain('toggleDevTools');
    expect(roles(build(platform, false).template)).toContain('toggleDevTools');
  });

  it('gives every item a role, a click handler or a submenu', () => {
    for (const isPackaged of [true, false]) {
      for (const item of allItems(build(platform, isPackaged).template)) {
        if (item.type === 'separator') continue;
        const actions = [item.role !== undefined, item.click !== undefined, item.submenu !== undefined];
        expect(actions.filter(Boolean), JSON.stringify(item)).toHaveLength(1);
        if (item.submenu !== undefined) expect(item.submenu.length).toBeGreaterThan(0);
      }
    }
  });

  it('never binds one accelerator twice', () => {
    const { template } = build(platform, false);
    const accelerators = allItems(template).flatMap((item) => (item.accelerator === undefined ? [] : [item.accelerator]));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    // resetZoom's built-in CmdOrCtrl+0 would clash with the tenth section.
    expect(allItems(template).find((item) => item.role === 'resetZoom')?.accelerator).not.toBe('CmdOrCtrl+0');
  });

  it('has exactly one About, Quit and Settings', () => {
    const { template } = build(platform);
    expect(roles(template).filter((role) => role === 'about')).toHaveLength(1);
    expect(roles(template).filter((role) => role === 'quit')).toHaveLength(1);
    expect(allItems(template).find((item) => item.role === 'about')?.label).toBe('About Waypoint');
  });
});

describe('platform conventions', () => {
  it('on macOS starts with the app menu and closes the window from File', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.label)).toEqual(['Waypoint', 'File', 'Edit', 'View', 'Window']);
    expect(roles(topLevel(template, 'Waypoint'))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(topLevel(template, 'File'))).toEqual(['close']);
    expect(roles(topLevel(template, 'Window'))).toEqual(['minimize', 'zoom', 'front']);
  });

  it.each(['win32', 'linux'] as const)('on %s quits from File and has About in Help', (platform) => {
    const { template } = build(platform);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(topLevel(template, 'File'))).toEqual(['quit']);
    expect(roles(topLevel(template, 'Window'))).toEqual(['minimize', 'close']);
    expect(roles(topLevel(template, 'Help'))).toEqual(['about']);
  });
});

describe('sectionAccelerator', () => {
  it('wraps the tenth section to 0', () => {
    expect(sectionAccelerator(0)).toBe('CmdOrCtrl+1');
    expect(sectionAccelerator(8)).toBe('CmdOrCtrl+9');
    expect(sectionAccelerator(9)).toBe('CmdOrCtrl+0');
  });
});
