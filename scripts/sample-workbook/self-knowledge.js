// @ts-check
/*
 * Maya Okafor's self-knowledge: who she is, her vision, how her role reads, her skills with evidence
 * and learning, and her values. Everything here is invented for the sample.
 */
import { stamped } from './stamps.js';

export const owner = {
  name: 'Maya Okafor',
  headline: 'Senior data analyst at Kestrelway Freight, weighing product management against leading a data science team',
};

export const vision = {
  id: 'vision',
  fiveYears:
    'I lead a small team, either as the product manager of a planning tool that dispatchers actually like, or as the lead of a data science group whose models people trust. Either way I spend more time deciding what is worth building than building dashboards myself, and I still write some SQL on Fridays because I enjoy it.',
  tenYears:
    'Head of data or head of product at a company whose work I believe in, with a reputation for growing analysts into leaders. One afternoon a week goes to an analytics clinic for co-operatives and community groups that cannot afford a data team.',
  purpose:
    'Help people make better decisions with the numbers they already have, and help the analysts around me become confident enough to say what the numbers mean.',
  workSays: 'That I asked the awkward question early, explained the answer so anyone could follow it, and left people more capable than I found them.',
  ikigai: {
    love: 'Following a messy question until it has a clear answer. Teaching someone a technique and watching them use it without me. Whiteboard sessions where the problem is still open.',
    goodAt: 'SQL and Python analysis, turning a vague request into a question that can be answered, explaining results to people who do not read charts for fun, keeping a stakeholder meeting on track.',
    worldNeeds: 'Decisions in logistics and public services that rest on evidence rather than the loudest voice. More analysts from backgrounds like mine in senior roles.',
    paidFor: 'Analysis and forecasting for operations teams, experiment design, dashboards leadership reads, and increasingly the judgement of what to build next.',
    overlap:
      'Work where I shape the question and the team answering it: leading analysts or a product squad on problems that touch real operations.',
  },
  notes: 'Talk this through with Hannah before the spring planning cycle.',
  ...stamped('2025-11-02', '2026-10-19'),
};

/**
 * @param {number} score
 * @param {string} note
 */
const lens = (score, note) => ({ score, note });

const currentRole = 'Senior data analyst, Kestrelway Freight';

export const roleChecks = [
  {
    id: 'check-2025-11',
    date: '2025-11-14',
    role: currentRole,
    lenses: {
      timeHorizon: lens(2, 'Mostly thinking about the next quarterly report.'),
      skillGrowth: lens(2, 'Same dashboards every month; little new.'),
      commitment: lens(3, 'I like the team, but I would listen to an offer.'),
      motivation: lens(3, 'The problems are interesting when I get to pick them.'),
      progression: lens(2, 'Senior analyst feels like the ceiling here.'),
      identity: lens(3, ''),
      relationships: lens(3, 'Good colleagues; nobody senior who knows my work.'),
    },
    notes: 'Written in a flat week after the reorganisation.',
    ...stamped('2025-11-14'),
  },
  {
    id: 'check-2026-05',
    date: '2026-05-22',
    role: currentRole,
    lenses: {
      timeHorizon: lens(3, 'Started thinking in years after the first talk with Hannah.'),
      skillGrowth: lens(4, 'The forecasting project and the product course both stretch me.'),
      commitment: lens(3, ''),
      motivation: lens(4, 'Forecasting work matters to the planners.'),
      progression: lens(3, 'Rafael mentioned a lead role may open next year.'),
      identity: lens(3, ''),
      relationships: lens(4, 'A mentor and a sponsor now, not just colleagues.'),
    },
    notes: '',
    ...stamped('2026-05-22'),
  },
  {
    id: 'check-2026-11',
    date: '2026-11-16',
    role: currentRole,
    lenses: {
      timeHorizon: lens(4, 'I have a three-year picture, even if two versions of it.'),
      skillGrowth: lens(4, 'Coaching the new analysts is a skill I did not know I was building.'),
      commitment: lens(3, 'Still undecided between two directions, which keeps this at 3.'),
      motivation: lens(4, ''),
      progression: lens(3, 'The lead role is not confirmed yet.'),
      identity: lens(4, 'The leadership review made me feel seen.'),
      relationships: lens(4, ''),
    },
    notes: 'Honest reading: a career step, not yet a career. The open question is which career.',
    ...stamped('2026-11-16'),
  },
];

/**
 * @param {string} id
 * @param {string} situation
 * @param {string} action
 * @param {string} result
 * @param {string | null} date
 */
const evidence = (id, situation, action, result, date) => ({ id, situation, action, result, date });

