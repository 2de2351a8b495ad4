// @ts-check
/*
 * Maya Okafor's record: what she has done (roles, education, volunteering, a project) and the reviews
 * she has written: two completed, with the figures they froze, and the current one still a draft.
 */
import { stamped } from './stamps.js';

/**
 * @param {Record<string, unknown> & { id: string; kind: string; title: string; start: string; end: string | null }} fields
 */
function experience(fields) {
  return { organisation: '', description: '', achievements: [], skillLinks: [], ...fields, ...stamped('2025-12-06', '2026-09-14') };
}

/**
 * @param {string} skillId
 * @param {'used' | 'gained'} relation
 */
const link = (skillId, relation) => ({ skillId, relation });

export const experiences = [
  experience({
    id: 'exp-senior-analyst',
    kind: 'role',
    title: 'Senior data analyst',
    organisation: 'Kestrelway Freight',
    start: '2023-03',
    end: null,
    description: 'Analysis and forecasting for the operations and finance teams; mentor to the junior analysts.',
    achievements: [
      'Cut the monthly freight-cost report from two days to four minutes.',
      'Staggered rollout of the new picking layout avoided a national rollout that would not have paid off.',
      'Coached two new analysts to shipping their own reports within two months.',
    ],
    skillLinks: [link('skill-sql', 'used'), link('skill-python', 'used'), link('skill-experiments', 'gained'), link('skill-coaching', 'gained'), link('skill-storytelling', 'gained')],
  }),
  experience({
    id: 'exp-analyst',
    kind: 'role',
    title: 'Data analyst',
    organisation: 'Kestrelway Freight',
    start: '2020-06',
    end: '2023-02',
    description: 'Reporting and dashboards for depots and the sales team.',
    achievements: ['Agreed one definition of an on-time delivery across sales and operations.'],
    skillLinks: [link('skill-sql', 'gained'), link('skill-dashboards', 'gained'), link('skill-stakeholders', 'gained')],
  }),
  experience({
    id: 'exp-delay-dashboard',
    kind: 'project',
    title: 'Route-delay early warning dashboard',
    organisation: 'Kestrelway Freight',
    start: '2024-02',
    end: '2024-07',
    description: 'Built with Sam Whitlock: a daily view of the routes most likely to run late, for dispatchers.',
    achievements: ['Used every morning by the dispatch team at four depots.'],
    skillLinks: [link('skill-python', 'used'), link('skill-dashboards', 'used'), link('skill-discovery', 'gained')],
  }),
  experience({
    id: 'exp-food-share',
    kind: 'volunteering',
    title: 'Volunteer data lead',
    organisation: 'Northgate Food Share',
    start: '2021-04',
    end: '2022-10',
    description: 'Evenings and weekends: tracking donations and deliveries across twelve pantries.',
    achievements: ['Replaced five spreadsheets with one shared tracker the volunteers could keep up to date.'],
    skillLinks: [link('skill-spreadsheets', 'used'), link('skill-writing', 'gained')],
  }),
  experience({
    id: 'exp-bootcamp',
    kind: 'education',
    title: 'Part-time data analysis bootcamp',
    organisation: 'Nightshift Data School',
    start: '2019-09',
    end: '2020-03',
    description: 'Two evenings a week while working as a planner.',
    skillLinks: [link('skill-python', 'gained'), link('skill-sql', 'gained')],
  }),
  experience({
    id: 'exp-planner',
    kind: 'role',
    title: 'Operations planner',
    organisation: 'Brookmere Wholesale',
    start: '2017-09',
    end: '2020-05',
    description: 'Weekly delivery schedules for a regional wholesaler.',
    achievements: ['Built the spreadsheet model the planning team still uses for peak season.'],
    skillLinks: [link('skill-logistics', 'gained'), link('skill-spreadsheets', 'gained')],
  }),
  experience({
    id: 'exp-degree',
    kind: 'education',
    title: 'BSc Economics',
    organisation: 'University of Eastholm',
    start: '2013-09',
    end: '2016-06',
    skillLinks: [link('skill-experiments', 'gained')],
  }),
];

/**
 * @param {Record<string, { done: number; total: number }>} milestones
 * @param {{ skillsAtTarget: number; peopleContacted: number; followUpsOverdue: number; openLearningActions: number }} counts
 */
const figures = (milestones, counts) => ({
  skillsWithTarget: 14,
  milestones,
  careerScore: 3.4,
  careerReading: 'a career step',
  ...counts,
});

export const reviews = [
  {
    id: 'review-2026-q2',
    period: '2026 Q2',
    date: '2026-05-29',
    status: 'complete',
    moved: 'Found a mentor and a sponsor. Started the forecasting project. Wrote down two paths instead of one vague wish.',
    stuck: 'The product course kept slipping behind project deadlines.',
    learned: 'I say yes to every request for a spreadsheet. That is where my evenings went.',
    next: 'Book the course evenings in the calendar like meetings. Decide on the master’s.',
    energy: 3,
    completedAt: '2026-05-29T18:40:00.000Z',
    figures: figures(
      { '90d': { done: 0, total: 2 }, '1y': { done: 0, total: 2 }, '3y': { done: 0, total: 2 }, '5y': { done: 0, total: 1 }, '10y': { done: 0, total: 1 } },
      { skillsAtTarget: 2, peopleContacted: 5, followUpsOverdue: 1, openLearningActions: 6 },
    ),
    ...stamped('2026-05-29'),
  },
  {
    id: 'review-2026-q3',
    period: '2026 Q3',
    date: '2026-08-28',
    status: 'complete',
    moved: 'Baseline forecast in production. The two new analysts ship their own reports. Course modules 1–3 done.',
    stuck: 'No word on the lead role; no real test of product work yet.',
    learned: 'Coaching gives me more energy than building models myself, which points one way.',
    next: 'Present the freight-cost review myself. Arrange the shadowing with Sam.',
    energy: 4,
    completedAt: '2026-08-28T17:55:00.000Z',
    figures: figures(
      { '90d': { done: 0, total: 3 }, '1y': { done: 0, total: 2 }, '3y': { done: 0, total: 2 }, '5y': { done: 0, total: 1 }, '10y': { done: 0, total: 1 } },
      { skillsAtTarget: 3, peopleContacted: 4, followUpsOverdue: 0, openLearningActions: 5 },
    ),
    ...stamped('2026-08-28'),
  },
  {
    id: 'review-2026-q4',
    period: '2026 Q4',
    date: '2026-11-27',
    status: 'draft',
    moved: 'The leadership review went well and Rafael raised the lead role himself.',
    stuck: '',
    learned: '',
    next: '',
    energy: null,
    completedAt: null,
    figures: null,
    ...stamped('2026-11-27'),
  },
];
