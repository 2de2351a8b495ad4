import { horizonLabels, isOverdue, milestoneProgress, milestoneStatusLabels, nextActions, tallyByHorizon } from '../../../shared/milestones';
import { roadmapLayout } from '../../../shared/roadmap';
import { horizons, type Milestone } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { drawRoadmap, lanesThatFit, roadmapAlt, roadmapHeight } from '../charts/roadmap';
import { table } from '../table';
import { colours, type as sizes } from '../theme';
import { emptyNote, openSection } from './common';

/*
 * Milestones: the roadmap over ten years, the next steps, then the milestones of each horizon with
 * what makes each one specific and measurable.
 */

/** Steps printed in "Next steps"; the milestones below list what each still needs. */
const stepsListed = 25;

async function horizonTable(context: PlanContext, milestones: readonly Milestone[], paths: ReadonlyMap<string, string>, heading: string, intro: string): Promise<void> {
  const { today } = context;
  const percent = new Intl.NumberFormat(context.locale, { style: 'percent' });
  await table(context.layout, {
    heading: { level: 2, text: heading },
    intro,
    columns: [
      { header: 'Milestone', share: 0.33 },
      { header: 'How I will know', share: 0.31 },
      { header: 'Target', share: 0.14 },
      { header: 'Status', share: 0.14 },
      { header: 'Done', share: 0.08, align: 'right' },
    ],
    rows: milestones.map((milestone) => {
      const overdue = isOverdue(milestone, today);
      return [
        {
          text: milestone.title,
          style: { style: 'semibold' },
          ...(milestone.pathId && paths.has(milestone.pathId) ? { note: `Path: ${paths.get(milestone.pathId)}` } : {}),
        },
        milestone.measure || milestone.specific,
        context.date(milestone.targetDate, 'No date'),
        overdue ? { text: `${milestoneStatusLabels[milestone.status]}, overdue`, style: { colour: colours.warning } } : milestoneStatusLabels[milestone.status],
        percent.format(milestoneProgress(milestone) / 100),
      ];
    }),
    onRow: context.checkpoint,
  });
}

export async function writeMilestones(context: PlanContext): Promise<void> {
  const { layout, snapshot, today } = context;
  openSection(context, 'milestones', 'The roadmap from the next 90 days to ten years on: each milestone specific, measurable and tied to why it matters.');
  if (snapshot.milestones.length === 0) {
    emptyNote(layout, 'No milestones set yet.');
    return;
  }
  const paths = [...snapshot.paths].sort((a, b) => a.order - b.order);
  const whole = roadmapLayout({ milestones: snapshot.milestones, paths, today, zoom: 'horizon' });
  const titles = new Map(snapshot.milestones.map((milestone) => [milestone.id, milestone.title]));
  // The roadmap is one figure on one page: with many paths it shows the lanes that fit.
  const headingSpace = 3 * layout.lineHeight();
  const here = layout.remaining() - headingSpace;
  const room = here >= 220 ? here : layout.bottom - layout.top - headingSpace;
  const lanes = lanesThatFit(whole, room);
  const roadmap = { ...whole, lanes: whole.lanes.slice(0, lanes) };
  const height = roadmapHeight(roadmap);
  layout.heading(2, 'Roadmap', height);
  layout.figure(roadmapAlt(roadmap, snapshot.milestones.length, titles), height, (top) => drawRoadmap(layout, roadmap, top, context.locale));
  if (lanes < whole.lanes.length) {
    layout.paragraph(`The roadmap shows the first ${lanes} of ${whole.lanes.length} lanes; every milestone is in the tables below.`, {
      size: sizes.small,
      colour: colours.muted,
    });
  }
  await context.checkpoint();

  const steps = nextActions(snapshot.milestones, today);
  if (steps.length > 0) {
    await table(layout, {
      heading: { level: 2, text: 'Next steps' },
      columns: [
        { header: 'Step', share: 0.46 },
        { header: 'Towards', share: 0.38 },
        { header: 'Due', share: 0.16 },
      ],
      rows: steps.slice(0, stepsListed).map((action) => [
        action.overdue ? { text: `${action.step.text} (overdue)`, style: { colour: colours.warning } } : action.step.text,
        action.milestoneTitle,
        context.date(action.step.due, 'No date'),
      ]),
      onRow: context.checkpoint,
    });
    if (steps.length > stepsListed) layout.paragraph(`and ${steps.length - stepsListed} more open steps`, { size: sizes.small, colour: colours.muted });
  }

  const pathNames = new Map(paths.map((path) => [path.id, path.name]));
  const tally = tallyByHorizon(snapshot.milestones, today);
  for (const horizon of horizons) {
    const milestones = snapshot.milestones.filter((milestone) => milestone.horizon === horizon);
    if (milestones.length === 0) continue;
    const counts = tally[horizon];
    const intro = `${counts.done} of ${counts.total - counts.dropped} done${counts.overdue > 0 ? `, ${counts.overdue} overdue` : ''}${counts.dropped > 0 ? `, ${counts.dropped} dropped` : ''}.`;
    await horizonTable(context, milestones, pathNames, `Within ${horizonLabels[horizon]}`, intro);
  }
}
