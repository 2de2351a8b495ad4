import { z } from './shared/zod';
import { themePreferences, type ThemePreference } from './shared/settings';
import type { AppInfo, HostArgs, HostMethod, HostResult } from './shared/contract';
import { backupReasons } from './shared/backups';
import type { WorkbookSnapshot } from './shared/workbook';
import type { BackupStore } from './services/backups/backup-store';

/** Electron's pieces, injected so this table runs in plain Node tests and in the e2e harness. */
export interface HostDependencies {
  appInfo: () => AppInfo;
  setThemeSource: (theme: ThemePreference) => void;
  /** Tells the window that the renderer has flushed pending edits for a close request. */
  closeReady: (requestId: string) => void;

  /** Backups: the store of backup files (services/backups) and opening a folder in the file manager. */
  backups: BackupStore;
  /** Electron's shell.openPath: resolves to '' when opened, else an error message. */
  openPath: (path: string) => Promise<string>;
}

const workbookIdArgument = z.string().min(1).max(64);

/** Arguments arrive as `unknown` from another process: each method declares how to check them. */
type ArgumentSchemas = { [M in HostMethod]: z.ZodType<HostArgs<M>> };

const argumentSchemas: ArgumentSchemas = {
  getAppInfo: z.tuple([]),
  setThemeSource: z.tuple([z.enum(themePreferences)]),
  closeReady: z.tuple([z.string().min(1).max(100)]),
  // The snapshot is validated whole by the backup store, which answers with a plain message instead of throwing.
  saveBackup: z.tuple([z.custom<WorkbookSnapshot>(), z.enum(backupReasons)]),
  automaticBackupDue: z.tuple([workbookIdArgument, z.iso.datetime({ offset: true })]),
  listBackups: z.tuple([workbookIdArgument]),
  listBackedUpWorkbooks: z.tuple([]),
  readBackup: z.tuple([workbookIdArgument, z.string().min(1).max(200)]),
  showBackupsFolder: z.tuple([workbookIdArgument]),
};

export type HandlerTable = {
  [M in HostMethod]: (args: readonly unknown[]) => Promise<HostResult<M>>;
};

export class InvalidArgumentsError extends Error {
  constructor(method: HostMethod, issues: string) {
    super(`Invalid arguments for ${method}: ${issues}`);
    this.name = 'InvalidArgumentsError';
  }
}

function checked<M extends HostMethod>(
  method: M,
  implementation: (...args: HostArgs<M>) => HostResult<M> | Promise<HostResult<M>>,
): (args: readonly unknown[]) => Promise<HostResult<M>> {
  const schema: ArgumentSchemas[M] = argumentSchemas[method];
  return async (args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new InvalidArgumentsError(method, z.prettifyError(parsed.error));
    return implementation(...parsed.data);
  };
}

export function createHandlers(deps: HostDependencies): HandlerTable {
  return {
    getAppInfo: checked('getAppInfo', () => deps.appInfo()),
    setThemeSource: checked('setThemeSource', (theme) => deps.setThemeSource(theme)),
    closeReady: checked('closeReady', (requestId) => deps.closeReady(requestId)),
    saveBackup: checked('saveBackup', (snapshot, reason) => deps.backups.save(snapshot, reason)),
    automaticBackupDue: checked('automaticBackupDue', (workbookId, changedAt) =>
      deps.backups.automaticDue(workbookId, changedAt),
    ),
    listBackups: checked('listBackups', (workbookId) => deps.backups.list(workbookId)),
    listBackedUpWorkbooks: checked('listBackedUpWorkbooks', () => deps.backups.listWorkbooks()),
    readBackup: checked('readBackup', (workbookId, fileName) => deps.backups.read(workbookId, fileName)),
    showBackupsFolder: checked('showBackupsFolder', (workbookId) => showBackupsFolder(deps, workbookId)),
  };
}

async function showBackupsFolder(deps: HostDependencies, workbookId: string): Promise<HostResult<'showBackupsFolder'>> {
  const problem = 'The backups folder could not be opened';
  try {
    const folder = await deps.backups.ensureFolder(workbookId);
    const failure = await deps.openPath(folder);
    return failure === '' ? { status: 'shown' } : { status: 'error', message: `${problem}: ${failure}` };
  } catch {
    return { status: 'error', message: `${problem}.` };
  }
}
