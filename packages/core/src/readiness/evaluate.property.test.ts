import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import type { Brief, Plan } from '../plan/schema.js';
import { DEFAULT_ROLES } from '../raci/default-raci.js';
import { ruleById } from '../rules/catalog.js';
import { hasValidBackup } from '../raci/checks.js';
import { instant, planArb, START } from '../testing/plan-arbitrary.js';
import { agenda } from '../cadence/agenda.js';
import { escalations } from '../escalations/escalations.js';
import { blockersToCsv } from '../exchange/csv.js';
import { computeMetrics } from '../metrics/compute.js';
import { evaluate } from './evaluate.js';

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
        if (item.gateId === 'message-approved') {
          // Done properly, the message gate rests on an approval record.
          plan.approvals.push({ id: 'apr-message', kind: 'other', requestedAt: now, decision: 'approved', decidedAt: now, decidedBy: 'Marketing director' });
          item.approvalId = 'apr-message';
        }
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
