import type { Problem } from './problem.js';
import { formatPath } from './problem.js';

/** The subset of a zod issue we read; zod/mini ships no English messages, so we write our own. */
interface IssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  /** False when the bound itself is excluded (`gt`, `lt`). */
  inclusive?: boolean;
  origin?: string;
  format?: string;
  keys?: string[];
  input?: unknown;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)?.slice(0, 40)}`;
}

export function issueMessage(issue: IssueLike): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${String(issue.expected)})`
        : `expected ${String(issue.expected)}, got ${describeReceived(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`
        : issue.origin === 'array' ? `must have at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}` : `must be ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.origin === 'array' ? `must have at most ${String(issue.maximum)} entries` : `must be ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format ?? 'value'}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${(issue.keys ?? []).join(', ')}`;
    case 'not_multiple_of':
      return 'must be a whole number';
    default:
      return 'is invalid';
  }
}

export function problemsFromIssues(issues: readonly IssueLike[], prefix: PropertyKey[] = []): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    code: issue.code,
    message: issueMessage(issue),
  }));
}
