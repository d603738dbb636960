/**
 * A plan's problem as a person reads it: the record by its name rather than its place in a list, the
 * field in words, and an id it refers to by the name of what it was. The path stays on the Problem
 * for files and the command line.
 */
import type { Plan } from '../plan/schema.js';
import type { Problem } from './problem.js';

type Json = Record<string, unknown>;

const NOUNS: Record<string, string> = {
  steps: 'Step',
  blockers: 'Blocker',
  checklist: 'Checklist item',
  milestones: 'Milestone',
  approvals: 'Review',
  correctiveActions: 'Corrective action',
  people: 'Holder of a role',
  log: 'Log entry',
};
const FIELDS: Record<string, string> = { blocks: 'what it blocks', stepId: 'step', approvalId: 'review it rests on', dependsOn: 'comes after', raisedBy: 'raised by', doneBy: 'done by', doneAt: 'done at' };

const nameOf = (record: unknown): string | undefined => {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Json;
  if (typeof r.kind === 'string' && r.requestedAt !== undefined) return `${r.kind} review`;
  return [r.title, r.label, r.name, r.action, r.role].find((v): v is string => typeof v === 'string');
};

/** The name of the record with this id in any of the plan's lists. */
function nameById(plan: Plan, id: string): string | undefined {
  for (const list of ['steps', 'checklist', 'milestones', 'approvals', 'blockers', 'correctiveActions'] as const) {
    const found = ((plan as unknown as Json)[list] as Json[] | undefined)?.find((r) => r.id === id);
    if (found) return nameOf(found);
  }
  return undefined;
}

const fieldWords = (path: string): string => {
  const field = path.replace(/\[\d+\]/g, '').replace(/\.id$/, '');
  return FIELDS[field] ?? field.replace(/\./g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
};

/**
 * `problem` of `plan` in words: “Blocker “Venue unsigned” · what it blocks: the step “Legal review” is
 * not in the plan”. `before` names the ids it refers to (the plan before a refused edit; `plan` by default).
 */
export function problemWords(problem: Problem, plan: Plan, before: Plan = plan): string {
  const match = /^(\w+)\[(\d+)\](?:\.(.+))?$/.exec(problem.path);
  const list = match?.[1];
  const record = list ? ((plan as unknown as Json)[list] as unknown[] | undefined)?.[Number(match![2])] : undefined;
  const name = nameOf(record);
  const where = list && NOUNS[list] ? `${NOUNS[list]}${name ? ` “${name}”` : ''}${match![3] ? ` · ${fieldWords(match![3])}` : ''}` : fieldWords(problem.path);
  const message = problem.message.replace(/no (\w+) has id "([^"]+)"/, (text, kind: string, id: string) => {
    const known = nameById(before, id);
    return known ? `the ${kind} “${known}” is not in the plan` : text;
  });
  return `${where}: ${message}`;
}
