// @ts-check
/*
 * Maya Okafor's plan: the paths she weighs (her current track, an alternative and a wild card) and
 * the milestones across every horizon, with their checklists.
 */
import { stamped } from './stamps.js';

/**
 * @param {string | null} skillId
 * @param {string} name
 * @param {number} level
 */
const requires = (skillId, name, level) => ({ skillId, name, level });

/**
 * @param {string} id
 * @param {string} question
 * @param {Array<{ id: string; kind: string; description: string; status: string; learned: string }>} experiments
 */
const uncertainty = (id, question, experiments) => ({ id, question, experiments });

export const paths = [
  {
    id: 'path-ds-lead',
    name: 'Lead the data science team',
    kind: 'current',
    status: 'pursuing',
    description:
      'Grow from senior analyst into the lead of a new data science group at Kestrelway: forecasting, delay prediction and the analysts who build them.',
    targetRoles: ['Data science lead', 'Head of data'],
    requiredSkills: [
      requires('skill-ml', 'Machine learning basics', 4),
      requires('skill-python', 'Python for analysis', 5),
      requires('skill-coaching', 'Coaching junior analysts', 4),
      requires('skill-hiring', 'Hiring and interviewing', 3),
      requires('skill-budget', 'Managing a team budget', 3),
    ],
    servesValues: ['developing-people', 'value-curiosity', 'integrity'],
    threatensValues: ['work-life-balance'],
    gauges: { resources: 4, liking: 4, confidence: 3, coherence: 4 },
    uncertainties: [
      uncertainty('unc-ds-approved', 'Will the lead role be approved in the February budget?', [
        { id: 'exp-ds-rafael', kind: 'other', description: 'Ask Rafael what the case for the role needs to show.', status: 'done', learned: 'A year-one plan with two concrete wins.' },
      ]),
      uncertainty('unc-ds-ml', 'Can I get credible enough at machine learning to review others’ models?', [
        { id: 'exp-ds-model', kind: 'side-project', description: 'Build a delay model on open data and have Tomasz review it.', status: 'planned', learned: '' },
      ]),
    ],
    personIds: ['person-rafael', 'person-ines', 'person-tomasz'],
    order: 1,
    ...stamped('2026-02-20', '2026-11-16'),
  },
  {
    id: 'path-product',
    name: 'Move into product management',
    kind: 'alternative',
    status: 'exploring',
    description: 'Become the product manager of a planning or routing tool, using my operations and data background as the edge.',
    targetRoles: ['Product manager', 'Senior product manager'],
    requiredSkills: [
      requires('skill-discovery', 'Product discovery', 4),
      requires('skill-prioritising', 'Prioritising a roadmap', 4),
      requires('skill-stakeholders', 'Stakeholder management', 5),
      requires('skill-storytelling', 'Presenting results to leadership', 4),
      requires(null, 'Writing product requirements', 3),
    ],
    servesValues: ['autonomy', 'value-front-line', 'learning'],
    threatensValues: ['value-curiosity'],
    gauges: { resources: 3, liking: 4, confidence: 2, coherence: 3 },
    uncertainties: [
      uncertainty('unc-pm-enjoy', 'Would I enjoy a week of alignment meetings instead of analysis?', [
        { id: 'exp-pm-shadow', kind: 'shadowing', description: 'Shadow Sam’s squad for two sprints in January.', status: 'planned', learned: '' },
        { id: 'exp-pm-hannah', kind: 'informational-interview', description: 'Ask Hannah what her first year in product was like.', status: 'done', learned: 'The first six months felt like losing a skill before gaining one.' },
      ]),
      uncertainty('unc-pm-hire', 'Would a company hire a product manager without product experience?', [
        { id: 'exp-pm-internal', kind: 'other', description: 'Look for an internal move first, where people know my work.', status: 'idea', learned: '' },
      ]),
    ],
    personIds: ['person-hannah', 'person-sam'],
    order: 2,
    ...stamped('2026-02-20', '2026-11-10'),
  },
  {
    id: 'path-clinic',
    name: 'Independent analytics for co-operatives',
    kind: 'wild-card',
    status: 'parked',
    description: 'A small practice of my own: analysis and dashboards for co-operatives and community groups, starting as a pro-bono clinic.',
    targetRoles: ['Independent consultant'],
    requiredSkills: [
      requires('skill-dashboards', 'Dashboards and data visualisation', 4),
      requires('skill-stakeholders', 'Stakeholder management', 4),
      requires(null, 'Running a small business', 3),
    ],
    servesValues: ['autonomy', 'purpose', 'value-front-line'],
    threatensValues: ['job-security', 'work-life-balance'],
    gauges: { resources: 2, liking: 5, confidence: 2, coherence: 4 },
    uncertainties: [
      uncertainty('unc-clinic-demand', 'Do community groups want analysis, or only help with their spreadsheets?', [
        { id: 'exp-clinic-marta', kind: 'informational-interview', description: 'Ask Marta what the co-operative’s members struggle with.', status: 'done', learned: 'Mostly reporting to funders: a real need, but small.' },
      ]),
    ],
    personIds: ['person-marta'],
    order: 3,
    ...stamped('2026-04-20'),
  },
];

