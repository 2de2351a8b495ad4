import { describe, expect, it } from 'vitest';
import type { RoadmapLane, RoadmapMarker } from '../../../../src-main/shared/roadmap';
import { markerForKey } from '../../../../src-renderer/components/charts/roadmap-keys';

function marker(milestoneId: string, x: number): RoadmapMarker {
  return { milestoneId, status: 'not-started', x, day: '2026-03-10', row: 0, overdue: false, undated: false };
}

const lanes: RoadmapLane[] = [
  { pathId: 'p1', name: 'Product', markers: [marker('a', 0.1), marker('b', 0.5)], rows: 1 },
  { pathId: 'p2', name: 'Empty in this view', markers: [], rows: 1 },
  { pathId: null, name: 'No path yet', markers: [marker('c', 0.2), marker('d', 0.6), marker('e', 0.9)], rows: 1 },
];

describe('markerForKey', () => {
  it('steps left and right along the markers, lane by lane, and stops at the ends', () => {
    expect(markerForKey(lanes, 'a', 'ArrowRight')).toBe('b');
    expect(markerForKey(lanes, 'b', 'ArrowRight')).toBe('c');
    expect(markerForKey(lanes, 'c', 'ArrowLeft')).toBe('b');
    expect(markerForKey(lanes, 'a', 'ArrowLeft')).toBeNull();
    expect(markerForKey(lanes, 'e', 'ArrowRight')).toBeNull();
    expect(markerForKey(lanes, 'd', 'Home')).toBe('a');
    expect(markerForKey(lanes, 'a', 'End')).toBe('e');
  });

  it('moves up and down to the nearest marker in time, skipping lanes with none', () => {
    expect(markerForKey(lanes, 'b', 'ArrowDown')).toBe('d');
    expect(markerForKey(lanes, 'e', 'ArrowUp')).toBe('b');
    expect(markerForKey(lanes, 'c', 'ArrowUp')).toBe('a');
    expect(markerForKey(lanes, 'a', 'ArrowUp')).toBeNull();
  });

  it('ignores other keys', () => {
    expect(markerForKey(lanes, 'a', 'x')).toBeNull();
  });
});
