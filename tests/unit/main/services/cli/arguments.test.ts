import { describe, expect, it } from 'vitest';
import { commandHelp, commandNames, generalHelp, parseArguments } from '../../../../../src-main/services/cli/arguments';

describe('parseArguments', () => {
  it('reads a command, its file, -o and --share in any order', () => {
    expect(parseArguments(['md', '--share', 'plan.waypoint', '-o', 'plan.md'])).toEqual({
      kind: 'run',
      command: 'md',
      input: 'plan.waypoint',
      output: 'plan.md',
      share: true,
    });
    expect(parseArguments(['validate', 'plan.waypoint'])).toEqual({ kind: 'run', command: 'validate', input: 'plan.waypoint', output: null, share: false });
    expect(parseArguments(['ics', 'a.waypoint', '--output=a.ics'])).toMatchObject({ kind: 'run', output: 'a.ics' });
    expect(parseArguments(['ics', 'a.waypoint', '-o', '-'])).toMatchObject({ kind: 'run', output: '-' });
  });

  it('answers --help for the whole tool and for each command', () => {
    expect(parseArguments(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseArguments(['help', 'migrate'])).toEqual({ kind: 'help', command: 'migrate' });
    for (const command of commandNames) expect(parseArguments([command, '--help'])).toEqual({ kind: 'help', command });
  });

  it.each([
    [[], 'Say which command to run.'],
    [['print', 'x'], 'There is no command “print”.'],
    [['validate'], 'Say which workbook file to read.'],
    [['from-json-resume', '-o', 'x.waypoint'], 'Say which résumé to read.'],
    [['md', 'a.waypoint'], 'Say where to write, with -o <file> (or -o - for the screen).'],
    [['md', 'a.waypoint', '-o'], '-o needs the file to write after it.'],
    [['ics', 'a.waypoint', '--share', '-o', 'x.ics'], 'ics has no option --share.'],
    [['validate', 'a.waypoint', '-o', 'b'], 'validate writes nothing, so it takes no -o.'],
    [['migrate', 'a.waypoint', 'b.waypoint', '-o', 'c'], 'migrate reads one workbook file; it was given 2.'],
  ])('calls %j a usage error', (argv, message) => {
    expect(parseArguments(argv)).toMatchObject({ kind: 'usage-error', message });
  });

  it('help names every command and the exit codes', () => {
    for (const command of commandNames) expect(generalHelp()).toContain(`  ${command}`);
    expect(generalHelp()).toContain('Exit codes: 0 done, 1');
    expect(commandHelp('md')).toMatch(/^Usage: waypoint md <file\.waypoint> -o <out\.md> \[--share\]\n/);
  });
});