/**
 * @param {number} order
 * @param {string} id
 * @param {string} name
 * @param {string} category
 * @param {[number | null, number | null, number | null]} levels proficiency, enjoyment, target
 * @param {ReturnType<typeof evidence>[]} [evidenceItems]
 * @param {string} [notes]
 */
function skill(order, id, name, category, [proficiency, enjoyment, targetLevel], evidenceItems = [], notes = '') {
  return { id, name, category, proficiency, enjoyment, targetLevel, notes, evidence: evidenceItems, order, ...stamped('2025-11-20', '2026-11-12') };
}

export const skills = [
  skill(1, 'skill-sql', 'SQL', 'technical', [5, 4, 5], [
    evidence(
      'ev-sql-1',
      'Monthly freight-cost report took two days of copying between spreadsheets.',
      'Rewrote it as three layered queries with tests on the row counts.',
      'Runs in four minutes; the finance team now pulls it themselves.',
      '2024-03',
    ),
  ]),
  skill(2, 'skill-python', 'Python for analysis', 'technical', [4, 4, 5], [
    evidence(
      'ev-python-1',
      'Late deliveries clustered on some routes but nobody knew why.',
      'Joined telematics and weather data in a notebook and tested a few explanations.',
      'Found that two depots loaded late on Mondays; the schedule was changed.',
      '2025-06',
    ),
  ]),
  skill(3, 'skill-experiments', 'Statistics and experiment design', 'technical', [3, 5, 4], [
    evidence(
      'ev-experiments-1',
      'Operations wanted to roll out a new picking layout to every warehouse at once.',
      'Proposed a staggered rollout across six sites with a simple comparison plan.',
      'The layout helped at large sites only; it saved a costly national rollout.',
      '2026-02',
    ),
  ]),
  skill(4, 'skill-dashboards', 'Dashboards and data visualisation', 'technical', [4, 3, 4]),
  skill(5, 'skill-ml', 'Machine learning basics', 'technical', [2, 4, 4], [], 'Good enough to talk to data scientists; not to build models alone.'),
  skill(6, 'skill-warehouse', 'Cloud data warehouse', 'technical', [3, 3, 4]),
  skill(7, 'skill-spreadsheets', 'Spreadsheet modelling', 'technical', [5, 2, null], [], 'Everyone asks me; I would rather they did not.'),
  skill(8, 'skill-stakeholders', 'Stakeholder management', 'people', [4, 4, 5], [
    evidence(
      'ev-stakeholders-1',
      'Sales and operations disagreed on how to count an on-time delivery.',
      'Ran two short sessions to agree one definition and wrote it down with examples.',
      'One number in every report since; the argument has not come back.',
      '2025-09',
    ),
  ]),
  skill(9, 'skill-storytelling', 'Presenting results to leadership', 'transferable', [3, 4, 5], [
    evidence(
      'ev-storytelling-1',
      'The quarterly freight-cost review used to be forty slides nobody read.',
      'Cut it to one question, three charts and a recommendation.',
      'The leadership team approved the depot change in the meeting itself.',
      '2026-10',
    ),
  ]),
  skill(10, 'skill-discovery', 'Product discovery', 'domain', [2, 5, 4]),
  skill(11, 'skill-logistics', 'Freight and warehouse operations', 'domain', [4, 3, null]),
  skill(12, 'skill-coaching', 'Coaching junior analysts', 'people', [3, 5, 4], [
    evidence(
      'ev-coaching-1',
      'Two new analysts joined with no SQL experience.',
      'Set up weekly pairing hours and a small set of practice questions from our own data.',
      'Both shipped their first report without help within two months.',
      '2026-08',
    ),
  ]),
  skill(13, 'skill-prioritising', 'Prioritising a roadmap', 'self-management', [2, 3, 4]),
  skill(14, 'skill-writing', 'Writing clear documentation', 'transferable', [4, 4, 4]),
  skill(15, 'skill-hiring', 'Hiring and interviewing', 'people', [2, 3, 3]),
  skill(16, 'skill-budget', 'Managing a team budget', 'leadership', [1, 2, 3], [], 'Needed for either lead role; I have never owned one.'),
];

/**
 * @param {Record<string, unknown> & { id: string; skillId: string; kind: string; title: string; status: string }} fields
 */
function learning(fields) {
  return {
    provider: '',
    dueDate: null,
    cost: null,
    hours: null,
    expiresOn: null,
    notes: '',
    ...fields,
    ...stamped('2026-01-10', '2026-11-12'),
  };
}

