import type { Problem } from '../problems/problem.js';
import { stepDatesProblem } from '../steps/schedule.js';
import { RACI_LETTERS } from './vocabulary.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Checks that only make sense across records: unique ids, references that resolve, roles that exist,
 * dates in order. Reads the raw input defensively so it can report alongside structural problems.
 */
export function referenceProblems(plan: Json): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });

  const ids = (collection: string, entries: unknown = plan[collection]) => {
    // A set, not a map to each id's index: cheaper to fill (10,000 blockers); the first holder of a
    // repeated id, rare, is looked up when reported.
    const seen = new Set<string>();
    const all = list(entries);
    const idOf = (entry: unknown) => (isObject(entry) ? str(entry.id) : undefined);
    for (let i = 0; i < all.length; i++) {
      const id = idOf(all[i]);
      if (id === undefined) continue;
      if (seen.has(id)) add(`${collection}[${i}].id`, 'duplicate_id', `"${id}" is already used by ${collection}[${all.findIndex((e) => idOf(e) === id)}]`);
      else seen.add(id);
    }
    return seen;
  };
  /** For a list nothing is looked up in by id: reports its repeated ids as `ids` does, after a cheaper look for any. */
  const unique = (collection: string, entries: unknown = plan[collection]) => {
    const all: string[] = [];
    for (const entry of list(entries)) {
      const id = isObject(entry) ? str(entry.id) : undefined;
      if (id !== undefined) all.push(id);
    }
    // Sorted, a repeated id sits beside itself: ids made in order (blk-1, blk-2…) sort in a fraction
    // of the time a set of 10,000 takes to fill.
    all.sort();
    for (let i = 1; i < all.length; i++) {
      if (all[i] === all[i - 1]) {
        ids(collection, entries);
        return;
      }
    }
  };
  const stepIds = ids('steps');
  const itemIds = ids('checklist');
  const milestoneIds = ids('milestones');
  const approvalIds = ids('approvals');
  unique('blockers');
  unique('correctiveActions');
  // A key result is edited and removed by its id: two with one id would change together.
  unique('brief.keyResults', isObject(plan.brief) ? plan.brief.keyResults : undefined);

  const roles = new Set<string>();
  list(plan.roles).forEach((role, i) => {
    if (typeof role !== 'string') return;
    if (roles.has(role)) add(`roles[${i}]`, 'duplicate_role', `"${role}" is listed twice`);
    roles.add(role);
  });
  const rolesKnown = Array.isArray(plan.roles);
  const held = new Set<string>();
  list(plan.people).forEach((person, i) => {
    const role = isObject(person) ? str(person.role) : undefined;
    if (role === undefined) return;
    if (rolesKnown && !roles.has(role)) add(`people[${i}].role`, 'unknown_role', `"${role}" is not one of the plan's roles`);
    else if (held.has(role)) add(`people[${i}].role`, 'duplicate_role', `"${role}" already has a person; a role is held by one`);
    held.add(role);
  });

  list(plan.steps).forEach((step, i) => {
    if (!isObject(step)) return;
    const raci = step.raci;
    if (isObject(raci)) {
      const letterOf = new Map<string, string>();
      for (const { key } of RACI_LETTERS) {
        list(raci[key]).forEach((role, j) => {
          if (typeof role !== 'string') return;
          const path = `steps[${i}].raci.${key}[${j}]`;
          if (rolesKnown && !roles.has(role)) add(path, 'unknown_role', `"${role}" is not one of the plan's roles`);
          const already = letterOf.get(role);
          if (already) add(path, 'role_twice', `"${role}" already holds ${already} on this step; a role has one letter per step`);
          else letterOf.set(role, key);
        });
      }
      const backup = str(raci.backup);
      if (backup !== undefined && rolesKnown && !roles.has(backup)) add(`steps[${i}].raci.backup`, 'unknown_role', `"${backup}" is not one of the plan's roles`);
    }
    const id = str(step.id);
    list(step.dependsOn).forEach((dep, j) => {
      if (typeof dep !== 'string') return;
      if (dep === id) add(`steps[${i}].dependsOn[${j}]`, 'self_dependency', 'a step cannot depend on itself');
      else if (!stepIds.has(dep)) add(`steps[${i}].dependsOn[${j}]`, 'unknown_reference', `no step has id "${dep}"`);
    });
    if (str(step.doneBy) !== undefined && str(step.doneAt) === undefined) add(`steps[${i}].doneAt`, 'missing_done_time', 'is required when doneBy is set');
    const order = stepDatesProblem({ start: str(step.start), due: str(step.due) });
    if (order) add(`steps[${i}].${order.field}`, 'date_order', order.message);
  });
  problems.push(...cycleProblems(plan));

  const targetIds: Record<string, Set<string>> = { step: stepIds, item: itemIds, milestone: milestoneIds, approval: approvalIds };
  list(plan.blockers).forEach((b, i) => {
    if (!isObject(b)) return;
    const status = str(b.status);
    const raised = str(b.raisedAt);
    const resolved = str(b.resolvedAt);
    if (status === 'resolved' && resolved === undefined) add(`blockers[${i}].resolvedAt`, 'missing_resolution', 'is required when status is "resolved"');
    if (status === 'open' && resolved !== undefined) add(`blockers[${i}].resolvedAt`, 'unexpected_resolution', 'must be empty while the blocker is open');
    if (raised && resolved && Date.parse(resolved) < Date.parse(raised)) add(`blockers[${i}].resolvedAt`, 'date_order', `is before raisedAt ${raised}`);
    const blocks = b.blocks;
    if (isObject(blocks)) {
      const kind = str(blocks.kind);
      const ref = str(blocks.id);
      const known = kind ? targetIds[kind] : undefined;
      if (known && ref !== undefined && !known.has(ref)) add(`blockers[${i}].blocks.id`, 'unknown_reference', `no ${kind} has id "${ref}"`);
    }
  });

  list(plan.approvals).forEach((a, i) => {
    if (!isObject(a)) return;
    const stepId = str(a.stepId);
    if (stepId !== undefined && !stepIds.has(stepId)) add(`approvals[${i}].stepId`, 'unknown_reference', `no step has id "${stepId}"`);
    const decided = str(a.decidedAt);
    const decision = str(a.decision);
    if (decision !== undefined && decided === undefined) add(`approvals[${i}].decidedAt`, 'missing_decision_time', 'is required once a decision is recorded');
    if (decided !== undefined && decision === undefined) add(`approvals[${i}].decision`, 'missing_decision', 'is required once decidedAt is set');
    const requested = str(a.requestedAt);
    if (requested && decided && Date.parse(decided) < Date.parse(requested)) add(`approvals[${i}].decidedAt`, 'date_order', `is before requestedAt ${requested}`);
  });

  list(plan.checklist).forEach((item, i) => {
    if (!isObject(item)) return;
    if (str(item.doneBy) !== undefined && str(item.doneAt) === undefined) add(`checklist[${i}].doneAt`, 'missing_done_time', 'is required when doneBy is set');
    const approvalId = str(item.approvalId);
    if (approvalId !== undefined && !approvalIds.has(approvalId)) add(`checklist[${i}].approvalId`, 'unknown_reference', `no approval has id "${approvalId}"`);
  });

  const campaign = isObject(plan.campaign) ? plan.campaign : undefined;
  const launch = str(campaign?.launchDate);
  const end = str(campaign?.endDate);
  if (launch && end && end < launch) add('campaign.endDate', 'date_order', `is before the launch date ${launch}`);
  const programs = isObject(plan.programs) ? plan.programs : undefined;
  if (programs && typeof programs.delivered === 'number' && typeof programs.planned === 'number' && programs.delivered > programs.planned) {
    add('programs.delivered', 'too_big', 'cannot exceed programs.planned');
  }
  return problems;
}

