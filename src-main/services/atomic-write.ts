import * as fsPromises from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The parts of node:fs/promises an atomic write needs; tests inject failures through it. */
export interface AtomicWriteFileSystem {
  open: typeof fsPromises.open;
  rename: typeof fsPromises.rename;
  rm: typeof fsPromises.rm;
}

const nodeFileSystem: AtomicWriteFileSystem = {
  open: fsPromises.open,
  rename: fsPromises.rename,
  rm: fsPromises.rm,
};

/** Temp files start with a dot and end in .tmp, so they are easy to recognise and clean up. */
export function isAtomicWriteTempFile(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith('.tmp');
}

/**
 * Replaces `targetPath` with `data` so that, whatever happens, the target holds either the old
 * content or the new content, never a mix. The temp file sits beside the target because rename is
 * only atomic within one file system.
 */
export async function writeFileAtomic(
  targetPath: string,
  data: string | Uint8Array,
  fileSystem: AtomicWriteFileSystem = nodeFileSystem,
): Promise<void> {
  const folder = dirname(targetPath);
  const tempPath = join(folder, `.${basename(targetPath)}.${randomUUID()}.tmp`);
  try {
    const handle = await fileSystem.open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      // Without fsync a crash right after the rename can leave an empty file under the target name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(tempPath, targetPath);
  } catch (error) {
    await fileSystem.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fileSystem);
}

/**
 * Makes the rename itself durable on POSIX. Windows cannot open a folder for syncing, and the
 * write has already succeeded by then, so a failure here is not an error worth reporting.
 */
async function syncFolder(folder: string, fileSystem: AtomicWriteFileSystem): Promise<void> {
  try {
    const handle = await fileSystem.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only; see above.
  }
}
