// @ts-check
/*
 * Maya Okafor's board: who she knows, what each of them does for her, and the log of their
 * conversations. The connector seat is empty on purpose: the sample shows what an open seat looks like.
 */
import { stamped } from './stamps.js';

/**
 * @param {Record<string, unknown> & { id: string; name: string; roles: string[] }} fields
 */
function person(fields) {
  return {
    organisation: '',
    title: '',
    howWeMet: '',
    canHelpWith: [],
    contact: '',
    cadenceDays: null,
    lastContact: null,
    notes: '',
    ...fields,
    ...stamped('2026-01-12', '2026-11-18'),
  };
}

export const people = [
  person({
    id: 'person-hannah',
    name: 'Hannah Lindqvist',
    roles: ['mentor'],
    organisation: 'Orrin Health',
    title: 'Head of product',
    howWeMet: 'My first manager at Kestrelway; she moved into product three years ago.',
    canHelpWith: ['skill-discovery', 'skill-prioritising', 'skill-stakeholders'],
    contact: 'Personal email; prefers a message before a call.',
    cadenceDays: 28,
    lastContact: '2026-11-10',
  }),
  person({
    id: 'person-rafael',
    name: 'Rafael Montoya',
    roles: ['sponsor'],
    organisation: 'Kestrelway Freight',
    title: 'Vice president, operations',
    howWeMet: 'Sat in on the freight-cost reviews; asked for me by name on the depot project.',
    canHelpWith: ['skill-storytelling', 'skill-budget'],
    cadenceDays: 84,
    lastContact: '2026-10-22',
    notes: 'Tell him plainly that I want the lead role if it opens.',
  }),
  person({
    id: 'person-priya',
    name: 'Priya Raman',
    roles: ['peer', 'coach'],
    organisation: 'Halden Mutual',
    title: 'Data scientist',
    howWeMet: 'Same evening bootcamp cohort; we swap coaching sessions once a month.',
    canHelpWith: ['skill-ml', 'skill-python'],
    cadenceDays: 28,
    lastContact: '2026-10-08',
  }),
  person({
    id: 'person-tomasz',
    name: 'Tomasz Wójcik',
    roles: ['expert'],
    organisation: 'Lanefold',
    title: 'Principal machine learning engineer',
    howWeMet: 'Gave a talk on delay prediction at a logistics meetup; I asked a question afterwards.',
    canHelpWith: ['skill-ml'],
    cadenceDays: 182,
    lastContact: '2026-06-03',
  }),
  person({
    id: 'person-sam',
    name: 'Sam Whitlock',
    roles: ['peer'],
    organisation: 'Kestrelway Freight',
    title: 'Product manager, route planning',
    howWeMet: 'Works two desks away; we built the delay dashboard together.',
    canHelpWith: ['skill-discovery', 'skill-prioritising'],
    cadenceDays: 14,
    lastContact: '2026-11-24',
  }),
  person({
    id: 'person-ines',
    name: 'Inês Carvalho',
    roles: ['expert'],
    organisation: 'Halden Mutual',
    title: 'Director of data science',
    howWeMet: 'Priya introduced us for an informational interview about leading a data science team.',
    canHelpWith: ['skill-hiring', 'skill-budget'],
    cadenceDays: 182,
    lastContact: '2026-09-15',
  }),
  person({
    id: 'person-marta',
    name: 'Marta Kowalczyk',
    roles: ['peer'],
    organisation: 'Commonfield Co-operative',
    title: 'Co-founder',
    howWeMet: 'Volunteered together at the food share; she now runs a small tech co-operative.',
    canHelpWith: ['skill-dashboards'],
    cadenceDays: 182,
    lastContact: '2026-04-18',
  }),
  person({
    id: 'person-daniel',
    name: 'Daniel Osei',
    roles: ['coach'],
    organisation: 'Independent',
    title: 'Career coach',
    howWeMet: 'Three sessions through the company’s development budget.',
    cadenceDays: null,
    lastContact: '2026-03-05',
    notes: 'Sessions ended in March; book again before the decision milestone.',
  }),
];

/**
 * @param {Record<string, unknown> & { id: string; personId: string; date: string; kind: string; summary: string }} fields
 */
function interaction(fields) {
  const { date } = fields;
  return { notes: '', followUp: null, ...fields, ...stamped(date) };
}

export const interactions = [
  interaction({
    id: 'talk-hannah-2026-11',
    personId: 'person-hannah',
    date: '2026-11-10',
    kind: 'call',
    summary: 'Walked through both paths; she asked what I would miss about analysis',
    notes: 'Her point: product managers spend most of the week on alignment, not on data. Try it before deciding.',
    followUp: { what: 'Send Hannah the one-page case for each path', due: '2026-12-11', done: false },
  }),
  interaction({
    id: 'talk-hannah-2026-09',
    personId: 'person-hannah',
    date: '2026-09-29',
    kind: 'meeting',
    summary: 'Coffee: reviewed my product course assignment',
    followUp: { what: 'Share the discovery interview notes', due: '2026-10-10', done: true },
  }),
  interaction({
    id: 'talk-rafael-2026-10',
    personId: 'person-rafael',
    date: '2026-10-22',
    kind: 'meeting',
    summary: 'After the freight-cost review: asked him about the lead role',
    notes: 'Budget decision in February. He will put my name forward if the role is approved.',
    followUp: { what: 'Write Rafael a short note on what the lead role would change in year one', due: '2026-11-27', done: false },
  }),
  interaction({
    id: 'talk-priya-2026-10',
    personId: 'person-priya',
    date: '2026-10-08',
    kind: 'call',
    summary: 'Coaching swap: my fear of losing hands-on work',
  }),
  interaction({
    id: 'talk-tomasz-2026-06',
    personId: 'person-tomasz',
    date: '2026-06-03',
    kind: 'message',
    summary: 'He suggested an open dataset for practising delay models',
  }),
  interaction({
    id: 'talk-sam-2026-11',
    personId: 'person-sam',
    date: '2026-11-24',
    kind: 'meeting',
    summary: 'Agreed dates for shadowing his squad in January',
    followUp: { what: 'Book the January sprint planning sessions with Sam', due: '2026-12-04', done: false },
  }),
  interaction({
    id: 'talk-ines-2026-09',
    personId: 'person-ines',
    date: '2026-09-15',
    kind: 'informational-interview',
    summary: 'What a data science lead actually does all week',
    notes: 'Hiring and budget take a third of her time. She still reviews every model before release.',
  }),
  interaction({
    id: 'talk-marta-2026-04',
    personId: 'person-marta',
    date: '2026-04-18',
    kind: 'event',
    summary: 'Met at the co-operative open day; talked about a pro-bono clinic',
  }),
  interaction({
    id: 'talk-daniel-2026-03',
    personId: 'person-daniel',
    date: '2026-03-05',
    kind: 'meeting',
    summary: 'Last coaching session: writing down both paths side by side',
  }),
];
