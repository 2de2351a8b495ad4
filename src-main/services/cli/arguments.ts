import { sectionIds, type SectionId } from '../../shared/workbook';

/*
 * The command line's words: which command, its file, its -o output and its options. Pure, so every
 * misuse gets a plain message and exit code 2 without touching a file.
 */

export const commandNames = ['validate', 'migrate', 'from-json-resume', 'ics', 'md', 'pdf'] as const;
export type CommandName = (typeof commandNames)[number];

interface CommandSpec {
  /** The usage line after `waypoint`. */
  usage: string;
  summary: string;
  /** What the one file argument is, in the usage and in messages. */
  input: string;
  needsOutput: boolean;
  flags: readonly string[];
  details: string;
}

export const commandSpecs: Readonly<Record<CommandName, CommandSpec>> = {
  validate: {
    usage: 'validate <file.waypoint>',
    summary: 'check a workbook file: its owner and what it holds, or its problems',
    input: 'workbook file',
    needsOutput: false,
    flags: [],
    details: 'Reads the file as Waypoint would import it (migrating an older version in memory) and prints the\nowner, the counts per section and any warnings. Writes nothing.',
  },
  migrate: {
    usage: 'migrate <file.waypoint> -o <out.waypoint>',
    summary: 'rewrite a workbook file in the current file version',
    input: 'workbook file',
    needsOutput: true,
    flags: [],
    details: 'Reads, migrates and validates the file, repairs links to missing entries (listed as warnings),\nand writes it in the current version. The output may be the input file itself.',
  },
  'from-json-resume': {
    usage: 'from-json-resume <resume.json> -o <out.waypoint>',
    summary: 'make a workbook from a JSON Resume',
    input: 'résumé',
    needsOutput: true,
    flags: [],
    details: 'basics become the owner; work, education, volunteering and projects become Experience; skills\nbecome Skills; certificates become learning actions. What could not be kept is listed as warnings.',
  },
  ics: {
    usage: 'ics <file.waypoint> -o <out.ics>',
    summary: 'export the plan’s dates as a calendar file',
    input: 'workbook file',
    needsOutput: true,
    flags: [],
    details: 'All-day events for milestone target dates, follow-ups, learning-action due dates and\ncertification renewals, with UIDs that stay the same from one export to the next.',
  },
  md: {
    usage: 'md <file.waypoint> -o <out.md> [--share]',
    summary: 'export the whole plan as a Markdown document',
    input: 'workbook file',
    needsOutput: true,
    flags: ['--share'],
    details: '--share leaves out every private field (contact details, notes, review reflections).',
  },
  pdf: {
    usage: 'pdf <file.waypoint> -o <plan.pdf> [--letter] [--share] [--sections <names>]',
    summary: 'print the plan as a designed PDF to share with a mentor',
    input: 'workbook file',
    needsOutput: true,
    flags: ['--share', '--letter', '--sections'],
    details: [
      'A4 unless --letter. --share leaves out every private field (contact details, notes, review',
      'reflections). --sections prints only the sections named, comma-separated, in the app’s order:',
      `${sectionIds.join(', ')}. The cover is always printed.`,
    ].join('\n'),
  },
};

export type ParsedArguments =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; input: string; output: string | null; share: boolean; letter?: boolean; sections?: SectionId[] | null }
  | { kind: 'usage-error'; message: string; command: CommandName | null };

function isCommand(word: string | undefined): word is CommandName {
  return (commandNames as readonly string[]).includes(word ?? '');
}

const helpWords = new Set(['--help', '-h']);

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage-error', message: 'Say which command to run.', command: null };
  if (helpWords.has(first)) return { kind: 'help', command: null };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help', command: null };
    return isCommand(topic) ? { kind: 'help', command: topic } : { kind: 'usage-error', message: `There is no command “${topic}”.`, command: null };
  }
  if (!isCommand(first)) return { kind: 'usage-error', message: `There is no command “${first}”.`, command: null };
  const command = first;
  const spec = commandSpecs[command];
  if (rest.some((word) => helpWords.has(word))) return { kind: 'help', command };

  const files: string[] = [];
  let output: string | null = null;
  let share = false;
  let letter = false;
  let sections: SectionId[] | null = null;
  const readSections = (value: string | undefined): string | null => {
    const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    if (names.length === 0) return '--sections needs the sections to print after it, comma-separated.';
    const unknown = names.filter((name) => !(sectionIds as readonly string[]).includes(name));
    if (unknown.length > 0) return `There is no section “${unknown[0]}”; the sections are ${sectionIds.join(', ')}.`;
    sections = names as SectionId[];
    return null;
  };
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index] ?? '';
    if (word === '-o' || word === '--output') {
      const value = rest[index + 1];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${word} needs the file to write after it.`, command };
      if (output !== null) return { kind: 'usage-error', message: 'Give only one output file.', command };
      output = value;
      index += 1;
    } else if (word.startsWith('--output=')) {
      output = word.slice('--output='.length);
    } else if (word === '--share' && spec.flags.includes('--share')) {
      share = true;
    } else if (word === '--letter' && spec.flags.includes('--letter')) {
      letter = true;
    } else if ((word === '--sections' || word.startsWith('--sections=')) && spec.flags.includes('--sections')) {
      const inline = word.startsWith('--sections=');
      const problem = readSections(inline ? word.slice('--sections='.length) : rest[index + 1]);
      if (problem !== null) return { kind: 'usage-error', message: problem, command };
      if (!inline) index += 1;
    } else if (word.startsWith('-') && word !== '-') {
      return { kind: 'usage-error', message: `${command} has no option ${word}.`, command };
    } else files.push(word);
  }
  if (files.length === 0) return { kind: 'usage-error', message: `Say which ${spec.input} to read.`, command };
  if (files.length > 1) return { kind: 'usage-error', message: `${command} reads one ${spec.input}; it was given ${files.length}.`, command };
  if (spec.needsOutput && output === null) return { kind: 'usage-error', message: 'Say where to write, with -o <file> (or -o - for the screen).', command };
  if (!spec.needsOutput && output !== null) return { kind: 'usage-error', message: `${command} writes nothing, so it takes no -o.`, command };
  if (command === 'pdf' && output === '-') return { kind: 'usage-error', message: 'A PDF cannot go to the screen: give a file name with -o.', command };
  // Only the pdf command has paper and sections; the other commands' results stay as they were.
  return { kind: 'run', command, input: files[0] ?? '', output, share, ...(command === 'pdf' ? { letter, sections } : {}) };
}

export function generalHelp(): string {
  const width = Math.max(...commandNames.map((name) => name.length));
  const lines = commandNames.map((name) => `  ${name.padEnd(width)}  ${commandSpecs[name].summary}`);
  return [
    'Usage: waypoint <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    '',
    'waypoint <command> --help tells more about one command.',
    'Exit codes: 0 done, 1 a file could not be read, was not valid or could not be written, 2 the command was not understood.',
    'An existing output file is replaced, in one step: it holds either the old or the new content, never a mix.',
    '',
  ].join('\n');
}

export function commandHelp(command: CommandName): string {
  const spec = commandSpecs[command];
  return [`Usage: waypoint ${spec.usage}`, '', `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`, '', spec.details, ''].join('\n');
}
