import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import type { Brief, Plan } from '../plan/schema.js';
import { BLOCKER_SEVERITIES, GATES, KILLERS, LAYERS, LIFECYCLE_STATES, MILESTONE_KINDS, REVIEW_KINDS } from '../plan/vocabulary.js';
import { DEFAULT_RACI, DEFAULT_ROLES } from '../raci/default-raci.js';
import { ruleById } from '../rules/catalog.js';
import { hasValidBackup } from '../raci/checks.js';
import { makePlan } from '../testing/factories.js';
import { agenda } from '../cadence/agenda.js';
import { escalations } from '../escalations/escalations.js';
import { blockersToCsv } from '../exchange/csv.js';
import { computeMetrics } from '../metrics/compute.js';
import { evaluate } from './evaluate.js';

const START = Date.parse('2026-07-01T00:00:00Z');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const role = fc.constantFrom(...DEFAULT_ROLES);
const date = fc.integer({ min: 0, max: 120 }).map((d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10));
const instant = fc.integer({ min: 0, max: 120 * 24 }).map((h) => new Date(START + h * 3_600_000).toISOString());
const STEP_IDS = [...DEFAULT_RACI.map((r) => r.id), 'step-6', 'step-7', 'step-8'];

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
});
const blockerArb = fc.record({
  owner: opt(role),
  due: opt(date),
  severity: fc.constantFrom(...BLOCKER_SEVERITIES),
  resolved: fc.boolean(),
  category: opt(fc.constantFrom(...KILLERS)),
  raisedAt: instant,
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

const planArb: fc.Arbitrary<Plan> = fc
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
  })
  .map((g) => {
    const plan = makePlan({
      brief: g.brief as Brief,
      steps: g.steps.map((s, i) => ({ id: STEP_IDS[i]!, name: `Step ${i + 1}`, ...s })),
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
    });
    plan.campaign.state = g.state;
    plan.campaign.launchDate = g.launchDate;
    return plan;
  });

const configArb: fc.Arbitrary<RulesConfig> = fc.boolean().map((office) =>
  office ? { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], utcOffsetMinutes: 60 } } } : DEFAULT_CONFIG,
);
const nowArb = instant;
const judge = (plan: Plan, now: string, config: RulesConfig) => evaluate(plan, { now, config });

/** Picks the n-th (mod length) of the records that qualify, or undefined when none do. */
const pick = <T>(records: T[], n: number, qualifies: (r: T) => boolean) => {
  const candidates = records.filter(qualifies);
  return candidates.length ? candidates[n % candidates.length] : undefined;
};

describe('evaluate (properties)', () => {
  it('is deterministic: the same plan and now give deep-equal results, also on a structured clone', () => {
    fc.assert(
      fc.property(planArb, nowArb, configArb, (plan, now, config) => {
        const first = judge(plan, now, config);
        assert.deepEqual(judge(plan, now, config), first);
        assert.deepEqual(judge(structuredClone(plan), now, config), first);
      }),
    );
  });

  it('traces every point lost to a finding with a rule, target, fix and severity', () => {
    fc.assert(
      fc.property(planArb, nowArb, configArb, (plan, now, config) => {
        const { score, findings, state } = judge(plan, now, config);
        assert.equal(score, Math.max(0, 100 - findings.reduce((sum, f) => sum + f.points, 0)));
        for (const f of findings) {
          const rule = ruleById(f.ruleId);
          assert.ok(rule, f.ruleId);
          assert.equal(f.points, config.scoring[f.severity]);
          assert.ok(f.target.kind && f.target.id, 'target');
          assert.ok(f.fix.length > 0 && f.message.length > 0, 'fix and message');
        }
        assert.equal(state === 'blocked', findings.some((f) => f.severity === 'blocker'));
      }),
    );
  });

  it('never lowers the score when a finding is resolved', () => {
    const fixes: Record<string, (plan: Plan, n: number, now: string) => boolean> = {
      'resolve an open blocker': (plan, n, now) => {
        const blocker = pick(plan.blockers, n, (b) => b.status === 'open');
        if (!blocker) return false;
        Object.assign(blocker, { status: 'resolved', resolvedAt: now });
        return true;
      },
      'complete an open gate': (plan, n, now) => {
        const item = pick(plan.checklist, n, (i) => i.gate && i.doneAt === undefined);
        if (!item) return false;
        Object.assign(item, { doneAt: now, doneBy: item.owner ?? 'Marketing ops', evidence: 'https://qa.example.com/r/2' });
        return true;
      },
      'answer a brief question': (plan, n) => {
        const answers: Brief = { objective: 'Win', okr: 'O1', audience: 'Ops', offer: 'Trial', systems: ['HubSpot'], deadline: '2026-09-01', successMetric: 'SQLs', successTarget: '50' };
        const field = pick(Object.keys(answers) as (keyof Brief)[], n, (k) => plan.brief[k] === undefined);
        if (!field) return false;
        plan.brief = { ...plan.brief, [field]: answers[field] };
        return true;
      },
      'add a missing backup': (plan, n) => {
        const step = pick(plan.steps, n, (s) => !hasValidBackup(s));
        if (!step) return false;
        step.raci.backup = DEFAULT_ROLES.find((r) => !step.raci.accountable.includes(r));
        return true;
      },
    };
    for (const [name, fix] of Object.entries(fixes)) {
      let applied = 0;
      fc.assert(
        fc.property(planArb, nowArb, configArb, fc.nat(), (plan, now, config, n) => {
          const before = judge(plan, now, config).score;
          const fixed = structuredClone(plan);
          if (!fix(fixed, n, now)) return;
          applied++;
          assert.ok(judge(fixed, now, config).score >= before, name);
        }),
        // An open gate turns up in about a quarter of the plans: 300 runs keep the floor far from chance.
        { numRuns: 300 },
      );
      assert.ok(applied >= 40, `${name}: applied in only ${applied} of 300 runs`);
    }
  });

  it('with no time zone judges exactly as with timeZone "UTC" (evaluate, escalations, metrics, agenda, CSV)', () => {
    // Any millisecond, or the last or first millisecond of a day the plan dates something on.
    const anyInstant = fc.integer({ min: START - 86_400_000, max: START + 130 * 86_400_000 }).map((ms) => new Date(ms).toISOString());
    const planAndNow = fc.tuple(planArb, fc.oneof(nowArb, anyInstant), fc.nat(), fc.constantFrom(-1, 0)).map(([plan, now, n, edge]): [Plan, string] => {
      const dates = [...plan.blockers.map((b) => b.due), ...plan.checklist.map((i) => i.due), ...plan.milestones.map((m) => m.planned)].filter((d) => d !== undefined);
      return [plan, dates.length && n % 3 ? new Date(Date.parse(dates[n % dates.length]!) + 86_400_000 + edge).toISOString() : now];
    });
    fc.assert(
      fc.property(planAndNow, configArb, ([plan, now], config) => {
        const utc = { ...config, timeZone: 'UTC' };
        assert.deepEqual(judge(plan, now, utc), judge(plan, now, config));
        assert.deepEqual(escalations(plan, now, utc), escalations(plan, now, config));
        assert.deepEqual(computeMetrics([plan], { now, config: utc }), computeMetrics([plan], { now, config }));
        assert.deepEqual(agenda([plan], now, utc), agenda([plan], now, config));
        assert.equal(blockersToCsv(plan, now, utc), blockersToCsv(plan, now, config));
      }),
      { numRuns: 300 },
    );
  });
});