/** Reports one problem per dependency cycle, at the step that closes it. */
function cycleProblems(plan: Json): Problem[] {
  const steps = list(plan.steps);
  const index = new Map<string, number>();
  steps.forEach((s, i) => {
    const id = isObject(s) ? str(s.id) : undefined;
    if (id !== undefined && !index.has(id)) index.set(id, i);
  });
  const state = new Map<number, 1 | 2>();
  const problems: Problem[] = [];
  const visit = (i: number, trail: number[]) => {
    state.set(i, 1);
    const step = steps[i];
    list(isObject(step) ? step.dependsOn : undefined).forEach((dep, j) => {
      const k = typeof dep === 'string' ? index.get(dep) : undefined;
      if (k === undefined || k === i) return;
      if (state.get(k) === 1) {
        const names = [...trail.slice(trail.indexOf(k)), i, k].map((n) => str((steps[n] as Json).id)).join(' → ');
        problems.push({ path: `steps[${i}].dependsOn[${j}]`, code: 'dependency_cycle', message: `closes a dependency cycle: ${names}` });
      } else if (!state.has(k)) visit(k, [...trail, i]);
    });
    state.set(i, 2);
  };
  steps.forEach((_, i) => {
    if (!state.has(i)) visit(i, []);
  });
  return problems;
}
