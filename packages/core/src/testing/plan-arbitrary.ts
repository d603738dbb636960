/** Random valid plans for property tests, built on the default RACI with records that refer to each other. */
import fc from 'fast-check';
import type { Brief, Plan } from '../plan/schema.js';
import { BLOCKER_SEVERITIES, GATES, KILLERS, LAYERS, LIFECYCLE_STATES, MILESTONE_KINDS, REVIEW_KINDS } from '../plan/vocabulary.js';
import { DEFAULT_RACI, DEFAULT_ROLES } from '../raci/default-raci.js';
import { makePlan } from './factories.js';

export const START = Date.parse('2026-07-01T00:00:00Z');
export const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const role = fc.constantFrom(...DEFAULT_ROLES);
export const date = fc.integer({ min: 0, max: 120 }).map((d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10));
export const instant = fc.integer({ min: 0, max: 120 * 24 }).map((h) => new Date(START + h * 3_600_000).toISOString());
export const STEP_IDS = [...DEFAULT_RACI.map((r) => r.id), 'step-6', 'step-7', 'step-8'];

const stepArb = fc.record({
  layer: fc.constantFrom(...LAYERS),
  raci: fc.record({
    responsible: fc.uniqueArray(role, { maxLength: 3 }),
    accountable: fc.uniqueArray(role, { maxLength: 2 }),
    consulted: fc.uniqueArray(role, { maxLength: 5 }),
    informed: fc.uniqueArray(role, { maxLength: 2 }),
    backup: opt(role),
  }),
  doneAt: opt(instant),
  doneBy: opt(role),
});
const blockerArb = fc.record({
  owner: opt(role),
  due: opt(date),
  severity: fc.constantFrom(...BLOCKER_SEVERITIES),
  resolved: fc.boolean(),
  category: opt(fc.constantFrom(...KILLERS)),
  raisedAt: instant,
  raisedBy: opt(role),
  blocks: opt(fc.constantFrom(...STEP_IDS)),
});
const itemArb = fc.record({
  gate: fc.boolean(),
  gateId: opt(fc.constantFrom(...GATES)),
  layer: fc.constantFrom(...LAYERS),
  owner: opt(role),
  due: opt(date),
  doneAt: opt(instant),
  doneBy: opt(role),
  evidence: opt(fc.constantFrom('https://qa.example.com/r/1', 'mailto:qa@example.com')),
});
const milestoneArb = fc.record({ kind: fc.constantFrom(...MILESTONE_KINDS), planned: date, actual: opt(date), owner: opt(role), event: opt(fc.constant('hubspot:form-submission')) });
const approvalArb = fc.record({
  kind: fc.constantFrom(...REVIEW_KINDS),
  stepId: opt(fc.constantFrom(...STEP_IDS)),
  requestedAt: instant,
  decision: opt(fc.constantFrom('approved', 'rejected', 'changes-requested') as fc.Arbitrary<'approved' | 'rejected' | 'changes-requested'>),
  decidedBy: opt(role),
});
const briefArb = fc.record(
  {
    objective: fc.constant('Grow pipeline'),
    okr: fc.constant('O1 KR2'),
    audience: fc.constant('Ops leaders'),
    offer: fc.constant('Demo'),
    systems: fc.constant(['HubSpot']),
    deadline: date,
    successMetric: fc.constant('SQLs'),
    successTarget: fc.constant('100'),
  },
  { requiredKeys: [] },
);

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    state: fc.constantFrom(...LIFECYCLE_STATES),
    launchDate: opt(date),
    brief: briefArb,
    steps: fc.array(stepArb, { maxLength: STEP_IDS.length }),
    blockers: fc.array(blockerArb, { maxLength: 8 }),
    checklist: fc.array(itemArb, { maxLength: 8 }),
    milestones: fc.array(milestoneArb, { maxLength: 6 }),
    approvals: fc.array(approvalArb, { maxLength: 5 }),
    confidence: opt(fc.integer({ min: 80, max: 100 })),
    standardGates: opt(fc.uniqueArray(fc.constantFrom(...GATES), { maxLength: 4 })),
    actions: opt(fc.array(fc.record({ owner: role, due: date, done: fc.boolean() }), { maxLength: 3 })),
  })
  .map((g) => {
    const plan = makePlan({
      brief: g.brief as Brief,
      steps: g.steps.map(({ doneBy, ...s }, i) => ({ id: STEP_IDS[i]!, name: `Step ${i + 1}`, ...s, ...(doneBy && s.doneAt ? { doneBy } : {}) })),
      blockers: g.blockers.map(({ resolved, blocks, ...b }, i) => ({
        id: `blk-${i}`,
        title: `Blocker ${i}`,
        ...b,
        status: resolved ? ('resolved' as const) : ('open' as const),
        ...(resolved ? { resolvedAt: b.raisedAt } : {}),
        ...(blocks ? { blocks: { kind: 'step' as const, id: blocks } } : {}),
      })),
      checklist: g.checklist.map((c, i) => ({ id: `item-${i}`, label: `Item ${i}`, ...c })),
      milestones: g.milestones.map((m, i) => ({ id: `ms-${i}`, name: `Milestone ${i}`, ...m })),
      approvals: g.approvals.map((a, i) => ({ id: `apr-${i}`, ...a, ...(a.decision ? { decidedAt: a.requestedAt } : {}) })),
      ...(g.confidence === undefined ? {} : { reporting: { confidence: g.confidence } }),
      ...(g.standardGates === undefined ? {} : { standardGates: g.standardGates }),
      ...(g.actions === undefined ? {} : { correctiveActions: g.actions.map((a, i) => ({ id: `ca-${i}`, action: `Action ${i}`, owner: a.owner, due: a.due, status: a.done ? ('done' as const) : ('open' as const) })) }),
    });
    plan.campaign.state = g.state;
    plan.campaign.launchDate = g.launchDate;
    return plan;
  });