/**
 * @param {string} id
 * @param {string} text
 * @param {boolean} done
 * @param {string | null} [due]
 */
const step = (id, text, done, due = null) => ({ id, text, done, due });

/**
 * @param {Record<string, unknown> & { id: string; title: string; horizon: string; status: string }} fields
 */
function milestone(fields) {
  return {
    specific: '',
    measure: '',
    whyItMatters: '',
    valueIds: [],
    targetDate: null,
    pathId: null,
    skillIds: [],
    personIds: [],
    progress: 0,
    steps: [],
    progressFrom: 'steps',
    doneOn: null,
    ...fields,
    ...stamped('2026-03-01', '2026-11-24'),
  };
}

export const milestones = [
  milestone({
    id: 'ms-leadership-review',
    title: 'Present the freight-cost review to the leadership team',
    horizon: '90d',
    status: 'done',
    doneOn: '2026-10-22',
    targetDate: '2026-10-31',
    pathId: 'path-ds-lead',
    specific: 'Present the quarterly review myself, with a recommendation, in under fifteen minutes.',
    measure: 'A decision taken in the meeting.',
    whyItMatters: 'Leadership sees my judgement, not just my charts.',
    skillIds: ['skill-storytelling'],
    personIds: ['person-rafael'],
    progress: 100,
    steps: [step('st-lr-1', 'Cut the deck to one question and three charts', true), step('st-lr-2', 'Rehearse with Sam', true), step('st-lr-3', 'Present', true)],
  }),
  milestone({
    id: 'ms-discovery-course',
    title: 'Finish the product discovery course',
    horizon: '90d',
    status: 'in-progress',
    targetDate: '2027-02-26',
    pathId: 'path-product',
    specific: 'Complete all six modules and the final discovery project on a real Kestrelway problem.',
    measure: 'Project submitted and presented to Sam’s squad.',
    whyItMatters: 'Tells me whether discovery work is something I love or only admire.',
    valueIds: ['learning'],
    skillIds: ['skill-discovery'],
    progress: 50,
    steps: [
      step('st-dc-1', 'Modules 1–3', true),
      step('st-dc-2', 'Interview five dispatchers for the project', true),
      step('st-dc-3', 'Modules 4–6', false, '2027-01-31'),
      step('st-dc-4', 'Present the project to Sam’s squad', false, '2027-02-26'),
    ],
  }),
  milestone({
    id: 'ms-shadow',
    title: 'Shadow the route-planning squad for two sprints',
    horizon: '90d',
    status: 'not-started',
    targetDate: '2027-01-29',
    pathId: 'path-product',
    specific: 'Attend every planning, review and customer call of two sprints, and keep a diary.',
    measure: 'A diary with an honest energy score for each day.',
    whyItMatters: 'The cheapest test of whether product work suits me.',
    skillIds: ['skill-discovery', 'skill-prioritising'],
    personIds: ['person-sam'],
    progress: 33,
    steps: [
      step('st-sh-1', 'Agree the dates with my manager', true),
      step('st-sh-2', 'Book the sprint planning sessions with Sam', false, '2026-12-04'),
      step('st-sh-3', 'Write the diary summary for Hannah', false, '2027-02-05'),
    ],
  }),
  milestone({
    id: 'ms-decide',
    title: 'Decide between product and data science leadership',
    horizon: '1y',
    status: 'in-progress',
    targetDate: '2027-06',
    specific: 'Choose one path to pursue for the next three years and park the other with a note on why.',
    measure: 'A written decision shared with Hannah and Rafael.',
    whyItMatters: 'Half-pursuing two paths is slowing both down.',
    valueIds: ['value-curiosity', 'developing-people', 'work-life-balance'],
    personIds: ['person-hannah', 'person-rafael', 'person-daniel'],
    progressFrom: 'manual',
    progress: 30,
    steps: [
      step('st-de-1', 'Write a one-page case for each path', false, '2026-12-11'),
      step('st-de-2', 'Book two sessions with Daniel', false, '2027-03-15'),
    ],
  }),
  milestone({
    id: 'ms-forecasting',
    title: 'Lead the demand forecasting project end to end',
    horizon: '1y',
    status: 'in-progress',
    targetDate: '2027-09',
    pathId: 'path-ds-lead',
    specific: 'Own scope, model choice, the two analysts working on it and the rollout to planners.',
    measure: 'Forecast error under 10% for three months in a row; planners use it weekly.',
    whyItMatters: 'The strongest evidence for the lead role.',
    valueIds: ['developing-people'],
    skillIds: ['skill-ml', 'skill-python', 'skill-coaching'],
    personIds: ['person-tomasz'],
    progress: 40,
    steps: [
      step('st-fc-1', 'Agree scope with the planning team', true),
      step('st-fc-2', 'Baseline model in production', true),
      step('st-fc-3', 'Model review with Tomasz', false, '2027-02-15'),
      step('st-fc-4', 'Planner training sessions', false, '2027-05-31'),
      step('st-fc-5', 'Three months under 10% error', false),
    ],
  }),
  milestone({
    id: 'ms-lead-team',
    title: 'Lead a data science team of four or more',
    horizon: '3y',
    status: 'not-started',
    targetDate: '2029',
    pathId: 'path-ds-lead',
    specific: 'Hired or inherited, with my own budget and a roadmap I set with the business.',
    measure: 'Team of four, budget owner, one model each year that changes a decision.',
    valueIds: ['developing-people', 'autonomy'],
    skillIds: ['skill-hiring', 'skill-budget'],
    personIds: ['person-ines'],
    progressFrom: 'manual',
  }),
  milestone({
    id: 'ms-own-product',
    title: 'Own a product area as product manager',
    horizon: '3y',
    status: 'not-started',
    targetDate: '2029-06',
    pathId: 'path-product',
    specific: 'Product manager of a planning or routing tool with a squad of my own.',
    measure: 'Two releases that move a number dispatchers care about.',
    valueIds: ['value-front-line', 'autonomy'],
    skillIds: ['skill-discovery', 'skill-prioritising'],
    personIds: ['person-hannah'],
    progressFrom: 'manual',
  }),
  milestone({
    id: 'ms-clinic',
    title: 'Run a monthly analytics clinic for co-operatives',
    horizon: '5y',
    status: 'not-started',
    targetDate: '2031',
    pathId: 'path-clinic',
    specific: 'One evening a month helping community groups with their data, free of charge.',
    measure: 'Ten groups helped in a year.',
    whyItMatters: 'Keeps me close to people who have no data team at all.',
    valueIds: ['purpose', 'value-front-line'],
    personIds: ['person-marta'],
    progressFrom: 'manual',
  }),
  milestone({
    id: 'ms-head-of',
    title: 'Head of data or product at a company I believe in',
    horizon: '10y',
    status: 'not-started',
    targetDate: '2035-06',
    specific: 'A senior role where I set direction and grow the people who set it after me.',
    valueIds: ['developing-people', 'integrity'],
    progressFrom: 'manual',
  }),
  milestone({
    id: 'ms-masters',
    title: 'Part-time master’s in statistics',
    horizon: '3y',
    status: 'dropped',
    targetDate: '2028',
    specific: 'Dropped in May: the forecasting project teaches me more, and the evenings matter.',
    valueIds: ['work-life-balance'],
    progressFrom: 'manual',
    progress: 10,
  }),
];
