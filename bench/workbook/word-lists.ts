/*
 * Words the generator combines into plausible entries. Rendering cost depends on text length and
 * variety (wrapping, search matches), so the bench workbook reads like a real one, not "Skill 1…2000".
 */

/** Skills by category; the last two categories are ones a person named themselves. */
export const skillBases: Readonly<Record<string, readonly string[]>> = {
  technical: [
    'SQL', 'Python', 'Data modelling', 'Spreadsheet modelling', 'Statistics', 'Machine learning',
    'Data visualisation', 'Dashboard design', 'ETL pipelines', 'Cloud infrastructure', 'TypeScript',
    'Web accessibility', 'API design', 'Automated testing', 'Version control', 'Database tuning',
    'Forecasting', 'A/B testing', 'Survey design', 'Technical writing', 'Security reviews',
    'Incident response', 'Performance profiling', 'Linux administration', 'Network basics',
    'Mobile development', 'UX research', 'Prototyping', 'CAD drawing', 'Bookkeeping software',
  ],
  transferable: [
    'Writing', 'Public speaking', 'Facilitation', 'Problem framing', 'Project management',
    'Prioritisation', 'Negotiation', 'Research', 'Critical thinking', 'Storytelling with data',
    'Presenting to executives', 'Workshop design', 'Decision making', 'Planning', 'Editing',
    'Teaching', 'Process improvement', 'Budgeting', 'Risk assessment', 'Interviewing',
  ],
  domain: [
    'Logistics', 'Supply chain', 'Retail pricing', 'Healthcare regulation', 'Insurance underwriting',
    'Payments', 'Energy markets', 'Public procurement', 'Clinical trials', 'Marketing analytics',
    'Product management', 'Customer support operations', 'Fundraising', 'Employment law basics',
    'Accounting principles', 'Tax rules for freelancers', 'Agriculture', 'Urban planning',
    'Education policy', 'Grant writing',
  ],
  people: [
    'Mentoring', 'Coaching', 'Giving feedback', 'Hiring', 'Onboarding new colleagues',
    'Conflict resolution', 'Stakeholder management', 'Team leadership', 'Delegation',
    'Building trust', 'Networking', 'Active listening', 'Running one-to-ones', 'Managing up',
    'Cross-team collaboration', 'Community building',
  ],
  'self-management': [
    'Time management', 'Focus', 'Resilience', 'Learning quickly', 'Saying no', 'Energy management',
    'Self-reflection', 'Handling ambiguity', 'Keeping commitments', 'Asking for help',
    'Setting boundaries', 'Habit building',
  ],
  Languages: ['Spanish', 'German', 'French', 'Mandarin', 'Portuguese', 'Sign language', 'Japanese', 'Arabic'],
  'Creative practice': ['Photography', 'Illustration', 'Video editing', 'Podcast production', 'Copywriting', 'Music production'],
};

export const skillPrefixes = ['Advanced', 'Applied', 'Practical', 'Strategic', 'Hands-on', 'Introductory', 'Everyday', 'Remote'];

export const skillSuffixes = [
  'for analytics', 'at scale', 'for small teams', 'in regulated industries', 'for startups', 'in healthcare',
  'in the public sector', 'for non-specialists', 'under time pressure', 'across time zones', 'for new managers',
  'in retail', 'for open source', 'with customers', 'in workshops',
];

export const evidenceSituations = [
  'The weekly report took a whole day to build by hand',
  'Two teams disagreed on how to count active customers',
  'A new colleague joined in the middle of a release',
  'Our largest client threatened to leave after an outage',
  'The board asked for a five-year forecast within a week',
  'Nobody owned the onboarding checklist',
];
export const evidenceActions = [
  'I automated it and wrote down how it works',
  'I ran a short workshop and wrote one shared definition',
  'I paired with them every morning for two weeks',
  'I led the review and shared a plain-language summary',
  'I built a simple model and walked the board through it',
  'I rewrote it with the team and set a review date',
];
export const evidenceResults = [
  'It now takes ten minutes and nobody waits for it',
  'Both teams use the same figure and the arguments stopped',
  'They shipped their first change in week three',
  'The client renewed for two more years',
  'The forecast was used to plan hiring for the year',
  'New starters say it is the most useful page we have',
];

