/*
 * The planning chapters of the Markdown export: the people (board of directors), paths, milestones by
 * horizon and reviews. Figures come from src-main/shared, as the app shows them.
 */
import { horizonLabels, isOverdue, milestoneProgress, milestoneStatusLabels } from '../../shared/milestones';
import { experimentKindLabels, experimentStatusLabels, gaugeShortLabels, pathKindLabels, pathStatusLabels } from '../../shared/path-labels';
import { inventoryOf, skillGapAnalysis, skillCoverage, valuesAlignment } from '../../shared/paths';
import { boardRoleGuides, boardSeats, cadenceChoices, followUpsToDo, followUpText, interactionKindLabels, logsByPerson, nextFollowUp } from '../../shared/people';
import { figureLines } from '../../shared/reviews';
import { currentCore, indexCards, sortCards, valuesDeck } from '../../shared/values';
import { horizons, type CareerPath, type Person, type WorkbookSnapshot } from '../../shared/workbook';
import { dateText } from './markdown-self';
import { bullets, cell, field, inline, longField, paragraphs, section, table } from './markdown-text';

function cadenceText(days: number | null): string {
  return cadenceChoices.find((choice) => choice.days === days)?.label ?? `Every ${days} days`;
}

function personChapter(person: Person, snapshot: WorkbookSnapshot, today: string, log: WorkbookSnapshot['interactions']): string | null {
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  const helpsWith = person.canHelpWith.flatMap((id) => (skillNames.has(id) ? [skillNames.get(id) ?? ''] : []));
  const interactions = log.map((interaction) => {
    const followUp = interaction.followUp
      ? ` Agreed: ${inline(interaction.followUp.what)}, due ${dateText(interaction.followUp.due)}${interaction.followUp.done ? ' (done)' : ''}.`
      : '';
    const summary = interaction.summary.trim() ? `: ${inline(interaction.summary)}` : '';
    const notes = interaction.notes.trim() ? `\n${paragraphs(interaction.notes)}` : '';
    return `${dateText(interaction.date)}, ${interactionKindLabels[interaction.kind]}${summary}.${followUp}${notes}`;
  });
  return section(
    4,
    person.name,
    bullets(
      [
        field('Seats', person.roles.map((role) => boardRoleGuides[role].name).join(', ')),
        field('Title', person.title),
        field('Organisation', person.organisation),
        field('How we met', person.howWeMet),
        field('Can help with', helpsWith.join(', ')),
        field('Stay in touch', cadenceText(person.cadenceDays)),
        field('Last contact', dateText(person.lastContact)),
        field('Next', followUpText(nextFollowUp(person.cadenceDays, person.lastContact, today), dateText)),
        field('Contact', person.contact),
      ].filter((line): line is string => line !== null),
    ),
    longField('Notes', person.notes),
    section(5, 'Conversations', bullets(interactions)),
  );
}

export function peopleChapter(snapshot: WorkbookSnapshot, today: string): string | null {
  if (snapshot.people.length === 0) return null;
  const board = boardSeats(snapshot.people).map((seat) => {
    const names = seat.people.map((person) => inline(person.name)).join(', ');
    return `**${boardRoleGuides[seat.role].name}:** ${names || 'empty seat'}`;
  });
  const toDo = followUpsToDo(snapshot.people, snapshot.interactions, today).map((item) => {
    const what = item.kind === 'agreed' ? `${inline(item.what)} (${inline(item.person.name)})` : inline(item.person.name);
    return `${what}: ${followUpText(item.followUp, dateText, item.kind === 'agreed')}`;
  });
  const logs = logsByPerson(snapshot.interactions);
  return section(
    2,
    'People',
    section(3, 'Board of directors', bullets(board)),
    section(3, 'Get back in touch', bullets(toDo)),
    section(3, 'Everyone', ...snapshot.people.map((person) => personChapter(person, snapshot, today, logs.get(person.id) ?? []))),
  );
}

const requirementWords = { missing: 'missing', below: 'below the level', met: 'met' } as const;

