import type { Page } from '@playwright/test';
import { milestoneSchema, pathSchema, personSchema, valueSortSchema } from '../../src-main/shared/workbook';
import { putRows } from './page-storage';
import { isoDay, ratedSkillRows, seedSkills } from './skills-helpers';

/* Rows the Milestones journeys start from, written as an import would bring them; reload to show them. */

const stamp = '2026-03-02T10:00:00.000Z';
export const overdueTitle = 'Ask for a product rotation';

/** A path to give the overdue milestone its own lane, and the overdue milestone itself (two months late). */
export async function seedOverdue(app: Page): Promise<void> {
  const path = pathSchema.parse({
    id: 'path-pm',
    name: 'Product manager',
    kind: 'alternative',
    status: 'exploring',
    description: '',
    targetRoles: [],
    requiredSkills: [],
    servesValues: [],
    threatensValues: [],
    gauges: { resources: 3, liking: 4, confidence: 3, coherence: 4 },
    uncertainties: [],
    order: 0,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await putRows(app, 'paths', [path]);
  const milestone = milestoneSchema.parse({
    id: 'late-one',
    title: overdueTitle,
    horizon: '90d',
    specific: '',
    measure: '',
    whyItMatters: '',
    valueIds: [],
    targetDate: isoDay(-60).slice(0, 7),
    pathId: path.id,
    skillIds: [],
    personIds: [],
    status: 'in-progress',
    progress: 20,
    progressFrom: 'manual',
    createdAt: stamp,
    updatedAt: stamp,
  });
  await putRows(app, 'milestones', [milestone]);
}

/** A skill, a person and two core values for a milestone to link to. */
export async function seedLinkTargets(app: Page): Promise<void> {
  await seedSkills(app, ratedSkillRows([['Interviewing users', 2, 4]]));
  await putRows(app, 'people', [
    personSchema.parse({
      id: 'person-amira',
      name: 'Amira Ñandú',
      roles: ['mentor'],
      organisation: '',
      title: '',
      howWeMet: '',
      canHelpWith: [],
      contact: '',
      cadenceDays: null,
      lastContact: null,
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
  await putRows(app, 'valueSorts', [
    valueSortSchema.parse({
      id: 'sort-1',
      startedAt: stamp,
      completedAt: stamp,
      placements: { autonomy: 'always', creativity: 'always' },
      core: [
        { valueId: 'autonomy', meaning: '' },
        { valueId: 'creativity', meaning: '' },
      ],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  ]);
}

/** `total` open milestones a week apart, each with ten steps (half of them done), on no path. */
export async function seedManyMilestones(app: Page, total: number): Promise<void> {
  const rows = Array.from({ length: total }, (_, index) =>
    milestoneSchema.parse({
      id: `many-${index}`,
      title: `Milestone ${index}`,
      horizon: index < total / 2 ? '1y' : '3y',
      specific: '',
      measure: '',
      whyItMatters: '',
      valueIds: [],
      targetDate: isoDay(7 * (index + 1)),
      pathId: null,
      skillIds: [],
      personIds: [],
      status: 'in-progress',
      progress: 0,
      progressFrom: 'steps',
      steps: Array.from({ length: 10 }, (_, step) => ({
        id: `many-${index}-step-${step}`,
        text: `Step ${step + 1} of milestone ${index}`,
        done: step % 2 === 0,
        due: step < 4 ? isoDay(7 * index + step) : null,
      })),
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  await putRows(app, 'milestones', rows);
}