export const learningProviders = [
  'Open University', 'Local college', 'Coursera', 'Company academy', 'Meetup group', 'Professional body',
  'Library', 'Online bootcamp', 'Mentor', '',
];
export const bookTitles = [
  'Thinking in Systems', 'The Making of a Manager', 'Storytelling with Data', 'Designing Your Life',
  'Range', 'Deep Work', 'Crucial Conversations', 'Good Strategy Bad Strategy', 'The Art of Gathering',
];

export const organisations = [
  'Northwind Logistics', 'Harbour Health Trust', 'Brightline Energy', 'City of Westbrook', 'Larkspur Retail',
  'Open Data Collective', 'Meridian Insurance', 'Tidewater University', 'Kestrel Payments', 'Juniper Labs',
  'Riverside Food Bank', 'Summit Consulting', 'Greenfield School', 'Atlas Freight', 'Beacon Charity',
];
export const roleTitles = [
  'Data analyst', 'Senior data analyst', 'Analytics lead', 'Junior analyst', 'Operations coordinator',
  'Product analyst', 'Business intelligence developer', 'Team lead, reporting', 'Research assistant',
  'Customer support specialist', 'Project coordinator', 'Associate product manager',
];
export const educationTitles = [
  'BSc Mathematics', 'MSc Data Science', 'Certificate in Project Management', 'Evening course in Spanish',
  'Diploma in Accounting', 'Summer school in Statistics', 'Leadership programme',
];
export const volunteeringTitles = [
  'Treasurer', 'Coding club mentor', 'Event organiser', 'Food bank driver', 'Board member', 'Reading buddy',
];
export const projectTitles = [
  'Route optimisation prototype', 'Open data portal', 'Churn dashboard', 'Customer survey redesign',
  'Warehouse forecasting model', 'Internal wiki migration', 'Community garden website',
];
export const achievementPhrases = [
  'Cut the monthly close from five days to two by automating the reconciliations.',
  'Built the dashboard the operations team now opens every morning.',
  'Trained eight colleagues in SQL; three now write their own reports.',
  'Led the migration to the new warehouse system without a day of downtime.',
  'Wrote the data glossary that ended years of arguments about definitions.',
  'Raised 12,000 for the food bank with a sponsored walk.',
  'Presented the pricing analysis to the executive team; two of three proposals were adopted.',
  'Mentored two junior analysts through their first year.',
];

export const customValueNames = [
  'Quiet focus time', 'Working outdoors', 'Family first', 'Craft and care', 'Fair pay for everyone',
  'Local impact', 'Learning in public', 'Plain honesty', 'Room to experiment', 'Long-term thinking',
  'Playfulness', 'Calm pace',
];

export const firstNames = [
  'Ada', 'Grace', 'Noor', 'Samir', 'Lena', 'Tomás', 'Priya', 'Kwame', 'Ines', 'Yuki', 'Olu', 'Mara',
  'Jonas', 'Fatima', 'Leo', 'Chen', 'Amara', 'Rafael', 'Sofia', 'Idris',
];
export const lastNames = [
  'Okafor', 'Hopper', 'Haddad', 'Lindqvist', 'Moreau', 'Santos', 'Iyer', 'Mensah', 'Kowalski', 'Tanaka',
  'Adeyemi', 'Novak', 'Schneider', 'Rahman', 'Costa', 'Wei', 'Diallo', 'Fernandes', 'Petrov', 'Byrne',
];
export const howWeMet = [
  'Met at a data meetup in 2019.', 'My first manager.', 'Sat next to each other on a course.',
  'Introduced by Priya.', 'Worked together on the warehouse project.', '',
];

export const pathNames = [
  'Analytics leadership', 'Move into product management', 'Freelance data consulting',
  'Teach data skills', 'Run a small bakery', 'Public-sector data strategy',
];
export const milestoneVerbs = ['Finish', 'Start', 'Publish', 'Lead', 'Present', 'Ask for', 'Complete', 'Try'];
export const milestoneObjects = [
  'the SQL certification', 'a talk at the local meetup', 'a side project with real users', 'a stretch assignment',
  'a conversation with a product manager', 'the leadership course', 'a portfolio of three case studies',
  'a month of shadowing', 'the budget for next year', 'a mentoring programme',
];
