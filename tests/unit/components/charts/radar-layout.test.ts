import { describe, expect, it } from 'vitest';
import { labelAnchor, radarPoint, radarPolygon } from '../../../../src-renderer/components/charts/radar-layout';

const centre = { x: 100, y: 100 };

describe('radar layout', () => {
  it('puts the first axis straight up and 5 at the full radius', () => {
    const top = radarPoint(0, 7, 5, 80, centre);
    expect(top.x).toBeCloseTo(100);
    expect(top.y).toBeCloseTo(20);
    expect(radarPoint(0, 4, 0, 80, centre)).toEqual(centre);
  });

  it('goes round clockwise, evenly', () => {
    const right = radarPoint(1, 4, 5, 80, centre);
    expect(right.x).toBeCloseTo(180);
    expect(right.y).toBeCloseTo(100);
  });

  it('draws an unrated axis at the centre', () => {
    expect(radarPolygon([5, null, 5, null], 80, centre)).toBe('100,20 100,100 100,180 100,100');
  });

  it('sets labels on the right to start, on the left to end and on the middle line centred', () => {
    expect(labelAnchor({ x: 150, y: 50 }, centre)).toBe('start');
    expect(labelAnchor({ x: 40, y: 50 }, centre)).toBe('end');
    expect(labelAnchor({ x: 100.4, y: 10 }, centre)).toBe('middle');
  });
});