function pathChapter(path: CareerPath, snapshot: WorkbookSnapshot, coreIds: readonly string[], valueName: (id: string) => string): string | null {
  const readings = skillGapAnalysis(path, inventoryOf(snapshot.skills));
  const coverage = skillCoverage(readings);
  const alignment = valuesAlignment(path, coreIds);
  const peopleNames = new Map(snapshot.people.map((person) => [person.id, person.name]));
  const requirements = readings.map((reading) => [
    cell(reading.requirement.name),
    String(reading.requirement.level),
    reading.skill?.proficiency == null ? 'not rated' : String(reading.skill.proficiency),
    requirementWords[reading.status],
  ]);
  const gauges = (Object.keys(gaugeShortLabels) as Array<keyof CareerPath['gauges']>)
    .filter((gauge) => path.gauges[gauge] !== null)
    .map((gauge) => `${gaugeShortLabels[gauge]} ${path.gauges[gauge]} of 5`);
  const uncertainties = path.uncertainties.map((uncertainty) => {
    const experiments = uncertainty.experiments.map(
      (experiment) =>
        `  - ${experimentKindLabels[experiment.kind]} (${experimentStatusLabels[experiment.status].toLowerCase()})${experiment.description.trim() ? `: ${inline(experiment.description)}` : ''}${experiment.learned.trim() ? `; learned: ${inline(experiment.learned)}` : ''}`,
    );
    return [inline(uncertainty.question), ...experiments].join('\n');
  });
  return section(
    3,
    path.name,
    `*${pathKindLabels[path.kind].label}, ${pathStatusLabels[path.status].toLowerCase()}*`,
    paragraphs(path.description),
    bullets(
      [
        field('Target roles', path.targetRoles.join(', ')),
        coverage === null ? null : `**Skill coverage:** ${coverage} %`,
        alignment.figure === null ? null : `**Values alignment:** ${alignment.figure > 0 ? '+' : ''}${alignment.figure} %`,
        field('Serves', alignment.serves.map(valueName).join(', ')),
        field('Strains', alignment.strains.map(valueName).join(', ')),
        gauges.length === 0 ? null : `**Gauges:** ${gauges.join(', ')}`,
        field('People who can help', path.personIds.flatMap((id) => peopleNames.get(id) ?? []).join(', ')),
      ].filter((line): line is string => line !== null),
    ),
    requirements.length === 0 ? null : table(['Required skill', 'Level needed', 'Proficiency', 'Status'], requirements),
    section(4, 'Open questions and experiments', bullets(uncertainties)),
  );
}

export function pathsChapter(snapshot: WorkbookSnapshot): string | null {
  const cards = indexCards(sortCards(valuesDeck, snapshot.customValues));
  const coreIds = currentCore(snapshot.valueSorts).map((value) => value.valueId);
  const valueName = (id: string) => cards.get(id)?.name ?? id;
  const paths = [...snapshot.paths].sort((a, b) => a.order - b.order);
  return section(2, 'Paths', ...paths.map((path) => pathChapter(path, snapshot, coreIds, valueName)));
}

export function milestonesChapter(snapshot: WorkbookSnapshot, today: string): string | null {
  const pathNames = new Map(snapshot.paths.map((path) => [path.id, path.name]));
  const byHorizon = horizons.map((horizon) => {
    const milestones = snapshot.milestones.filter((milestone) => milestone.horizon === horizon);
    const items = milestones.map((milestone) => {
      const facts = [
        milestoneStatusLabels[milestone.status],
        `${milestoneProgress(milestone)} %`,
        milestone.targetDate ? `target ${dateText(milestone.targetDate)}` : 'no target date',
        isOverdue(milestone, today) ? '**overdue**' : '',
        milestone.pathId && pathNames.has(milestone.pathId) ? `path: ${inline(pathNames.get(milestone.pathId) ?? '')}` : '',
      ].filter(Boolean);
      const details = [field('Specific', milestone.specific), field('Measure', milestone.measure), field('Why it matters', milestone.whyItMatters)]
        .filter((line): line is string => line !== null)
        .map((line) => `  - ${line}`);
      const steps = milestone.steps.map((step) => `  - [${step.done ? 'x' : ' '}] ${inline(step.text)}${step.due ? ` (due ${dateText(step.due)})` : ''}`);
      return [`**${inline(milestone.title)}** (${facts.join(', ')})`, ...details, ...steps].join('\n');
    });
    return section(3, horizonLabels[horizon], bullets(items));
  });
  return section(2, 'Milestones', ...byHorizon);
}

export function reviewsChapter(snapshot: WorkbookSnapshot): string | null {
  const reviews = [...snapshot.reviews].sort((a, b) => b.date.localeCompare(a.date));
  return section(
    2,
    'Reviews',
    ...reviews.map((review) => {
      const figures = review.figures;
      return section(
        3,
        `${review.period} (${dateText(review.date)})`,
        `*${review.status === 'complete' ? 'Complete' : 'Draft'}${review.energy === null ? '' : `, energy ${review.energy} of 5`}*`,
        longField('What moved', review.moved),
        longField('What is stuck', review.stuck),
        longField('What I learned', review.learned),
        longField('What next', review.next),
        figures === null ? null : table(['Figure', 'Value'], figureLines.map((line) => [line.label, cell(line.text(figures))])),
      );
    }),
  );
}
