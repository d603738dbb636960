import { CURRENT_SCHEMA_VERSION } from './schema.js';
import { GATES } from './vocabulary.js';
import type { Problem } from '../problems/problem.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 plans (the first export format) differ from version 2 in four ways:
 * `campaign.launch` became `campaign.launchDate`; `raci.accountable` was one name and is now a list,
 * so that "several Accountables" can be written down and flagged; blockers had an `assignee`
 * instead of an `owner`; and `roles` and `approvals` did not exist (roles are derived in step order).
 */
function v1ToV2(plan: Json): Json {
  const campaign = isObject(plan.campaign) ? { ...plan.campaign } : plan.campaign;
  if (isObject(campaign) && 'launch' in campaign && !('launchDate' in campaign)) {
    campaign.launchDate = campaign.launch;
    delete campaign.launch;
  }
  const roles: string[] = [];
  const note = (r: unknown) => {
    if (typeof r === 'string' && !roles.includes(r)) roles.push(r);
  };
  const steps = Array.isArray(plan.steps)
    ? plan.steps.map((step: unknown) => {
        if (!isObject(step) || !isObject(step.raci)) return step;
        const raci = { ...step.raci };
        const a = raci.accountable;
        raci.accountable = a === undefined || a === null || a === '' ? [] : Array.isArray(a) ? a : [a];
        // Version 1's own letter lists, not RACI_LETTERS: this reads what a version 1 file held, whatever the letters become.
        for (const key of ['responsible', 'accountable', 'consulted', 'informed'] as const) {
          if (raci[key] === undefined) raci[key] = [];
          if (Array.isArray(raci[key])) (raci[key] as unknown[]).forEach(note);
        }
        note(raci.backup);
        return { ...step, raci };
      })
    : plan.steps;
  const blockers = Array.isArray(plan.blockers)
    ? plan.blockers.map((b: unknown) => {
        if (!isObject(b) || !('assignee' in b)) return b;
        const { assignee, ...rest } = b;
        return 'owner' in rest ? rest : { ...rest, owner: assignee };
      })
    : plan.blockers;
  return {
    ...plan,
    schemaVersion: 2,
    campaign,
    roles: Array.isArray(plan.roles) ? plan.roles : roles,
    steps,
    blockers,
    approvals: plan.approvals ?? [],
  };
}

/**
 * Version 3 added optional fields: `standardGates`, `correctiveActions`, `campaign.budget` and a
 * checklist item's `approvalId`. A version 2 plan keeps the standard gates it carries as gates, so deleting one
 * of them from now on is noticed; it is not held to gates it never had.
 */
function v2ToV3(plan: Json): Json {
  const carried = new Set<string>();
  if (Array.isArray(plan.checklist)) {
    for (const item of plan.checklist as unknown[]) if (isObject(item) && item.gate === true && typeof item.gateId === 'string') carried.add(item.gateId);
  }
  const standardGates = GATES.filter((g) => carried.has(g));
  return { ...plan, schemaVersion: 3, ...(standardGates.length && !('standardGates' in plan) ? { standardGates } : {}) };
}

const MIGRATIONS: Record<number, (plan: Json) => Json> = { 1: v1ToV2, 2: v2ToV3 };

/** Brings any older plan up to the current schema version, without touching the input. */
export function migratePlan(input: Json): { plan: Json; problems: Problem[] } {
  const version = input.schemaVersion;
  if (version === undefined) {
    return { plan: input, problems: [{ path: 'schemaVersion', code: 'missing_version', message: `is required (current version is ${CURRENT_SCHEMA_VERSION})` }] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { plan: input, problems: [{ path: 'schemaVersion', code: 'invalid_version', message: `must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}` }] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      plan: input,
      problems: [{ path: 'schemaVersion', code: 'unsupported_version', message: `version ${version} is newer than this Preflight understands (${CURRENT_SCHEMA_VERSION}); update Preflight` }],
    };
  }
  let plan = input;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) plan = MIGRATIONS[v]!(plan);
  return { plan, problems: [] };
}
