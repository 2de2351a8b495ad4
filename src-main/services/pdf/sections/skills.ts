import { expiryStatus, isOverdue, openTotals, sortByDueDate } from '../../../shared/learning-plan';
import { learningDemand } from '../../../shared/paths';
import { isRated, prioritisedLearning, quadrantLabels, skillGap, skillQuadrant } from '../../../shared/skills-plan';
import { learningKinds, type LearningAction } from '../../../shared/workbook';
import type { PlanContext } from '../context';
import { count } from '../context';
import { drawSkillsMap, skillsMapAlt } from '../charts/skills-map';
import { table } from '../table';
import { colours } from '../theme';
import { emptyNote, openSection, privateNote } from './common';

/*
 * Skills: the motivated-skills map, the inventory, what to learn next, and the learning plan with
 * its costs, hours and certifications.
 */

const kindWords: Readonly<Record<(typeof learningKinds)[number], string>> = {
  course: 'Course',
  certification: 'Certification',
  project: 'Project',
  'stretch-assignment': 'Stretch assignment',
  mentoring: 'Mentoring',
  reading: 'Reading',
};
const statusWords: Readonly<Record<LearningAction['status'], string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const level = (value: number | null) => (value === null ? '–' : String(value));

async function inventory(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  await table(layout, {
    heading: { level: 2, text: 'Inventory' },
    columns: [
      { header: 'Skill', share: 0.28 },
      { header: 'Category', share: 0.18 },
      { header: 'Level', share: 0.08, align: 'right' },
      { header: 'Enjoy', share: 0.08, align: 'right' },
      { header: 'Target', share: 0.08, align: 'right' },
      { header: 'Gap', share: 0.07, align: 'right' },
      { header: 'On the map', share: 0.23 },
    ],
    rows: [...snapshot.skills]
      .sort((a, b) => a.order - b.order)
      .map((skill) => [
        skill.name,
        skill.category,
        level(skill.proficiency),
        level(skill.enjoyment),
        level(skill.targetLevel),
        level(skillGap(skill)),
        isRated(skill) ? quadrantLabels[skillQuadrant(skill)].title : 'Not rated yet',
      ]),
    onRow: context.checkpoint,
  });
}

async function learnNext(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  const ranked = prioritisedLearning(snapshot.skills, snapshot.learningActions, learningDemand(snapshot.paths, snapshot.skills));
  if (ranked.length === 0) {
    layout.heading(2, 'What to learn next');
    emptyNote(layout, 'Every rated skill is at its target.');
    return;
  }
  await table(layout, {
    heading: { level: 2, text: 'What to learn next' },
    columns: [
      { header: '#', share: 0.06, align: 'right' },
      { header: 'Skill', share: 0.34 },
      { header: 'Why now', share: 0.6 },
    ],
    rows: ranked.map((entry, index) => [String(index + 1), entry.skill.name, entry.reason]),
    onRow: context.checkpoint,
  });
}

async function learningPlan(context: PlanContext): Promise<void> {
  const { layout, snapshot, today } = context;
  if (snapshot.learningActions.length === 0) {
    layout.heading(2, 'Learning plan');
    emptyNote(layout, 'No learning actions planned yet.');
    return;
  }
  const skillNames = new Map(snapshot.skills.map((skill) => [skill.id, skill.name]));
  const amount = new Intl.NumberFormat(context.locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(context.locale, { style: 'currency', currency: context.currency, maximumFractionDigits: 0 });
  const totals = openTotals(snapshot.learningActions);
  await table(layout, {
    heading: { level: 2, text: 'Learning plan' },
    intro: `${count(totals.open, 'open action')} still ask for about ${amount.format(totals.hours)} hours and ${money.format(totals.cost)}. Costs in ${context.currency}.`,
    columns: [
      { header: 'Action', share: 0.28 },
      { header: 'Skill', share: 0.17 },
      { header: 'Kind', share: 0.15 },
      { header: 'Status', share: 0.12 },
      { header: 'Due', share: 0.14 },
      { header: 'Cost', share: 0.07, align: 'right' },
      { header: 'Hours', share: 0.07, align: 'right' },
    ],
    rows: sortByDueDate(snapshot.learningActions).map((action) => {
      const expiry = expiryStatus(action, today);
      const flags = [isOverdue(action, today) ? 'overdue' : '', expiry === 'expired' ? 'expired' : expiry === 'expiring' ? `expires ${context.date(action.expiresOn)}` : '']
        .filter(Boolean)
        .join(', ');
      const title = [action.title, action.provider].filter(Boolean).join(', ');
      return [
        flags ? { text: `${title} (${flags})`, style: { colour: colours.warning } } : title,
        skillNames.get(action.skillId) ?? '',
        kindWords[action.kind],
        statusWords[action.status],
        context.date(action.dueDate),
        action.cost === null ? '' : amount.format(action.cost),
        action.hours === null ? '' : amount.format(action.hours),
      ];
    }),
    onRow: context.checkpoint,
  });
}

export async function writeSkills(context: PlanContext): Promise<void> {
  const { layout, snapshot } = context;
  openSection(context, 'skills', 'What you are good at and what you enjoy. Skills that are both are the ones to build a career on.');
  if (snapshot.skills.length === 0) {
    emptyNote(layout, 'No skills added yet.');
    return;
  }
  layout.heading(2, 'The motivated-skills map', 370);
  layout.figure(skillsMapAlt(snapshot.skills), 360, (top) => drawSkillsMap(layout, snapshot.skills, top, 360));
  await context.checkpoint();
  await inventory(context);
  await learnNext(context);
  await learningPlan(context);
  if (context.share) privateNote(context, 'Notes on skills and learning actions');
}
