import { isAbsolute, resolve } from 'node:path';
import { workbookFileExtension } from '../../shared/workbook-file';

/*
 * Workbook files given with the app: on its command line, by a second launch, or by macOS's open-file.
 * They wait here until the renderer asks for them, so a file given before the window listens is not lost.
 */

/**
 * The `.waypoint` paths among a launch's arguments, made absolute against the folder it was started in.
 * Switches (`--flag`, Chromium's own included) and other arguments (the app's path in development) are
 * left out.
 */
export function workbookFilePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(workbookFileExtension))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(workingDirectory, argument)));
}

export class OpenedFilesInbox {
  #paths: string[] = [];
  readonly #onArrival: () => void;

  /** `onArrival` tells the renderer there is something to take (it may not be listening yet). */
  constructor(onArrival: () => void = () => undefined) {
    this.#onArrival = onArrival;
  }

  /** Adds paths, each once while it waits. */
  add(paths: readonly string[]): void {
    const fresh = paths.filter((path, index) => !this.#paths.includes(path) && paths.indexOf(path) === index);
    if (fresh.length === 0) return;
    this.#paths.push(...fresh);
    this.#onArrival();
  }

  /** Every waiting path, in the order they came; the inbox is empty afterwards. */
  take(): string[] {
    const taken = this.#paths;
    this.#paths = [];
    return taken;
  }
}
