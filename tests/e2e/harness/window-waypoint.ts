/*
 * The renderer declares `window.waypoint` in src-renderer/host.ts, which the Node-side tsconfig
 * does not include; tests that call the bridge inside page.evaluate need the same declaration.
 */
import type { WaypointHost } from '../../../src-main/shared/contract';

declare global {
  interface Window {
    readonly waypoint: WaypointHost;
  }
}

export {};
