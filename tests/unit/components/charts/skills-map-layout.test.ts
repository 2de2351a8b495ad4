import { describe, expect, it } from 'vitest';
import {
  defaultStackLimit,
  floatingPlacement,
  layoutSkillsMap,
  minimumWidth,
  type Box,
  type MapSkill,
} from '../../../../src-renderer/components/charts/skills-map-layout';

let nextId = 0;
function skill(name: string, proficiency: number, enjoyment: number): MapSkill {
  nextId += 1;
  return { id: `skill-${nextId}`, name, proficiency, enjoyment };
}

/** Deterministic spread of many skills over every cell. */
function manySkills(count: number): MapSkill[] {
  return Array.from({ length: count }, (_, index) => skill(`Skill ${index}`, (index % 5) + 1, (Math.floor(index / 5) % 5) + 1));
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
    inner.y + inner.height <= outer.y + outer.height + 1e-9
  );
}

const dot = (x: number, y: number, radius: number): Box => ({ x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 });

describe('motivated-skills map layout', () => {
  it('puts a skill in the cell of its levels: proficiency to the right, enjoyment up', () => {
    const layout = layoutSkillsMap([skill('SQL', 4, 5), skill('Filing', 1, 1)], { width: 800 });
    const [sql, filing] = layout.cells;
    expect(sql).toMatchObject({ proficiency: 4, enjoyment: 5, quadrant: 'motivated-strength', count: 1 });
    expect(filing).toMatchObject({ proficiency: 1, enjoyment: 1, quadrant: 'low-priority', count: 1 });
    expect(sql!.x).toBeCloseTo(layout.grid.x + 3 * layout.cellWidth);
    expect(sql!.y).toBeCloseTo(layout.grid.y);
    expect(filing!.x).toBeCloseTo(layout.grid.x);
    expect(filing!.y).toBeCloseTo(layout.grid.y + 4 * layout.cellHeight);
    const point = sql!.points[0]!;
    expect(inside(dot(point.x, point.y, layout.radius), sql!)).toBe(true);
    // A lone skill sits in the middle of its cell's height.
    expect(point.y).toBeCloseTo(sql!.y + sql!.height / 2);
  });

  it('stacks skills of the same cell at different places, all inside the cell, by name', () => {
    const skills = ['Python', 'R', 'excel', 'SQL', 'Tableau', 'dbt'].map((name) => skill(name, 3, 4));
    const layout = layoutSkillsMap(skills, { width: 720 });
    expect(layout.cells).toHaveLength(1);
    const cell = layout.cells[0]!;
    expect(cell.aggregate).toBeNull();
    expect(cell.points.map((point) => point.skill.name)).toEqual(['dbt', 'excel', 'Python', 'R', 'SQL', 'Tableau']);
    const positions = new Set(cell.points.map((point) => `${point.x},${point.y}`));
    expect(positions.size).toBe(skills.length);
    cell.points.forEach((point, index) => {
      expect(inside(dot(point.x, point.y, layout.radius), cell)).toBe(true);
      // Rows stay within the cell's height (a name may run on into a free square to the right).
      expect(inside(point.hit, { ...cell, width: point.hit.x + point.hit.width - cell.x })).toBe(true);
      expect(point.hit.x).toBeGreaterThanOrEqual(cell.x);
      const next = cell.points[index + 1];
      // Rows never overlap, so every name stays readable.
      if (next) expect(next.hit.y).toBeGreaterThanOrEqual(point.hit.y + point.hit.height);
    });
  });

  it('places the same skills the same way every time', () => {
    const skills = [skill('B', 2, 2), skill('A', 2, 2), skill('C', 5, 1)];
    expect(layoutSkillsMap(skills)).toEqual(layoutSkillsMap([...skills].reverse()));
  });

  it('shows one marker with the count once a cell holds more than the stack limit', () => {
    const atLimit = Array.from({ length: defaultStackLimit }, (_, index) => skill(`At ${index}`, 5, 5));
    expect(layoutSkillsMap(atLimit).cells[0]!.aggregate).toBeNull();

    const crowded = Array.from({ length: 8 }, (_, index) => skill(`Crowded ${8 - index}`, 2, 4));
    const cell = layoutSkillsMap([...crowded, skill('Alone', 1, 1)]).cells.find((entry) => entry.count === 8)!;
    expect(cell.points).toEqual([]);
    expect(cell.aggregate!.skills.map((entry) => entry.name)).toEqual(
      Array.from({ length: 8 }, (_, index) => `Crowded ${index + 1}`),
    );
    expect(inside(cell.aggregate!.marker, cell)).toBe(true);
  });

  it('takes a different stack limit when asked', () => {
    const skills = [skill('One', 3, 3), skill('Two', 3, 3), skill('Three', 3, 3)];
    expect(layoutSkillsMap(skills, { stackLimit: 2 }).cells[0]!.aggregate?.skills).toHaveLength(3);
    expect(layoutSkillsMap(skills, { stackLimit: 3 }).cells[0]!.points).toHaveLength(3);
  });

  it('stays bounded with 2,000 skills: at most 25 cells, each a short stack or one marker', () => {
    const started = performance.now();
    const layout = layoutSkillsMap(manySkills(2_000), { width: 900 });
    const elapsed = performance.now() - started;
    expect(layout.cells.length).toBeLessThanOrEqual(25);
    expect(layout.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(2_000);
    const drawn = layout.cells.reduce((sum, cell) => sum + cell.points.length + (cell.aggregate ? 1 : 0), 0);
    expect(drawn).toBe(25);
    for (const cell of layout.cells) {
      expect(cell.points.length <= defaultStackLimit).toBe(true);
      expect(cell.points.length > 0 !== (cell.aggregate !== null)).toBe(true);
    }
    // Generous: this runs on every change to the skills, and a frame is 16 ms.
    expect(elapsed).toBeLessThan(100);
  });

  it('never draws more than 25 × the stack limit skills, however they spread', () => {
    const sixEach = Array.from({ length: 25 * defaultStackLimit }, (_, index) =>
      skill(`S${index}`, (index % 5) + 1, (Math.floor(index / 5) % 5) + 1),
    );
    const layout = layoutSkillsMap([...sixEach, ...Array.from({ length: 1_000 }, (_, index) => skill(`Pile ${index}`, 1, 5))]);
    const points = layout.cells.reduce((sum, cell) => sum + cell.points.length, 0);
    const markers = layout.cells.filter((cell) => cell.aggregate).length;
    expect(points).toBe(24 * defaultStackLimit);
    expect(markers).toBe(1);
  });

  it('lists cells in reading order, row by row from the top left', () => {
    const layout = layoutSkillsMap([skill('a', 5, 1), skill('b', 1, 1), skill('c', 5, 5), skill('d', 1, 5)]);
    expect(layout.cells.map((cell) => cell.points[0]?.skill.name)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('shades four quadrants that split between levels 2 and 3 and together cover the grid', () => {
    const layout = layoutSkillsMap([], { width: 800 });
    const byName = Object.fromEntries(layout.quadrants.map((area) => [area.quadrant, area]));
    const { grid, cellWidth, cellHeight } = layout;
    expect(layout.split).toEqual({ x: grid.x + 2 * cellWidth, y: grid.y + 3 * cellHeight });

    expect(byName['motivated-strength']).toMatchObject({ x: layout.split.x, width: 3 * cellWidth });
    expect(byName['growth-area']).toMatchObject({ x: grid.x, width: 2 * cellWidth });
    expect(byName['burnout-risk']!.y).toBe(layout.split.y);
    expect(byName['low-priority']!.y).toBe(layout.split.y);
    expect(byName['motivated-strength']!.y + byName['motivated-strength']!.height).toBe(layout.split.y);

    const area = (box: Box) => box.width * box.height;
    const gridPart = (box: Box): Box => {
      const top = Math.max(box.y, grid.y);
      const bottom = Math.min(box.y + box.height, grid.y + grid.height);
      return { x: box.x, y: top, width: box.width, height: bottom - top };
    };
    const covered = layout.quadrants.reduce((sum, quadrant) => sum + area(gridPart(quadrant)), 0);
    expect(covered).toBeCloseTo(area(grid));
  });

  it('puts each quadrant title inside its own area, but outside the grid, so no skill is covered', () => {
    const layout = layoutSkillsMap([skill('Anything', 5, 5)], { width: 800 });
    for (const area of layout.quadrants) {
      expect(area.titleX).toBeGreaterThan(area.x);
      expect(area.titleX).toBeLessThan(area.x + area.width);
      expect(area.titleY).toBeGreaterThan(area.y);
      expect(area.titleY).toBeLessThan(area.y + area.height);
      const inGrid = area.titleY > layout.grid.y && area.titleY < layout.grid.y + layout.grid.height;
      expect(inGrid).toBe(false);
    }
  });

  it('fits the width it is given, down to a minimum', () => {
    expect(layoutSkillsMap([], { width: 900 }).width).toBe(900);
    expect(layoutSkillsMap([], { width: 900 }).grid.x + layoutSkillsMap([], { width: 900 }).grid.width).toBeLessThanOrEqual(900);
    expect(layoutSkillsMap([], { width: 200 }).width).toBe(minimumWidth);
  });

  it('grows cells only as tall as the tallest stack needs', () => {
    const short = layoutSkillsMap([skill('One', 3, 3)]);
    const tall = layoutSkillsMap(Array.from({ length: 6 }, (_, index) => skill(`T${index}`, 3, 3)));
    const aggregated = layoutSkillsMap(Array.from({ length: 50 }, (_, index) => skill(`A${index}`, 3, 3)));
    expect(tall.cellHeight).toBeGreaterThan(short.cellHeight);
    expect(tall.height).toBeGreaterThan(short.height);
    expect(aggregated.cellHeight).toBe(short.cellHeight);
  });

  it('lets names run on into an empty square to the right, but never across a quadrant line', () => {
    const layout = layoutSkillsMap(
      [skill('Growth, free to the right', 1, 5), skill('Growth at the line', 2, 4), skill('Strength, blocked', 3, 3)]
        .concat([skill('Blocker', 4, 3), skill('Last column', 5, 1)]),
      { width: 800 },
    );
    const row = (name: string) =>
      layout.cells.flatMap((cell) => cell.points).find((point) => point.skill.name === name)!.hit;
    const cellOf = (name: string) => layout.cells.find((cell) => cell.points.some((point) => point.skill.name === name))!;
    expect(row('Growth, free to the right').width).toBe(2 * layout.cellWidth - 4);
    for (const name of ['Growth at the line', 'Strength, blocked', 'Last column']) {
      expect(inside(row(name), cellOf(name))).toBe(true);
    }
  });

  it('leaves room for a name of several characters after the dot, even at the smallest width', () => {
    const layout = layoutSkillsMap([skill('Stakeholder management', 1, 1)], { width: 200 });
    const point = layout.cells[0]!.points[0]!;
    expect(point.hit.x + point.hit.width - (point.x + layout.radius)).toBeGreaterThan(60);
    expect(inside(dot(point.x, point.y, layout.radius), point.hit)).toBe(true);
  });

  it('sends floating boxes towards the middle of the chart', () => {
    const box = { width: 800, height: 400 };
    expect(floatingPlacement(100, 50, box)).toEqual({ left: 12.5, top: 12.5, alignEnd: false, below: true });
    expect(floatingPlacement(700, 350, box)).toEqual({ left: 87.5, top: 87.5, alignEnd: true, below: false });
  });
});
