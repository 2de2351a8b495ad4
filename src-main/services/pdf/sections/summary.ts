import { overviewAgenda } from '../../../shared/agenda';
import { comparePaths } from '../../../shared/paths';
import { alignmentText, coverageText } from '../../../shared/path-labels';
import { followUpText } from '../../../shared/people';
import { defaultSettings } from '../../../shared/settings';
import { isRated, skillQuadrant } from '../../../shared/skills-plan';
import type { PlanContext } from '../context';
import { colours, type as sizes } from '../theme';
import { emptyNote, list, openSection } from './common';

/*
 * The plan on one page (the Overview section): core values and motivated strengths side by side, the
 * path being pursued, and what the next 90 days hold.
 */

const shown = 8;

function motivatedStrengths(context: PlanContext): string[] {
  return context.snapshot.skills
    .filter(isRated)
    .filter((skill) => skillQuadrant(skill) === 'motivated-strength')
    .sort((a, b) => b.proficiency + b.enjoyment - (a.proficiency + a.enjoyment) || a.order - b.order)
    .map((skill) => skill.name);
}

function columns(context: PlanContext): void {
  const { layout } = context;
  const gutter = 24;
  const width = (layout.width - gutter) / 2;
  const top = layout.y;
  const values = context.coreValues.map((value) => value.name);
  const strengths = motivatedStrengths(context);
  const bottoms: number[] = [];
  const blocks: Array<{ title: string; items: string[]; empty: string; numbered: boolean; more: number }> = [
    { title: 'Core values', items: values.slice(0, 10), empty: 'No core values ranked yet.', numbered: true, more: 0 },
    {
      title: 'Motivated strengths',
      items: strengths.slice(0, shown),
      empty: 'No skill is both strong and enjoyed yet.',
      numbered: false,
      more: Math.max(0, strengths.length - shown),
    },
  ];
  blocks.forEach((block, index) => {
    layout.y = top;
    const indent = index * (width + gutter);
    layout.group('Div', () => {
      const heading = layout.element('H2');
      layout.mark(heading, 'H2', () =>
        layout.textAt(block.title, layout.left + indent, layout.y, { style: 'semibold', size: sizes.h2, colour: colours.accent, width }),
      );
      heading.end();
      layout.y += 6;
      if (block.items.length === 0) layout.paragraph(block.empty, { style: 'italic', colour: colours.muted, indent, width });
      else list(layout, block.items, { numbered: block.numbered, indent, width });
      if (block.more > 0) layout.paragraph(`and ${block.more} more`, { colour: colours.muted, indent, width, size: sizes.small });
    });
    bottoms.push(layout.y);
  });
  layout.y = Math.max(...bottoms) + 6;
}

function pursuedPath(context: PlanContext): void {
  const { layout, snapshot } = context;
  layout.heading(2, snapshot.paths.filter((path) => path.status === 'pursuing').length > 1 ? 'The paths I am pursuing' : 'The path I am pursuing');
  const comparisons = comparePaths(snapshot.paths, snapshot.skills, context.coreValues.map((value) => value.id)).filter(
    (comparison) => comparison.path.status === 'pursuing',
  );
  if (comparisons.length === 0) {
    emptyNote(layout, 'No path is marked as pursued yet: the Paths section compares the possible futures.');
    return;
  }
  for (const comparison of comparisons.slice(0, 3)) {
    layout.paragraph(comparison.path.name, { style: 'semibold', size: sizes.h3, after: 2 });
    layout.paragraph(
      `Skill coverage ${coverageText(comparison.coverage, context.locale)} · values alignment ${alignmentText(comparison.alignment, context.locale)} · ${comparison.openUncertainties} open ${comparison.openUncertainties === 1 ? 'question' : 'questions'}`,
      { size: sizes.small + 0.5, colour: colours.muted, after: 4 },
    );
    layout.paragraph(comparison.path.description);
  }
}

function nextNinetyDays(context: PlanContext): void {
  const { layout, snapshot, today } = context;
  layout.heading(2, 'The next 90 days');
  const agenda = overviewAgenda(snapshot, today, defaultSettings.reviewEveryMonths);
  const mark = (overdue: boolean) => (overdue ? 'Overdue: ' : '');
  const dated = [
    ...agenda.milestones.map((item) => ({ date: item.date, text: `${mark(item.overdue)}${item.title} (milestone, ${context.date(item.date)})` })),
    ...agenda.nextSteps.map((item) => ({ date: item.date, text: `${mark(item.overdue)}${item.title} (for “${item.milestone}”, ${context.date(item.date)})` })),
    ...agenda.learning.map((item) => ({ date: item.date, text: `${mark(item.overdue)}${item.title} (learning, ${context.date(item.date)})` })),
    ...agenda.certifications.map((item) => ({ date: item.date, text: `${item.title} ${item.overdue ? 'has expired' : 'expires'} (${context.date(item.date)})` })),
    ...agenda.followUps.map((item) => ({
      date: item.followUp.date,
      text: `${item.what ?? `Get back in touch with ${item.name}`}: ${followUpText(item.followUp, (date) => context.date(date), item.what !== null)}`,
    })),
  ];
  // Soonest first (what is overdue comes first that way); the order of equal dates is kept.
  const lines = dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((item) => item.text);
  if (lines.length === 0) {
    emptyNote(layout, 'Nothing is due in the next 90 days.');
    return;
  }
  // The summary stays on one page: as many lines as fit, then how many more the sections hold.
  const style = { size: sizes.small + 0.5 };
  const moreLine = layout.lineHeight({ size: sizes.small }) + 4;
  let fits = 0;
  let height = 0;
  for (const line of lines) {
    height += layout.heightOf(line, layout.width - 12, style) + 2;
    if (height + (fits + 1 < lines.length ? moreLine : 0) > layout.remaining() - 4) break;
    fits += 1;
  }
  list(layout, lines.slice(0, fits), { style });
  if (lines.length > fits) {
    layout.paragraph(`and ${lines.length - fits} more in the sections that follow`, { colour: colours.muted, size: sizes.small });
  }
}

export async function writeSummary(context: PlanContext): Promise<void> {
  openSection(context, 'overview', 'Your plan on one page: what you value, what you are best at and enjoy, where you are heading, and what comes next.');
  columns(context);
  await context.checkpoint();
  pursuedPath(context);
  await context.checkpoint();
  nextNinetyDays(context);
}
