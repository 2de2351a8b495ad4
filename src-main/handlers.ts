import { z } from './shared/zod';
import { themePreferences, type ThemePreference } from './shared/settings';
import type { AppInfo, HostArgs, HostMethod, HostResult } from './shared/contract';
import { workbookSnapshotSchema } from './shared/workbook';
import { readWorkbookBytes } from './shared/workbook-file-read';
import {
  exportWorkbook,
  importWorkbookWithDialog,
  nodeWorkbookFileAccess,
  readWorkbookFileAt,
} from './services/files/workbook-files';

/** Electron's pieces, injected so this table runs in plain Node tests and in the e2e harness. */
export interface HostDependencies {
  appInfo: () => AppInfo;
  setThemeSource: (theme: ThemePreference) => void;
  /** Tells the window that the renderer has flushed pending edits for a close request. */
  closeReady: (requestId: string) => void;

  // Workbook files
  /** The native save dialog for a workbook file: the chosen path, or null when cancelled. */
  chooseWorkbookSavePath: (defaultFileName: string) => Promise<string | null>;
  /** The native open dialog for a workbook file: the chosen path, or null when cancelled. */
  chooseWorkbookOpenPath: () => Promise<string | null>;
  /** Paths of the workbook files given with the app since the last call (see services/files/opened-files.ts). */
  takeOpenedFilePaths: () => string[];
  /** When the file was written, for its `exportedAt`. */
  now: () => Date;
}

/** Arguments arrive as `unknown` from another process: each method declares how to check them. */
type ArgumentSchemas = { [M in HostMethod]: z.ZodType<HostArgs<M>> };

const argumentSchemas: ArgumentSchemas = {
  getAppInfo: z.tuple([]),
  setThemeSource: z.tuple([z.enum(themePreferences)]),
  closeReady: z.tuple([z.string().min(1).max(100)]),
  exportWorkbookFile: z.tuple([workbookSnapshotSchema]),
  importWorkbookFile: z.tuple([]),
  readWorkbookFileBytes: z.tuple([z.instanceof(Uint8Array)]),
  takeOpenedWorkbookFiles: z.tuple([]),
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
    ...workbookFileHandlers(deps),
  };
}

type WorkbookFileMethod = 'exportWorkbookFile' | 'importWorkbookFile' | 'readWorkbookFileBytes' | 'takeOpenedWorkbookFiles';

function workbookFileHandlers(deps: HostDependencies): Pick<HandlerTable, WorkbookFileMethod> {
  const files = nodeWorkbookFileAccess;
  return {
    exportWorkbookFile: checked('exportWorkbookFile', (snapshot) =>
      exportWorkbook(snapshot, {
        chooseSavePath: deps.chooseWorkbookSavePath,
        files,
        stamp: () => {
          const { name, version } = deps.appInfo();
          return { exportedAt: deps.now().toISOString(), app: { name, version } };
        },
      }),
    ),
    importWorkbookFile: checked('importWorkbookFile', () => importWorkbookWithDialog(deps.chooseWorkbookOpenPath, files)),
    readWorkbookFileBytes: checked('readWorkbookFileBytes', (bytes) => readWorkbookBytes(bytes)),
    takeOpenedWorkbookFiles: checked('takeOpenedWorkbookFiles', () =>
      Promise.all(deps.takeOpenedFilePaths().map((path) => readWorkbookFileAt(path, files))),
    ),
  };
}
