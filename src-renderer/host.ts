import type { WaypointHost } from '@shared/contract';

declare global {
  interface Window {
    /** Installed by the preload (or by the e2e harness); the renderer's only way to reach the host. */
    readonly waypoint: WaypointHost;
  }
}

export const host: WaypointHost = window.waypoint;
