import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../src-main/shared/planning';
import { horizonEnds, noPathLane, roadmapLayout } from '../../../src-main/shared/roadmap';

const today = '2026-03-10';
type Placed = Pick<Milestone, 'id' | 'status' | 'targetDate' | 'horizon' | 'pathId'>;

function milestone(id: string, targetDate: string | null, overrides: Partial<Placed> = {}): Placed {
  return { id, status: 'not-started', targetDate, horizon: '1y', pathId: null, ...overrides };
}

const paths = [
  { id: 'p1', name: 'Product manager' },
  { id: 'p2', name: 'Data science lead' },
  { id: 'p3', name: 'Wild card' },
];

describe('horizonEnds', () => {
  it('counts 90 days and 1, 3, 5, 10 years from today, a 29 February ending on the 28th', () => {
    const ends = horizonEnds('2028-02-29');
    const day = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
    expect(day(ends['90d'])).toBe('2028-05-29');
    expect(day(ends['1y'])).toBe('2029-02-28');
    expect(day(ends['10y'])).toBe('2038-02-28');
  });
});

describe('roadmapLayout', () => {
  it('has one lane per path with milestones, in path order, then one for milestones without a path', () => {
    const layout = roadmapLayout({
      milestones: [milestone('a', '2026-06-01', { pathId: 'p2' }), milestone('b', '2026-05'), milestone('c', '2026-07-01', { pathId: 'p1' })],
      paths,
      today,
      zoom: 'year',
    });
    expect(layout.lanes.map((lane) => lane.name)).toEqual(['Product manager', 'Data science lead', noPathLane]);
    expect(layout.lanes.map((lane) => lane.markers.map((marker) => marker.milestoneId))).toEqual([['c'], ['a'], ['b']]);
  });

  it('places markers linearly over the next 12 months, a month target at its last day', () => {
    const layout = roadmapLayout({ milestones: [milestone('a', '2026-09-08'), milestone('b', '2026-05')], paths, today, zoom: 'year' });
    expect(layout.end).toBe('2027-03-10');
    const [a, b] = layout.lanes[0]?.markers.slice().sort((x, y) => x.milestoneId.localeCompare(y.milestoneId)) ?? [];
    expect(a?.x).toBeCloseTo(182 / 365, 5);
    expect(b?.day).toBe('2026-05-31');
    expect(b?.x).toBeCloseTo(82 / 365, 5);
    expect(layout.bands.map((band) => band.horizon)).toEqual(['90d', '1y']);
    expect(layout.bands[0]?.end).toBeCloseTo(90 / 365, 5);
    expect(layout.ticks).toHaveLength(12);
    expect(layout.ticks[0]).toEqual({ day: '2026-04-01', x: 22 / 365 });
  });

  it('gives each horizon band the same width over the whole horizon', () => {
    const layout = roadmapLayout({
      milestones: [milestone('near', '2026-06-08'), milestone('far', '2031-03-10'), milestone('mid', '2033-09-10')],
      paths,
      today,
      zoom: 'horizon',
    });
    expect(layout.end).toBe('2036-03-10');
    expect(layout.bands.map((band) => [band.horizon, band.start, band.end])).toEqual([
      ['90d', 0, 0.2],
      ['1y', 0.2, 0.4],
      ['3y', 0.4, 0.6],
      ['5y', 0.6, 0.8],
      ['10y', 0.8, 1],
    ]);
    const x = Object.fromEntries(layout.lanes[0]?.markers.map((marker) => [marker.milestoneId, marker.x]) ?? []);
    expect(x.near).toBeCloseTo(0.2, 5);
    expect(x.far).toBeCloseTo(0.8, 5);
    expect(x.mid).toBeCloseTo(0.8 + 0.2 * (dayCount('2031-03-10', '2033-09-10') / dayCount('2031-03-10', '2036-03-10')), 5);
  });

  it('puts an overdue milestone on today, flagged, and counts what is outside the range', () => {
    const layout = roadmapLayout({
      milestones: [
        milestone('late', '2026-01', { status: 'in-progress' }),
        milestone('done-before', '2026-02-01', { status: 'done' }),
        milestone('dropped-before', '2025', { status: 'dropped' }),
        milestone('next-year', '2027-06-01'),
        milestone('three-years', null, { horizon: '3y' }),
      ],
      paths,
      today,
      zoom: 'year',
    });
    const markers = layout.lanes.flatMap((lane) => lane.markers);
    expect(markers.map((marker) => [marker.milestoneId, marker.x, marker.overdue])).toEqual([['late', 0, true]]);
    expect(layout.earlier).toBe(2);
    expect(layout.later).toBe(2);
  });

  it('places an undated milestone in the middle of its horizon band, flagged undated', () => {
    const layout = roadmapLayout({ milestones: [milestone('u', null, { horizon: '5y' })], paths, today, zoom: 'horizon' });
    const marker = layout.lanes[0]?.markers[0];
    expect(marker?.undated).toBe(true);
    expect(marker?.x).toBeCloseTo(0.7, 2);
  });

  it('stacks markers close in time on separate rows of their lane', () => {
    const layout = roadmapLayout({
      milestones: [milestone('a', '2026-06-01'), milestone('b', '2026-06-02'), milestone('c', '2026-06-03'), milestone('d', '2026-12-01')],
      paths,
      today,
      zoom: 'year',
      minGap: 0.05,
      maxRows: 2,
    });
    const lane = layout.lanes[0];
    expect(lane?.markers.map((marker) => [marker.milestoneId, marker.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 0],
    ]);
    expect(lane?.rows).toBe(2);
  });
});

function dayCount(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
