import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isAtomicWriteTempFile,
  writeFileAtomic,
  type AtomicWriteFileSystem,
} from '../../../../src-main/services/atomic-write';

const realFileSystem: AtomicWriteFileSystem = {
  open: fsPromises.open,
  rename: fsPromises.rename,
  rm: fsPromises.rm,
};

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waypoint-atomic-'));
  target = join(folder, 'workbook.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A file system whose temp-file handle writes part of the data and then fails, like a full disk. */
function failingMidWrite(): AtomicWriteFileSystem {
  return {
    ...realFileSystem,
    open: async (path, flags) => {
      const handle = await fsPromises.open(path, flags);
      if (flags !== 'wx') return handle;
      return new Proxy(handle, {
        get(fileHandle, property) {
          if (property === 'writeFile') {
            return async () => {
              await fileHandle.writeFile('{"half":');
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value: unknown = Reflect.get(fileHandle, property);
          return typeof value === 'function' ? value.bind(fileHandle) : value;
        },
      });
    },
  };
}

describe('writeFileAtomic', () => {
  it('creates a file that did not exist', async () => {
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['workbook.json']);
  });

  it('writes bytes as they are', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 0xe2, 0x82, 0xac]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('keeps the old file and removes the temp file when the write fails halfway', async () => {
    await writeFile(target, 'old');
    await expect(writeFileAtomic(target, '{"half":"and the rest"}', failingMidWrite())).rejects.toThrow(
      'no space left on device',
    );
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['workbook.json']);
  });

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    await writeFile(target, 'old');
    const renameFails: AtomicWriteFileSystem = {
      ...realFileSystem,
      rename: async () => {
        throw Object.assign(new Error('file is locked'), { code: 'EBUSY' });
      },
    };
    await expect(writeFileAtomic(target, 'new', renameFails)).rejects.toThrow('file is locked');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['workbook.json']);
  });

  it('rethrows when the folder does not exist, creating nothing', async () => {
    const missing = join(folder, 'missing', 'workbook.json');
    await expect(writeFileAtomic(missing, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('survives many concurrent writes to the same file with one complete winner', async () => {
    const contents = Array.from({ length: 20 }, (_, index) => JSON.stringify({ write: index, pad: 'x'.repeat(10_000) }));
    await Promise.all(contents.map((content) => writeFileAtomic(target, content)));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await readdir(folder)).toEqual(['workbook.json']);
  });

  it('names its temp files so they can be recognised', async () => {
    const seen: string[] = [];
    const recording: AtomicWriteFileSystem = {
      ...realFileSystem,
      rename: async (from, to) => {
        seen.push(String(from));
        await fsPromises.rename(from, to);
      },
    };
    await writeFileAtomic(target, 'x', recording);
    const tempName = seen[0]?.slice(folder.length + 1) ?? '';
    expect(tempName.startsWith('.workbook.json.')).toBe(true);
    expect(isAtomicWriteTempFile(tempName)).toBe(true);
    expect(isAtomicWriteTempFile('workbook.json')).toBe(false);
  });
});
