import { isHighLevel, isRated, quadrantLabels, skillQuadrant, skillQuadrants } from '../../../shared/skills-plan';
import type { Skill } from '../../../shared/workbook';
import type { PdfLayout } from '../layout';
import { colours, type as sizes } from '../theme';

/*
 * The motivated-skills map as vectors: a 5×5 grid of proficiency (across) by enjoyment (up), the
 * four quadrants named in plain words around it, and each cell listing the skills it holds.
 */

export function skillsMapAlt(skills: readonly Skill[]): string {
  const rated = skills.filter(isRated);
  const parts = skillQuadrants.map((quadrant) => {
    const names = rated.filter((skill) => skillQuadrant(skill) === quadrant).map((skill) => skill.name);
    const listed = names.slice(0, 8).join(', ');
    return `${quadrantLabels[quadrant].title}: ${names.length}${names.length > 0 ? ` (${listed}${names.length > 8 ? ', …' : ''})` : ''}.`;
  });
  return `Motivated-skills map: ${rated.length} rated skills placed by how good you are at them (across) and how much you enjoy them (up). ${parts.join(' ')}`;
}

export function drawSkillsMap(layout: PdfLayout, skills: readonly Skill[], top: number, height: number): void {
  const { doc } = layout;
  const axisWidth = 30;
  const gridLeft = layout.left + axisWidth;
  const gridWidth = layout.width - axisWidth;
  const labelBand = 16;
  const gridTop = top + labelBand;
  const gridHeight = height - 2 * labelBand - 30;
  const cellWidth = gridWidth / 5;
  const cellHeight = gridHeight / 5;
  const xOf = (level: number) => gridLeft + (level - 1) * cellWidth;
  const yOf = (level: number) => gridTop + (5 - level) * cellHeight;

  for (let proficiency = 1; proficiency <= 5; proficiency += 1) {
    for (let enjoyment = 1; enjoyment <= 5; enjoyment += 1) {
      const strong = isHighLevel(proficiency) && isHighLevel(enjoyment);
      doc
        .rect(xOf(proficiency), yOf(enjoyment), cellWidth, cellHeight)
        .fillColor(strong ? colours.accentWash : colours.wash)
        .fill();
    }
  }
  doc.lineWidth(0.5).strokeColor('#ffffff');
  for (let index = 0; index <= 5; index += 1) {
    doc.moveTo(gridLeft + index * cellWidth, gridTop).lineTo(gridLeft + index * cellWidth, gridTop + gridHeight).stroke();
    doc.moveTo(gridLeft, gridTop + index * cellHeight).lineTo(gridLeft + gridWidth, gridTop + index * cellHeight).stroke();
  }
  // The line between low (1–2) and high (3–5).
  doc.lineWidth(1.2).strokeColor(colours.accentSoft);
  doc.moveTo(xOf(3), gridTop - 4).lineTo(xOf(3), gridTop + gridHeight + 4).stroke();
  doc.moveTo(gridLeft - 4, yOf(2)).lineTo(gridLeft + gridWidth + 4, yOf(2)).stroke();

  const label = (text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left', colour: string = colours.accent) =>
    layout.lineAt(text, x, y, width, { style: 'semibold', size: sizes.tiny, colour, align });
  label(quadrantLabels['growth-area'].title, xOf(1), top + 2, 2 * cellWidth);
  label(quadrantLabels['motivated-strength'].title, xOf(3), top + 2, 3 * cellWidth, 'right');
  const below = gridTop + gridHeight;
  for (let level = 1; level <= 5; level += 1) {
    label(String(level), xOf(level), below + 3, cellWidth, 'center', colours.muted);
    label(String(level), layout.left, yOf(level) + cellHeight / 2 - 4, axisWidth - 8, 'right', colours.muted);
  }
  label(quadrantLabels['low-priority'].title, xOf(1), below + 16, 2 * cellWidth);
  label(quadrantLabels['burnout-risk'].title, xOf(3), below + 16, 3 * cellWidth, 'right');
  label('How good you are at it (1 to 5)', gridLeft, below + 30, gridWidth, 'center', colours.muted);
  doc.save();
  doc.rotate(-90, { origin: [layout.left + 4, gridTop + gridHeight / 2] });
  label('How much you enjoy it (1 to 5)', layout.left + 4 - gridHeight / 2, gridTop + gridHeight / 2 - 4, gridHeight, 'center', colours.muted);
  doc.restore();

  const cells = new Map<string, string[]>();
  for (const skill of skills.filter(isRated)) {
    const key = `${skill.proficiency}-${skill.enjoyment}`;
    const names = cells.get(key) ?? [];
    names.push(skill.name);
    cells.set(key, names);
  }
  const nameStyle = { size: sizes.tiny - 0.5, colour: colours.text };
  const line = layout.lineHeight(nameStyle) - 3;
  for (const [key, names] of cells) {
    const [proficiency = 1, enjoyment = 1] = key.split('-').map(Number);
    const x = xOf(proficiency) + 5;
    const width = cellWidth - 14;
    const cellBottom = yOf(enjoyment) + cellHeight - 3;
    let y = yOf(enjoyment) + 4;
    let shown = 0;
    for (const name of names) {
      const lines = Math.min(2, Math.round(layout.font(nameStyle).heightOfString(name, { width }) / line) || 1);
      const left = names.length - shown - 1;
      if (y + lines * line + (left > 0 ? line : 0) > cellBottom) break;
      doc.circle(x + 2, y + 4, 1.8).fillColor(colours.accent).fill();
      layout.textAt(name, x + 7, y, { ...nameStyle, width, height: lines * line, ellipsis: true, lineGap: 0 });
      y += lines * line + 1.5;
      shown += 1;
    }
    if (names.length > shown) {
      layout.lineAt(`+ ${names.length - shown} more`, x + 7, y, width, { size: sizes.tiny - 0.5, colour: colours.muted });
    }
  }
}
