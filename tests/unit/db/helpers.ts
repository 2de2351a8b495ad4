import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import {
  createRepositories,
  WaypointDatabase,
  type NewEntity,
  type RepositoryContext,
  type WriteResult,
} from '../../../src-renderer/db';
import type { EntityCollection } from '@shared/workbook';

/** A database on its own in-memory IndexedDB, so tests never share state. */
export function createTestDatabase(name = 'waypoint-test', indexedDB: IDBFactory = new IDBFactory()): WaypointDatabase {
  return new WaypointDatabase({ name, indexedDB, IDBKeyRange });
}

/** A clock that only moves when told to, and ids that count up: results are predictable. */
export function createTestContext(start = '2026-03-01T09:00:00.000Z'): RepositoryContext & {
  advance: (seconds?: number) => string;
  iso: () => string;
} {
  let current = Date.parse(start);
  let counter = 0;
  return {
    now: () => new Date(current),
    newId: () => `id-${++counter}`,
    advance: (seconds = 60) => {
      current += seconds * 1000;
      return new Date(current).toISOString();
    },
    iso: () => new Date(current).toISOString(),
  };
}

export function setUp(name?: string) {
  const db = createTestDatabase(name);
  const context = createTestContext();
  const repositories = createRepositories(db, context);
  return { db, context, repositories };
}

export function expectSaved<T>(result: WriteResult<T>): T {
  if (result.status !== 'saved') expect.fail(`expected saved, got ${JSON.stringify(result)}`);
  return result.value;
}

/** Every row of every table, for "nothing changed" comparisons. */
export async function dumpDatabase(db: WaypointDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

type Builders = { [C in EntityCollection]: (overrides?: Partial<NewEntity<C>>) => NewEntity<C> };

/** Minimal valid inputs for each entity; tests override what they are about. */
export const build: Builders = {
  roleChecks: (overrides) => ({
    date: '2026-02-01',
    role: 'Analyst',
    lenses: {
      timeHorizon: { score: 3, note: '' },
      skillGrowth: { score: 4, note: '' },
      commitment: { score: 3, note: '' },
      motivation: { score: 2, note: '' },
      progression: { score: 3, note: '' },
      identity: { score: 3, note: '' },
      relationships: { score: 4, note: '' },
    },
    notes: '',
    ...overrides,
  }),
  skills: (overrides) => ({
    name: 'Python',
    category: 'technical',
    proficiency: 3,
    enjoyment: 4,
    targetLevel: 5,
    notes: '',
    evidence: [],
    ...overrides,
  }),
  learningActions: (overrides) => ({
    skillId: 'missing',
    kind: 'course',
    title: 'Advanced Python',
    provider: '',
    status: 'planned',
    dueDate: null,
    cost: null,
    hours: null,
    expiresOn: null,
    notes: '',
    ...overrides,
  }),
  customValues: (overrides) => ({ name: 'Craft', description: '', ...overrides }),
  valueSorts: (overrides) => ({
    startedAt: '2026-02-01T10:00:00.000Z',
    completedAt: null,
    placements: {},
    core: [],
    setAsideMeanings: {},
    ...overrides,
  }),
  people: (overrides) => ({
    name: 'Ada',
    roles: ['mentor'],
    organisation: '',
    title: '',
    howWeMet: '',
    canHelpWith: [],
    contact: '',
    cadenceDays: 30,
    lastContact: null,
    notes: '',
    ...overrides,
  }),
  interactions: (overrides) => ({
    personId: 'missing',
    date: '2026-02-10',
    kind: 'call',
    summary: 'Catch-up',
    notes: '',
    followUp: null,
    ...overrides,
  }),
  paths: (overrides) => ({
    name: 'Data engineering',
    kind: 'current',
    status: 'exploring',
    description: '',
    targetRoles: [],
    requiredSkills: [],
    servesValues: [],
    threatensValues: [],
    gauges: { resources: 3, liking: 3, confidence: 3, coherence: 3 },
    uncertainties: [],
    personIds: [],
    ...overrides,
  }),
  milestones: (overrides) => ({
    title: 'Ship a pipeline',
    horizon: '1y',
    specific: '',
    measure: '',
    whyItMatters: '',
    valueIds: [],
    targetDate: null,
    pathId: null,
    skillIds: [],
    personIds: [],
    status: 'not-started',
    progress: 0,
    steps: [],
    progressFrom: 'manual',
    doneOn: null,
    ...overrides,
  }),
  experiences: (overrides) => ({
    kind: 'role',
    title: 'Analyst',
    organisation: 'Acme',
    start: '2022-01',
    end: null,
    description: '',
    achievements: [],
    skillLinks: [],
    ...overrides,
  }),
  reviews: (overrides) => ({
    period: '2026 Q1',
    date: '2026-03-31',
    status: 'draft',
    moved: '',
    stuck: '',
    learned: '',
    next: '',
    energy: null,
    completedAt: null,
    figures: null,
    ...overrides,
  }),
};
