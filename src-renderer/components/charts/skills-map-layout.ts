import { skillQuadrant, skillQuadrants, type RatedLevels, type SkillQuadrant } from '@shared/skills-plan';
import type { Skill } from '@shared/workbook';

/*
 * Where everything on the motivated-skills map goes, in SVG user units (1 unit = 1 CSS pixel when the
 * chart is shown at its natural width; the buttons laid over the drawing use the same boxes as
 * percentages). Pure, so placement can be tested without a DOM, and bounded: at most 25 cells, each
 * showing either a short stack of named skills or one marker with a count.
 */

/** Only rated skills are placed; the map lists the others beside it. */
export type MapSkill = Pick<Skill, 'id' | 'name'> & RatedLevels;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedPoint<S extends MapSkill> {
  skill: S;
  /** Centre of the dot; the name follows it to the right. */
  x: number;
  y: number;
  /** The row of the stack this skill takes: its button, which holds the dot and the name. */
  hit: Box;
}

export interface CellAggregate<S extends MapSkill> {
  /** Every skill of the cell, by name. */
  skills: S[];
  marker: Box;
}

export interface MapCell<S extends MapSkill> extends Box {
  key: string;
  proficiency: number;
  enjoyment: number;
  quadrant: SkillQuadrant;
  count: number;
  /** Filled while the cell holds no more than the stack limit… */
  points: PlacedPoint<S>[];
  /** …and this one instead when it holds more. */
  aggregate: CellAggregate<S> | null;
}

export interface QuadrantArea extends Box {
  quadrant: SkillQuadrant;
  /** Centre of the quadrant's title, in the band outside the grid. */
  titleX: number;
  titleY: number;
}

export interface Tick {
  value: number;
  x: number;
  y: number;
}

export interface SkillsMapLayout<S extends MapSkill> {
  width: number;
  height: number;
  /** The 5 × 5 grid of levels. */
  grid: Box;
  cellWidth: number;
  cellHeight: number;
  /** Where the low and high halves meet (between levels 2 and 3). */
  split: { x: number; y: number };
  /** Bottom edge of the lower quadrants, below the grid and their title band. */
  quadrantsBottom: number;
  /** Only cells that hold skills. */
  cells: MapCell<S>[];
  quadrants: QuadrantArea[];
  xTicks: Tick[];
  yTicks: Tick[];
  xTitle: { x: number; y: number };
  yTitle: { x: number; y: number };
  radius: number;
  fontSize: number;
}

export interface SkillsMapOptions {
  /** Width available to the chart, in CSS pixels. */
  width?: number;
  /** A cell with more skills than this shows one marker with a count instead of its skills. */
  stackLimit?: number;
}

export const levels = [1, 2, 3, 4, 5] as const;
export const defaultStackLimit = 6;
export const minimumWidth = 480;
const defaultWidth = 720;

const fontSize = 12;
const radius = 5;
const rowHeight = 18;
const cellPadding = 6;
const minimumCellHeight = 56;
/** Above and below the grid: the quadrant titles live here, so they never cover a skill. */
const bandHeight = 28;
const tickSpace = 20;
const axisTitleSpace = 22;
const marginLeft = 56;
const marginRight = 8;
const markerWidth = 92;
const markerHeight = 26;

