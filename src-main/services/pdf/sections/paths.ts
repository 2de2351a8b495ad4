import { comparePaths, inventoryOf, skillGapAnalysis, type Inventory, type RequirementReading } from '../../../shared/paths';
import { alignmentText, coverageText, experimentKindLabels, experimentStatusLabels, gaugeShortLabels, pathKindLabels, pathStatusLabels } from '../../../shared/path-labels';
import type { CareerPath } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { table } from '../table';
import { colours, type as sizes } from '../theme';
import { emptyNote, facts, list, openSection } from './common';

/*
 * Paths: every possible future side by side (skill coverage, values alignment, gauges), then each
 * path in full: target roles, the skill gaps, the values it serves and strains, and the open
 * questions with the experiments that test them.
 */

const gaugeNames = Object.keys(gaugeShortLabels) as Array<keyof CareerPath['gauges']>;

function requirementStatus(reading: RequirementReading): string {
  if (reading.status === 'met') return 'Met';
  if (reading.status === 'missing') return 'Not in the inventory';
  return reading.levelsShort === null ? 'Not rated yet' : `${reading.levelsShort} ${reading.levelsShort === 1 ? 'level' : 'levels'} short`;
}

async function onePath(context: PlanContext, path: CareerPath, figures: { coverage: number | null; alignment: number | null; inventory: Inventory }): Promise<void> {
  const { coverage, alignment, inventory } = figures;
  const { layout, snapshot } = context;
  layout.heading(2, path.name);
  layout.paragraph(`${pathKindLabels[path.kind].label} · ${pathStatusLabels[path.status]}`, { size: sizes.small, colour: colours.muted, after: 4 });
  layout.paragraph(path.description);
  const valueName = (id: string) => context.valueCards.get(id)?.name ?? '';
  const people = new Map(snapshot.people.map((person) => [person.id, person.name]));
  facts(layout, [
    ['Target roles', path.targetRoles.join(', ')],
    ['Skill coverage', coverageText(coverage, context.locale)],
    ['Values alignment', alignmentText(alignment, context.locale)],
    ['How it feels', gaugeNames.map((gauge) => `${gaugeShortLabels[gauge]} ${path.gauges[gauge] ?? '–'}`).join(' · ') + ' (of 5)'],
    ['Serves', path.servesValues.map(valueName).filter(Boolean).join(', ')],
    ['Strains', path.threatensValues.map(valueName).filter(Boolean).join(', ')],
    ['Who can help', path.personIds.map((id) => people.get(id) ?? '').filter(Boolean).join(', ')],
  ]);
  if (path.requiredSkills.length > 0) {
    await table(layout, {
      heading: { level: 3, text: 'Skills it needs' },
      columns: [
        { header: 'Skill', share: 0.44 },
        { header: 'Needed', share: 0.12, align: 'right' },
        { header: 'Mine', share: 0.12, align: 'right' },
        { header: 'Gap', share: 0.32 },
      ],
      rows: skillGapAnalysis(path, inventory).map((reading) => [
        reading.requirement.name,
        String(reading.requirement.level),
        reading.skill?.proficiency == null ? '–' : String(reading.skill.proficiency),
        reading.status === 'met' ? requirementStatus(reading) : { text: requirementStatus(reading), style: { colour: colours.warning } },
      ]),
      onRow: context.checkpoint,
    });
  }
  if (path.uncertainties.length > 0) {
    layout.heading(3, 'Open questions and experiments');
    for (const uncertainty of path.uncertainties) {
      layout.paragraph(uncertainty.question, { style: 'semibold', after: 3 });
      const experiments = uncertainty.experiments.map(
        (experiment) =>
          `${experimentKindLabels[experiment.kind]} (${experimentStatusLabels[experiment.status].toLowerCase()}): ${experiment.description}${experiment.learned.trim() ? ` Learned: ${experiment.learned.trim()}` : ''}`,
      );
      if (experiments.length > 0) list(layout, experiments, { indent: 8, style: { size: sizes.small + 0.5 } });
      await context.checkpoint();
    }
  }
  layout.gap(8);
}

export async function writePaths(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(context, 'paths', 'Possible futures side by side: how far your skills already reach, which of your values each serves, and what is still uncertain.');
  if (snapshot.paths.length === 0) {
    emptyNote(layout, 'No paths described yet.');
    return;
  }
  const paths = [...snapshot.paths].sort((a, b) => a.order - b.order);
  const comparisons = comparePaths(paths, snapshot.skills, context.coreValues.map((value) => value.id));
  await table(layout, {
    heading: { level: 2, text: 'Side by side' },
    columns: [
      { header: 'Path', share: 0.34 },
      { header: 'Status', share: 0.14 },
      { header: 'Skill coverage', share: 0.16, align: 'right' },
      { header: 'Values alignment', share: 0.18, align: 'right' },
      { header: 'Open questions', share: 0.18, align: 'right' },
    ],
    rows: comparisons.map((comparison) => [
      comparison.path.name,
      pathStatusLabels[comparison.path.status],
      coverageText(comparison.coverage, context.locale).replace('No skills listed yet', '–'),
      alignmentText(comparison.alignment, context.locale).replace('Not marked yet', '–'),
      String(comparison.openUncertainties),
    ]),
    onRow: context.checkpoint,
  });
  layout.paragraph('Skill coverage: the share of the needed skill levels you already have. Values alignment: core values served minus those strained, of all core values. Open questions: those no experiment has tested yet.', {
    size: sizes.small,
    colour: colours.muted,
  });
  // One inventory for every path: folding two thousand skill names per path adds up.
  const inventory = inventoryOf(snapshot.skills);
  for (const comparison of comparisons) {
    await onePath(context, comparison.path, { coverage: comparison.coverage, alignment: comparison.alignment, inventory });
  }
}
