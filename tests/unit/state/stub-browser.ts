import { createHostBridge, type WaypointHost } from '@shared/contract';

/** Every host call the renderer made in a unit test, as channel and arguments. */
export const hostCalls: Array<{ channel: string; args: unknown[] }> = [];

/** What the stub host answers on a channel; a test sets the answers it needs (undefined otherwise). */
export const hostAnswers = new Map<string, (...args: unknown[]) => unknown>();

/**
 * `host.ts` reads `window.waypoint` when it is first imported, navigation reads the URL hash and settings
 * set the theme on the document; plain Node has none of these, so this module installs small stand-ins
 * with a recording host bridge. Import it before anything that imports `host.ts`.
 */
const stubHost: WaypointHost = createHostBridge({
  invoke: async (channel, args) => {
    hostCalls.push({ channel, args });
    return hostAnswers.get(channel)?.(...args);
  },
  subscribe: () => () => undefined,
});

const stubWindow = {
  waypoint: stubHost,
  location: { hash: '' },
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
};

const stubDocument = { documentElement: { dataset: {} as Record<string, string> } };

if (!('window' in globalThis)) Object.defineProperty(globalThis, 'window', { value: stubWindow, configurable: true });
if (!('document' in globalThis)) Object.defineProperty(globalThis, 'document', { value: stubDocument, configurable: true });
// State classes name rows for focus after undo with CSS.escape, as the browser provides it.
const stubCss = { escape: (text: string) => text.replace(/[^\w-]/g, (character) => `\\${character}`) };
if (!('CSS' in globalThis)) Object.defineProperty(globalThis, 'CSS', { value: stubCss, configurable: true });