const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareByName(first: MapSkill, second: MapSkill): number {
  return nameOrder.compare(first.name, second.name) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

function toLevel(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

export function cellKey(proficiency: number, enjoyment: number): string {
  return `${proficiency}-${enjoyment}`;
}

/** Every skill lands in the cell of its two levels; cells are laid out per the available width. */
export function layoutSkillsMap<S extends MapSkill>(
  skills: readonly S[],
  options: SkillsMapOptions = {},
): SkillsMapLayout<S> {
  const stackLimit = Math.max(1, options.stackLimit ?? defaultStackLimit);
  const width = Math.max(minimumWidth, Math.floor(options.width ?? defaultWidth));

  const buckets: S[][] = Array.from({ length: 25 }, () => []);
  for (const skill of skills) {
    buckets[(toLevel(skill.proficiency) - 1) * 5 + toLevel(skill.enjoyment) - 1]?.push(skill);
  }
  const tallestStack = Math.max(1, ...buckets.map((bucket) => (bucket.length > stackLimit ? 1 : bucket.length)));

  // Whole pixels keep grid lines crisp.
  const cellWidth = Math.floor((width - marginLeft - marginRight) / 5);
  const cellHeight = Math.max(minimumCellHeight, tallestStack * rowHeight + cellPadding * 2);
  const grid: Box = { x: marginLeft, y: bandHeight, width: cellWidth * 5, height: cellHeight * 5 };
  const height = grid.y + grid.height + bandHeight + tickSpace + axisTitleSpace;
  const columnX = (proficiency: number) => grid.x + (proficiency - 1) * cellWidth;
  const rowY = (enjoyment: number) => grid.y + (5 - enjoyment) * cellHeight;
  const split = { x: columnX(3), y: rowY(2) };

  // Reading order, row by row from the top left, so Tab moves through the points as the eye does.
  const cells: MapCell<S>[] = [];
  for (const enjoyment of [...levels].reverse()) {
    for (const proficiency of levels) {
      const bucket = buckets[(proficiency - 1) * 5 + enjoyment - 1] ?? [];
      if (bucket.length === 0) continue;
      bucket.sort(compareByName);
      const box: Box = { x: columnX(proficiency), y: rowY(enjoyment), width: cellWidth, height: cellHeight };
      const cell: MapCell<S> = {
        ...box,
        key: cellKey(proficiency, enjoyment),
        proficiency,
        enjoyment,
        quadrant: skillQuadrant({ proficiency, enjoyment }),
        count: bucket.length,
        points: [],
        aggregate: null,
      };
      if (bucket.length > stackLimit) {
        const markerBoxWidth = Math.min(markerWidth, cellWidth - cellPadding * 2);
        cell.aggregate = {
          skills: bucket,
          marker: {
            x: box.x + (cellWidth - markerBoxWidth) / 2,
            y: box.y + (cellHeight - markerHeight) / 2,
            width: markerBoxWidth,
            height: markerHeight,
          },
        };
      } else {
        // The stack is centred vertically, so a lone skill sits in the middle of its cell.
        const top = box.y + (cellHeight - bucket.length * rowHeight) / 2;
        // Names may run on into an empty square to the right, as long as it is in the same quadrant.
        const rightIsFree =
          proficiency < 5 && proficiency !== 2 && (buckets[proficiency * 5 + enjoyment - 1]?.length ?? 0) === 0;
        const rowWidth = (rightIsFree ? cellWidth * 2 : cellWidth) - 4;
        cell.points = bucket.map((skill, index) => {
          const y = top + index * rowHeight + rowHeight / 2;
          const x = box.x + cellPadding + radius;
          return {
            skill,
            x,
            y,
            hit: { x: box.x + 2, y: y - rowHeight / 2, width: rowWidth, height: rowHeight },
          };
        });
      }
      cells.push(cell);
    }
  }

  const quadrants = skillQuadrants.map((quadrant): QuadrantArea => {
    const high = quadrant === 'motivated-strength' || quadrant === 'burnout-risk';
    const top = quadrant === 'motivated-strength' || quadrant === 'growth-area';
    const x = high ? split.x : grid.x;
    const areaWidth = high ? grid.x + grid.width - split.x : split.x - grid.x;
    const y = top ? 0 : split.y;
    const areaHeight = top ? split.y : grid.y + grid.height + bandHeight - split.y;
    return {
      quadrant,
      x,
      y,
      width: areaWidth,
      height: areaHeight,
      titleX: x + areaWidth / 2,
      titleY: top ? bandHeight / 2 : grid.y + grid.height + bandHeight / 2,
    };
  });

  const tickBaseline = grid.y + grid.height + bandHeight + tickSpace / 2;
  return {
    width,
    height,
    grid,
    cellWidth,
    cellHeight,
    split,
    quadrantsBottom: grid.y + grid.height + bandHeight,
    cells,
    quadrants,
    xTicks: levels.map((value) => ({ value, x: columnX(value) + cellWidth / 2, y: tickBaseline })),
    yTicks: levels.map((value) => ({ value, x: grid.x - cellPadding * 2, y: rowY(value) + cellHeight / 2 })),
    xTitle: { x: grid.x + grid.width / 2, y: height - axisTitleSpace / 2 },
    yTitle: { x: fontSize, y: grid.y + grid.height / 2 },
    radius,
    fontSize,
  };
}

export interface FloatingPlacement {
  /** The anchor, as percentages of the chart, so it holds however wide the chart is drawn. */
  left: number;
  top: number;
  /** Grow towards the chart's middle, so the floating box stays inside the chart. */
  alignEnd: boolean;
  below: boolean;
}

/** Where a tooltip or a list opened from a point at (x, y) goes. */
export function floatingPlacement(x: number, y: number, layout: Pick<SkillsMapLayout<MapSkill>, 'width' | 'height'>) {
  return {
    left: (x / layout.width) * 100,
    top: (y / layout.height) * 100,
    alignEnd: x > layout.width / 2,
    below: y < layout.height / 2,
  } satisfies FloatingPlacement;
}
