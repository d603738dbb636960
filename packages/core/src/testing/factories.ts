/**
 * Small factories for tests, built from the default RACI table. Each returns a valid plan
 * (or part of one) and takes overrides for what a test cares about.
 */
import { DEFAULT_RACI, DEFAULT_ROLES } from '../raci/default-raci.js';
import type { Approval, Blocker, ChecklistItem, Milestone, Plan, Step } from '../plan/schema.js';
import { CURRENT_SCHEMA_VERSION } from '../plan/schema.js';
import type { Finding } from '../readiness/types.js';

export function makeStep(overrides: Partial<Step> = {}, row = DEFAULT_RACI[0]!): Step {
  return {
    id: row.id,
    name: row.step,
    layer: row.layer,
    raci: { responsible: [...row.responsible], accountable: [row.accountable], consulted: [...row.consulted], informed: [...row.informed], backup: row.backup },
    commonBlocker: row.commonBlocker,
    ...overrides,
  };
}

export function makeBlocker(overrides: Partial<Blocker> = {}): Blocker {
  return {
    id: 'blk-1',
    title: 'Field mapping for lead source is broken',
    owner: 'Marketing ops',
    due: '2026-08-20',
    severity: 'high',
    status: 'open',
    category: 'poor-tooling',
    raisedAt: '2026-08-10T09:00:00Z',
    blocks: { kind: 'step', id: 'crm-tracking-setup' },
    ...overrides,
  };
}

export function makeItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return { id: 'item-1', label: 'Landing page QA', layer: 'operations', owner: 'Marketing ops', due: '2026-08-28', gate: true, gateId: 'landing-page-qa', ...overrides };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return { id: 'ms-1', name: 'Brief approved', kind: 'brief-approved', planned: '2026-08-01', owner: 'Demand gen lead', event: 'brief approval recorded', ...overrides };
}

export function makeApproval(overrides: Partial<Approval> = {}): Approval {
  return { id: 'apr-1', kind: 'launch', stepId: 'launch-approval', requestedAt: '2026-08-25T09:00:00Z', requestedFrom: 'Marketing director', ...overrides };
}

/** A healthy plan: complete brief, the default RACI, nothing open that is due. */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'plan-1',
    campaign: { name: '2026q3_emea_email_product-launch', type: 'product-launch', state: 'draft', owner: 'Campaign manager', launchDate: '2026-09-01', links: [] },
    brief: {
      objective: 'Grow pipeline from EMEA mid-market',
      okr: 'O2 KR1',
      audience: 'EMEA mid-market ops leaders',
      offer: 'Product tour webinar',
      systems: ['HubSpot', 'Salesforce'],
      deadline: '2026-09-01',
      successMetric: 'SQLs',
      successTarget: '120',
    },
    roles: [...DEFAULT_ROLES],
    steps: DEFAULT_RACI.map((row) => makeStep({}, row)),
    blockers: [],
    checklist: [],
    milestones: [],
    approvals: [],
    ...overrides,
  };
}

/** A checklist item done properly: when, by whom, with https evidence. */
export function makeDoneItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return makeItem({ doneAt: '2026-08-27T15:00:00Z', doneBy: 'Marketing ops', evidence: 'https://qa.example.com/reports/42', ...overrides });
}

/** The launch approval given by the launch step's Accountable. */
export function makeLaunchApproval(overrides: Partial<Approval> = {}): Approval {
  return makeApproval({ decision: 'approved', decidedAt: '2026-08-26T10:00:00Z', decidedBy: 'Marketing director', ...overrides });
}

/** A finding of the given severity and cost, about a step unless told otherwise. */
export function makeFinding(severity: Finding['severity'], points = 0, overrides: Partial<Finding> = {}): Finding {
  return { ruleId: `test.${severity}`, severity, message: severity, target: { kind: 'step', id: 'step-1' }, fix: 'Fix it.', points, ...overrides };
}
