import { lensGuides } from '../../../shared/job-or-career';
import { lensIds, type RoleCheck } from '../../../shared/workbook';
import type { PdfLayout } from '../layout';
import { colours, type as sizes } from '../theme';

/*
 * The job-or-career radar as vectors: seven spokes (one per lens), rings for the scores 1 to 5, the
 * latest check filled in the accent colour and the one before it as a dashed outline.
 */

type Lenses = RoleCheck['lenses'];

export function radarAlt(latest: RoleCheck, previous: RoleCheck | null): string {
  const scores = lensIds.map((lens) => `${lensGuides[lens].name} ${latest.lenses[lens].score ?? 'not rated'}`).join(', ');
  const before = previous ? ` The check of ${previous.date} is drawn as a dashed outline for comparison.` : '';
  return `Radar of the job-or-career check of ${latest.date}, each lens scored from 1 (a job) to 5 (a career): ${scores}.${before}`;
}

export function drawRadar(layout: PdfLayout, latest: Lenses, previous: Lenses | null, top: number, height: number): void {
  const { doc } = layout;
  const radius = height / 2 - 26;
  const centre = { x: layout.left + layout.width / 2, y: top + height / 2 };
  const angle = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / lensIds.length;
  const point = (index: number, score: number) => ({
    x: centre.x + Math.cos(angle(index)) * (radius * score) / 5,
    y: centre.y + Math.sin(angle(index)) * (radius * score) / 5,
  });
  const polygon = (scores: number[]) => {
    scores.forEach((score, index) => {
      const { x, y } = point(index, score);
      if (index === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  };

  doc.lineWidth(0.5).strokeColor(colours.rule);
  for (let ring = 1; ring <= 5; ring += 1) {
    polygon(lensIds.map(() => ring));
    doc.stroke();
  }
  lensIds.forEach((_, index) => {
    const end = point(index, 5);
    doc.moveTo(centre.x, centre.y).lineTo(end.x, end.y).stroke();
  });
  for (let ring = 1; ring <= 5; ring += 1) {
    const { y } = point(0, ring);
    layout.textAt(String(ring), centre.x + 3, y - 4, { size: sizes.tiny - 1, colour: colours.faint, lineBreak: false });
  }

  if (previous) {
    polygon(lensIds.map((lens) => previous[lens].score ?? 0));
    doc.lineWidth(1).dash(3, { space: 2 }).strokeColor(colours.muted).stroke();
    doc.undash();
  }
  const scores = lensIds.map((lens) => latest[lens].score ?? 0);
  polygon(scores);
  doc.fillOpacity(0.22).fillColor(colours.accent).fill();
  doc.fillOpacity(1);
  polygon(scores);
  doc.lineWidth(1.6).strokeColor(colours.accent).stroke();
  scores.forEach((score, index) => {
    const { x, y } = point(index, score);
    doc.circle(x, y, 2.4).fillColor(colours.accent).fill();
  });

  lensIds.forEach((lens, index) => {
    const end = point(index, 5.6);
    const cos = Math.cos(angle(index));
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const width = 110;
    const x = align === 'center' ? end.x - width / 2 : align === 'left' ? end.x : end.x - width;
    const score = latest[lens].score;
    layout.textAt(`${lensGuides[lens].name} ${score ?? '–'}`, x, end.y - 5, {
      style: 'semibold',
      size: sizes.tiny,
      colour: colours.text,
      width,
      align,
      lineBreak: false,
    });
  });
}
