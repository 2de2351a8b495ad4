import { horizonLabels, milestoneStatusLabels } from '../../../shared/milestones';
import type { RoadmapLayout, RoadmapMarker } from '../../../shared/roadmap';
import type { PdfLayout } from '../layout';
import { colours, type as sizes } from '../theme';

/*
 * The roadmap as vectors: today on the left, the five horizon bands to ten years on, one lane per
 * path, and a marker per milestone whose shape says its status (filled done, half in progress, open
 * not started, grey dropped, amber overdue), with a legend in words.
 */

const laneLabelWidth = 96;
const rowHeight = 11;
const lanePadding = 7;
const axisHeight = 30;
const legendHeight = 22;
/** Room for two lines of a lane's name, so "Lead the data science team" is not cut to its first line. */
const laneLabelLines = 21;

/** A lane's height: its rows of markers, or two lines of its name when that is taller. */
function laneHeight(lane: RoadmapLayout['lanes'][number]): number {
  return Math.max(lane.rows * rowHeight, laneLabelLines) + 2 * lanePadding;
}

/** How many lanes (from the first) fit in `maxHeight`: at least one. */
export function lanesThatFit(roadmap: RoadmapLayout, maxHeight: number): number {
  let height = axisHeight + legendHeight + 8;
  let lanes = 0;
  for (const lane of roadmap.lanes) {
    height += laneHeight(lane);
    if (height > maxHeight && lanes > 0) break;
    lanes += 1;
  }
  return lanes;
}

export function roadmapHeight(roadmap: RoadmapLayout): number {
  const lanes = roadmap.lanes.reduce((sum, lane) => sum + laneHeight(lane), 0);
  return axisHeight + Math.max(lanes, 30) + legendHeight + 8;
}

export function roadmapAlt(roadmap: RoadmapLayout, count: number, titles: ReadonlyMap<string, string>): string {
  const lanes = roadmap.lanes
    .map((lane) => {
      const names = lane.markers.slice(0, 6).map((marker) => titles.get(marker.milestoneId) ?? '');
      return `${lane.name}: ${lane.markers.length} (${names.join('; ')}${lane.markers.length > 6 ? '; …' : ''})`;
    })
    .join('. ');
  const hidden = roadmap.earlier + roadmap.later;
  return `Roadmap of ${count} milestones from today to ten years on, one lane per path. ${lanes}.${hidden > 0 ? ` ${hidden} done or dropped earlier are not drawn.` : ''}`;
}

function marker(layout: PdfLayout, item: RoadmapMarker, x: number, y: number): void {
  const { doc } = layout;
  const r = 3.6;
  if (item.status === 'dropped') {
    doc.circle(x, y, r).lineWidth(0.9).strokeColor(colours.faint).stroke();
    doc.moveTo(x - r, y + r).lineTo(x + r, y - r).stroke();
    return;
  }
  const colour = item.overdue ? colours.warning : colours.accent;
  if (item.status === 'done') {
    doc.circle(x, y, r).fillColor(colour).fill();
    return;
  }
  doc.circle(x, y, r).fillColor('#ffffff').fill();
  if (item.status === 'in-progress') {
    doc.path(`M ${x} ${y - r} A ${r} ${r} 0 0 1 ${x} ${y + r} Z`).fillColor(colour).fill();
  }
  doc.circle(x, y, r).lineWidth(1.1).strokeColor(colour).stroke();
}

export function drawRoadmap(layout: PdfLayout, roadmap: RoadmapLayout, top: number, locale: string): void {
  const { doc } = layout;
  const chartLeft = layout.left + laneLabelWidth;
  const chartWidth = layout.width - laneLabelWidth - 6;
  const xOf = (fraction: number) => chartLeft + fraction * chartWidth;
  const lanesTop = top + axisHeight;
  const lanesHeight = Math.max(
    roadmap.lanes.reduce((sum, lane) => sum + laneHeight(lane), 0),
    30,
  );

  roadmap.bands.forEach((band, index) => {
    doc
      .rect(xOf(band.start), lanesTop, xOf(band.end) - xOf(band.start), lanesHeight)
      .fillColor(index % 2 === 0 ? colours.wash : '#ffffff')
      .fill();
    layout.textAt(horizonLabels[band.horizon], xOf(band.start), top + 2, {
      style: 'semibold',
      size: sizes.tiny,
      colour: colours.accent,
      width: xOf(band.end) - xOf(band.start),
      align: 'center',
      lineBreak: false,
    });
  });
  const dateWords = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  for (const tick of roadmap.ticks) {
    const [year = 0, month = 1] = tick.day.split('-').map(Number);
    layout.textAt(dateWords.format(Date.UTC(year, month - 1, 1)), xOf(tick.x) - 40, top + 14, {
      size: sizes.tiny - 1,
      colour: colours.muted,
      width: 40,
      align: 'right',
      lineBreak: false,
    });
    doc.moveTo(xOf(tick.x), lanesTop).lineTo(xOf(tick.x), lanesTop + lanesHeight).lineWidth(0.4).strokeColor(colours.rule).stroke();
  }

  let laneTop = lanesTop;
  for (const lane of roadmap.lanes) {
    const height = laneHeight(lane);
    layout.textAt(lane.name, layout.left, laneTop + lanePadding - 1, {
      style: 'semibold',
      size: sizes.tiny,
      colour: colours.text,
      width: laneLabelWidth - 8,
      height: height - lanePadding,
      ellipsis: true,
    });
    // Markers sit in the middle of a lane made taller for its name.
    const markersTop = laneTop + (height - lane.rows * rowHeight) / 2;
    doc.moveTo(layout.left, laneTop + height).lineTo(xOf(1), laneTop + height).lineWidth(0.4).strokeColor(colours.rule).stroke();
    for (const item of lane.markers) marker(layout, item, xOf(item.x), markersTop + item.row * rowHeight + rowHeight / 2);
    laneTop += height;
  }
  doc.moveTo(xOf(0), lanesTop - 4).lineTo(xOf(0), lanesTop + lanesHeight).lineWidth(1.4).strokeColor(colours.accent).stroke();
  layout.textAt('Today', xOf(0) - 40, top + 14, { style: 'semibold', size: sizes.tiny - 1, colour: colours.accent, width: 36, align: 'right', lineBreak: false });

  const legendTop = lanesTop + lanesHeight + 10;
  let x = layout.left + laneLabelWidth;
  const samples: Array<{ status: RoadmapMarker['status']; overdue: boolean; text: string }> = [
    ...(['done', 'in-progress', 'not-started', 'dropped'] as const).map((status) => ({ status, overdue: false, text: milestoneStatusLabels[status] })),
    { status: 'not-started', overdue: true, text: 'Overdue' },
  ];
  for (const sample of samples) {
    marker(layout, { milestoneId: '', status: sample.status, x: 0, day: '', row: 0, overdue: sample.overdue, undated: false }, x + 4, legendTop + 5);
    layout.textAt(sample.text, x + 11, legendTop, { size: sizes.tiny, colour: colours.muted, lineBreak: false });
    x += 22 + layout.doc.widthOfString(sample.text);
  }
}
