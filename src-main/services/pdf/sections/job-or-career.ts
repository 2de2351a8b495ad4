import { lensGuides, lensLeaning, overallReading } from '../../../shared/job-or-career';
import { lensIds } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { drawRadar, radarAlt } from '../charts/radar';
import { table } from '../table';
import { colours, type as sizes } from '../theme';
import { emptyNote, openSection, privateNote, prose } from './common';

/*
 * Job or career?: the latest check as a radar and a table of its lenses with notes, then every check
 * over time.
 */

function readingText(average: number | null, label: string | null, rated: number): string {
  if (average === null) return 'No lens rated yet';
  return label ? `${average} of 5: ${label}` : `${average} of 5 so far (${rated} of 7 lenses rated)`;
}

export async function writeJobOrCareer(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(
    context,
    'job-or-career',
    'A job is something you hold now; a career is what you build over years. Each check scores your current role on seven lenses, from 1 (a job) to 5 (a career).',
  );
  const [latest, previous = null] = snapshot.roleChecks;
  if (!latest) {
    emptyNote(layout, 'No job-or-career check yet.');
    return;
  }
  const reading = overallReading(latest.lenses);
  layout.heading(2, `Latest check: ${context.date(latest.date)}`, 260);
  layout.paragraph(`${latest.role ? `The role “${latest.role}”` : 'The current role'} reads as ${readingText(reading.average, reading.label, reading.rated)}.`);
  layout.figure(radarAlt(latest, previous), 250, (top) => drawRadar(layout, latest.lenses, previous?.lenses ?? null, top, 250));
  if (previous) {
    layout.paragraph(`The dashed outline is the check of ${context.date(previous.date)}.`, { size: sizes.small, colour: colours.muted });
  }
  await table(layout, {
    columns: [
      { header: 'Lens', share: 0.18 },
      { header: 'Score', share: 0.08, align: 'right' },
      { header: 'Leaning', share: 0.2 },
      { header: 'What I noticed', share: 0.54 },
    ],
    rows: lensIds.map((lens) => {
      const { score, note } = latest.lenses[lens];
      return [lensGuides[lens].name, score === null ? '–' : String(score), lensLeaning(score) ?? 'not rated', note];
    }),
  });
  if (context.share) privateNote(context, 'Notes on the check');
  else prose(layout, 'Notes', latest.notes);

  if (snapshot.roleChecks.length > 1) {
    await table(layout, {
      heading: { level: 2, text: 'Checks over time' },
      columns: [
        { header: 'Date', share: 0.18 },
        { header: 'Role', share: 0.42 },
        { header: 'Average', share: 0.12, align: 'right' },
        { header: 'Reading', share: 0.28 },
      ],
      rows: snapshot.roleChecks.map((check) => {
        const overall = overallReading(check.lenses);
        return [context.date(check.date), check.role, overall.average === null ? '–' : String(overall.average), overall.label ?? `${overall.rated} of 7 rated`];
      }),
      onRow: context.checkpoint,
    });
  }
}
