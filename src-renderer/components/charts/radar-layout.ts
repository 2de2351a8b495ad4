/*
 * Geometry of a radar chart: axes evenly round a circle, the first pointing up, values 1–5 out from
 * the centre. Kept apart from the component so it can be read (and tested) without a DOM.
 */

export interface RadarPoint {
  x: number;
  y: number;
}

export const radarScale = { min: 0, max: 5 } as const;

/** Where value `value` sits on axis `index` of `count`, for a chart of radius `radius` round `centre`. */
export function radarPoint(index: number, count: number, value: number, radius: number, centre: RadarPoint): RadarPoint {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const distance = (radius * (value - radarScale.min)) / (radarScale.max - radarScale.min);
  return { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) };
}

/** An SVG points list of a polygon through one value per axis; an unrated axis sits at the centre. */
export function radarPolygon(values: ReadonlyArray<number | null>, radius: number, centre: RadarPoint): string {
  return values
    .map((value, index) => radarPoint(index, values.length, value ?? radarScale.min, radius, centre))
    .map((point) => `${round(point.x)},${round(point.y)}`)
    .join(' ');
}

/** Which way an axis label leans from its axis end, so the words sit outside the chart. */
export function labelAnchor(point: RadarPoint, centre: RadarPoint): 'start' | 'middle' | 'end' {
  const offset = point.x - centre.x;
  if (Math.abs(offset) < 1) return 'middle';
  return offset > 0 ? 'start' : 'end';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