export const learningActions = [
  learning({
    id: 'learn-warehouse-cert',
    skillId: 'skill-warehouse',
    kind: 'certification',
    title: 'Cloud data warehouse associate certification',
    provider: 'The warehouse vendor’s training programme',
    status: 'done',
    dueDate: '2025-09-30',
    cost: 150,
    hours: 40,
    expiresOn: '2027-02-15',
    notes: 'The renewal exam is shorter; book it for January.',
  }),
  learning({
    id: 'learn-discovery-course',
    skillId: 'skill-discovery',
    kind: 'course',
    title: 'Evening course in product discovery',
    provider: 'Northbank School of Product',
    status: 'in-progress',
    dueDate: '2027-02-26',
    cost: 480,
    hours: 36,
  }),
  learning({
    id: 'learn-shadow-pm',
    skillId: 'skill-discovery',
    kind: 'stretch-assignment',
    title: 'Shadow Sam’s squad for two sprints',
    status: 'planned',
    dueDate: '2027-01-29',
  }),
  learning({
    id: 'learn-churn-model',
    skillId: 'skill-ml',
    kind: 'project',
    title: 'Build a late-delivery model on open shipping data',
    status: 'planned',
    dueDate: '2027-04',
    hours: 30,
  }),
  learning({
    id: 'learn-experiments-reading',
    skillId: 'skill-experiments',
    kind: 'reading',
    title: 'Read a practical book on online experiments and summarise it for the team',
    status: 'done',
    dueDate: '2026-03-31',
    hours: 12,
  }),
  learning({
    id: 'learn-mentor-analysts',
    skillId: 'skill-coaching',
    kind: 'mentoring',
    title: 'Mentor the two new analysts through their first six months',
    status: 'in-progress',
    dueDate: '2027-03-31',
  }),
  learning({
    id: 'learn-roadmap-quarter',
    skillId: 'skill-prioritising',
    kind: 'stretch-assignment',
    title: 'Run the analytics team’s quarterly backlog planning',
    status: 'planned',
    dueDate: '2026-11-20',
    notes: 'Slipped: the planning meeting moved. Ask Rafael for the next slot.',
  }),
];

export const customValues = [
  {
    id: 'value-curiosity',
    name: 'Curiosity',
    description: 'Following a question until it is properly answered, not just answered.',
    ...stamped('2026-02-08'),
  },
  {
    id: 'value-front-line',
    name: 'Useful to the front line',
    description: 'Work that makes the day of drivers, pickers and planners easier.',
    ...stamped('2026-02-08'),
  },
];

/** @type {Record<string, 'always' | 'often' | 'sometimes' | 'seldom' | 'never'>} */
const placements = {
  autonomy: 'always',
  'job-security': 'sometimes',
  creativity: 'often',
  'helping-others': 'often',
  learning: 'always',
  recognition: 'sometimes',
  'work-life-balance': 'always',
  achievement: 'often',
  location: 'seldom',
  teamwork: 'often',
  leadership: 'often',
  variety: 'sometimes',
  income: 'sometimes',
  stability: 'sometimes',
  challenge: 'often',
  purpose: 'always',
  flexibility: 'often',
  expertise: 'often',
  friendship: 'sometimes',
  influence: 'often',
  advancement: 'sometimes',
  integrity: 'always',
  'developing-people': 'always',
  status: 'never',
  'fast-pace': 'seldom',
  fairness: 'often',
  competition: 'never',
  calm: 'sometimes',
  adventure: 'seldom',
  precision: 'often',
  community: 'sometimes',
  travel: 'never',
  'tangible-results': 'often',
  inclusion: 'often',
  outdoors: 'seldom',
  'clear-expectations': 'sometimes',
  ownership: 'often',
  'physical-work': 'never',
  sustainability: 'sometimes',
  'working-with-people': 'often',
  'value-curiosity': 'always',
  'value-front-line': 'often',
};

export const valueSorts = [
  {
    id: 'sort-2026-02',
    startedAt: '2026-02-08T19:30:00.000Z',
    completedAt: '2026-02-08T20:15:00.000Z',
    placements,
    core: [
      { valueId: 'value-curiosity', meaning: 'I do my best work when I am allowed to dig. A role that only wants quick answers would drain me.' },
      { valueId: 'developing-people', meaning: 'Seeing an analyst I coached present their own work is the best part of my month.' },
      { valueId: 'autonomy', meaning: 'Choosing how to answer a question, and sometimes which question to answer.' },
      { valueId: 'integrity', meaning: 'Saying what the data shows even when it is not what the room hoped for.' },
      { valueId: 'work-life-balance', meaning: 'Evenings for my family and my running club; no permanent on-call.' },
      { valueId: 'learning', meaning: 'Something new every quarter, on purpose.' },
    ],
    setAsideMeanings: { purpose: 'Matters, but I find it through the other values rather than on its own.' },
    ...stamped('2026-02-08'),
  },
];
