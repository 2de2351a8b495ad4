/*
 * The roadmap's layout: a time axis from today, horizon bands, one lane per path, and where each
 * milestone's marker sits. Pure, for the section and the PDF.
 *
 * Scale: "Next 12 months" is linear in days. "Whole horizon" gives each of the five horizon bands the
 * same width (linear inside each band), so the next 90 days are as readable as the last five years.
 *
 * Placement: a dated milestone sits at its deadline (a month at its last day, a year at 31 December).
 * An open milestone whose date has passed sits on today's line, flagged overdue. An undated one sits in
 * the middle of its horizon's band, flagged undated. Done or dropped milestones dated before today,
 * and any placed beyond the end of the range, are counted, not drawn.
 */
import { dayNumber, isoFromDayNumber } from './days';
import { deadlineOf, isOpenMilestone, isOverdue } from './milestones';
import { horizons, type Horizon, type Milestone } from './planning';

export const roadmapZooms = ['year', 'horizon'] as const;
export type RoadmapZoom = (typeof roadmapZooms)[number];

export interface RoadmapBand {
  horizon: Horizon;
  /** Fractions of the range (0 = today, 1 = the end); a band reaching past the end is cut at 1. */
  start: number;
  end: number;
}

export interface RoadmapMarker {
  milestoneId: string;
  status: Milestone['status'];
  /** 0 (today) to 1 (the end of the range). */
  x: number;
  /** The day the marker stands for. */
  day: string;
  /** Stacked rows inside the lane, so markers close in time do not cover each other; 0 is the top. */
  row: number;
  overdue: boolean;
  undated: boolean;
}

export interface RoadmapLane {
  /** null for the lane of milestones without a path. */
  pathId: string | null;
  name: string;
  /** Left to right. */
  markers: RoadmapMarker[];
  rows: number;
}

export interface RoadmapLayout {
  start: string;
  end: string;
  bands: RoadmapBand[];
  lanes: RoadmapLane[];
  /** Month starts (12-month zoom) or band ends (whole horizon) for the axis labels. */
  ticks: Array<{ day: string; x: number }>;
  /** Done or dropped before today. */
  earlier: number;
  /** Beyond the end of the range. */
  later: number;
}

export interface RoadmapInput {
  milestones: readonly Pick<Milestone, 'id' | 'status' | 'targetDate' | 'horizon' | 'pathId'>[];
  /** In the person's order; only paths with milestones get a lane. */
  paths: readonly { id: string; name: string }[];
  today: string;
  zoom: RoadmapZoom;
  /** Markers closer than this (a fraction of the width) go on separate rows. */
  minGap?: number;
  /** Rows per lane at most; beyond it markers share the least crowded row. */
  maxRows?: number;
}

export const noPathLane = 'No path yet';

function addMonths(today: string, months: number): number {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  // The same day of the month, or the month's last day (31 March + 1 month = 30 April).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)) / 86_400_000);
}

/** The last day of each horizon, counted from today. */
export function horizonEnds(today: string): Record<Horizon, number> {
  return {
    '90d': dayNumber(today) + 90,
    '1y': addMonths(today, 12),
    '3y': addMonths(today, 36),
    '5y': addMonths(today, 60),
    '10y': addMonths(today, 120),
  };
}

export function roadmapLayout(input: RoadmapInput): RoadmapLayout {
  const { today, zoom, minGap = 0.02, maxRows = 6 } = input;
  const first = dayNumber(today);
  const ends = horizonEnds(today);
  const last = zoom === 'year' ? ends['1y'] : ends['10y'];
  const bandDays = horizons.map((horizon, index) => ({
    horizon,
    from: index === 0 ? first : ends[horizons[index - 1] ?? '90d'],
    to: ends[horizon],
  }));

  const xOf = (day: number): number => {
    if (zoom === 'year') return (day - first) / (last - first);
    const index = bandDays.findIndex((band) => day <= band.to);
    const band = bandDays[index];
    if (!band) return 1;
    return (index + (day - band.from) / (band.to - band.from)) / horizons.length;
  };

  const bands = bandDays
    .filter((band) => band.from < last)
    .map((band) => ({ horizon: band.horizon, start: xOf(band.from), end: xOf(Math.min(band.to, last)) }));

  let earlier = 0;
  let later = 0;
  const placed: Array<RoadmapMarker & { pathId: string | null }> = [];
  const knownPaths = new Set(input.paths.map((path) => path.id));
  for (const milestone of input.milestones) {
    const overdue = isOverdue(milestone, today);
    const band = bandDays.find((candidate) => candidate.horizon === milestone.horizon);
    const day =
      milestone.targetDate !== null
        ? overdue
          ? first
          : dayNumber(deadlineOf(milestone.targetDate))
        : Math.round(((band?.from ?? first) + (band?.to ?? first)) / 2);
    if (day < first && !isOpenMilestone(milestone.status)) earlier += 1;
    else if (day > last) later += 1;
    else {
      placed.push({
        milestoneId: milestone.id,
        status: milestone.status,
        x: xOf(Math.max(day, first)),
        day: isoFromDayNumber(Math.max(day, first)),
        row: 0,
        overdue,
        undated: milestone.targetDate === null,
        pathId: milestone.pathId !== null && knownPaths.has(milestone.pathId) ? milestone.pathId : null,
      });
    }
  }

  const withMilestones = new Set(
    input.milestones.map((milestone) => (milestone.pathId !== null && knownPaths.has(milestone.pathId) ? milestone.pathId : null)),
  );
  const laneKeys: Array<{ pathId: string | null; name: string }> = [
    ...input.paths.filter((path) => withMilestones.has(path.id)).map((path) => ({ pathId: path.id, name: path.name })),
    ...(withMilestones.has(null) ? [{ pathId: null, name: noPathLane }] : []),
  ];
  const lanes = laneKeys.map(({ pathId, name }) => {
    const markers = placed
      .filter((marker) => marker.pathId === pathId)
      .sort((a, b) => a.x - b.x)
      .map(({ pathId: _pathId, ...marker }) => marker);
    return { pathId, name, markers, rows: stackRows(markers, minGap, maxRows) };
  });

  const ticks =
    zoom === 'year'
      ? Array.from({ length: 12 }, (_, index) => addMonths(`${today.slice(0, 8)}01`, index + 1))
          .filter((day) => day <= last)
          .map((day) => ({ day: isoFromDayNumber(day), x: xOf(day) }))
      : bandDays.map((band) => ({ day: isoFromDayNumber(band.to), x: xOf(band.to) }));

  return { start: today, end: isoFromDayNumber(last), bands, lanes, ticks, earlier, later };
}

/** Puts each marker (left to right) on the first row where it clears the one before; returns the rows used. */
function stackRows(markers: RoadmapMarker[], minGap: number, maxRows: number): number {
  const rowEnds: number[] = [];
  for (const marker of markers) {
    let row = rowEnds.findIndex((end) => marker.x - end >= minGap);
    if (row === -1) {
      if (rowEnds.length < maxRows) row = rowEnds.length;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = marker.x;
    marker.row = row;
  }
  return Math.max(1, rowEnds.length);
}
