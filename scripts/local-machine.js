// @ts-check
/*
 * The real machine behind the LocalMachine interface of test-tools.js, for the command-line
 * scripts and playwright.config.ts. Nothing here decides anything.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** Long enough for a slow download of a browser; a hung one still ends. */
const commandTimeoutMs = 15 * 60_000;

/** @param {string} program */
function isOnPath(program) {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (process.env.PATH ?? '').split(delimiter).some((folder) =>
    extensions.some((extension) => {
      try {
        accessSync(join(folder, program + extension), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    // Some Playwright versions throw when they have no browser registered for this platform.
    return undefined;
  }
}

/** @returns {import('./test-tools.js').LocalMachine} */
export function localMachine() {
  return {
    env: process.env,
    platform: process.platform,
    uid: process.getuid?.(),
    exists: existsSync,
    isOnPath,
    playwrightChromium,
    run: (command, args, env = {}) => {
      const result = spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, ...env },
        timeout: commandTimeoutMs,
        // npx is npx.cmd on Windows, which only a shell runs.
        shell: process.platform === 'win32',
      });
      return result.status === 0;
    },
    log: (line) => console.log(line),
  };
}
