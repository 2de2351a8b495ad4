import type { RoadmapLane } from '@shared/roadmap';

/**
 * Where focus goes on the roadmap for a key: Left and Right step along the markers (lane by lane, each
 * left to right), Up and Down move to the nearest marker in the lane above or below, Home and End to the
 * first and last marker. null when the key does not move focus (or there is nowhere to go).
 */
export function markerForKey(lanes: readonly RoadmapLane[], currentId: string, key: string): string | null {
  const flat = lanes.flatMap((lane, laneIndex) => lane.markers.map((marker) => ({ id: marker.milestoneId, x: marker.x, laneIndex })));
  const at = flat.findIndex((marker) => marker.id === currentId);
  const current = flat[at];
  if (!current) return flat[0]?.id ?? null;
  switch (key) {
    case 'ArrowRight':
      return flat[at + 1]?.id ?? null;
    case 'ArrowLeft':
      return flat[at - 1]?.id ?? null;
    case 'Home':
      return flat[0]?.id ?? null;
    case 'End':
      return flat.at(-1)?.id ?? null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let lane = current.laneIndex + step; lane >= 0 && lane < lanes.length; lane += step) {
        const candidates = flat.filter((marker) => marker.laneIndex === lane);
        if (candidates.length === 0) continue;
        const nearest = candidates.reduce((best, marker) => (Math.abs(marker.x - current.x) < Math.abs(best.x - current.x) ? marker : best));
        return nearest.id;
      }
      return null;
    }
    default:
      return null;
  }
}
