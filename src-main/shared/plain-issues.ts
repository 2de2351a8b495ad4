import type { z } from './zod';

/*
 * How validation problems read for the person using Waypoint: a path like `skills[3].proficiency` and
 * plain words ("must be between 1 and 5"). Shared by storage writes and the workbook file reader.
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && identifier.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

function itemCount(count: number | bigint): string {
  return count === 1 ? '1 item' : `${count} items`;
}

/**
 * Plain-language messages for zod's built-in checks. Passed per parse, so the model's own messages
 * ("must be between 1 and 5") still win: zod consults a schema's message before the per-parse map.
 */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'string') return 'must be text';
      if (issue.expected === 'number' || issue.expected === 'int') return 'must be a number';
      if (issue.expected === 'boolean') return 'must be yes or no';
      if (issue.expected === 'array') return 'must be a list';
      if (issue.expected === 'object' || issue.expected === 'record') return 'must be a group of fields';
      if (issue.expected === 'null') return 'must be empty';
      return `must be of type ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${itemCount(issue.minimum)}`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${itemCount(issue.maximum)}`;
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_key':
      return 'contains a key that is not a valid id';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return 'is not valid';
  }
}
