import type { IkigaiArea } from '@shared/ikigai';

/**
 * Where the ikigai drawing puts its four circles and their words, in viewBox units. The circles sit
 * top, left, right and bottom, each overlapping its neighbours, all four meeting in the middle; each
 * area's words go in the part of its circle no other circle covers.
 */
export const ikigaiView = { width: 640, height: 600, radius: 170, centre: { x: 320, y: 300 } } as const;

export interface AreaPlacement {
  area: IkigaiArea;
  /** Where the circle goes: top, left, right or bottom, said in words for the description. */
  side: 'top' | 'left' | 'right' | 'bottom';
  cx: number;
  cy: number;
  /** Where the area's title goes (centred); its summary lines follow below. */
  labelX: number;
  labelY: number;
  /** The area's title, on two lines where its free part of the circle is narrow. */
  titleLines: readonly string[];
  /** On a narrow drawing: a short name, larger, in the middle of the area's free part, without summary. */
  compact: { x: number; y: number; lines: readonly string[] };
  /** The series colour of the area (tokens --chart-1 to --chart-4). */
  series: 1 | 2 | 3 | 4;
}

export const areaPlacements: readonly AreaPlacement[] = [
  {
    area: 'love',
    side: 'top',
    cx: 320,
    cy: 180,
    labelX: 320,
    labelY: 50,
    titleLines: ['What I love'],
    compact: { x: 320, y: 100, lines: ['Love'] },
    series: 1,
  },
  {
    area: 'goodAt',
    side: 'left',
    cx: 180,
    cy: 300,
    labelX: 94,
    labelY: 254,
    titleLines: ['What I am', 'good at'],
    compact: { x: 94, y: 306, lines: ['Good at'] },
    series: 2,
  },
  {
    area: 'worldNeeds',
    side: 'right',
    cx: 460,
    cy: 300,
    labelX: 546,
    labelY: 254,
    titleLines: ['What the world', 'needs'],
    compact: { x: 546, y: 290, lines: ['World', 'needs'] },
    series: 3,
  },
  {
    area: 'paidFor',
    side: 'bottom',
    cx: 320,
    cy: 420,
    labelX: 320,
    labelY: 486,
    titleLines: ['What I can be paid for'],
    compact: { x: 320, y: 520, lines: ['Paid for'] },
    series: 4,
  },
];

/** Gap between the lines under an area's title. */
export const lineHeight = 22;
/** Below this drawn width (CSS px) the words would be too small to read: the compact labels are drawn. */
export const compactBelow = 440;
export const compactLineHeight = 34;
/** Summary lines per area and characters per line: the left and right areas are the narrowest. */
export const summaryLines = 3;
export const summaryLength = 18;
