// Readiness on realistic plans: one 50-step plan (median of many runs) and 1,000 varied plans in a row, in UTC and in a team time zone.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../packages/core/src/config/defaults.ts';
import { evaluate } from '../packages/core/src/readiness/evaluate.ts';
import { DEFAULT_RACI } from '../packages/core/src/raci/default-raci.ts';
import { GATES } from '../packages/core/src/plan/vocabulary.ts';
import type { Plan } from '../packages/core/src/plan/schema.ts';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan, makeStep } from '../packages/core/src/testing/factories.ts';
import { median, report } from './report.ts';

const NOW = '2026-08-28T12:00:00Z';

/** A plan with `steps` steps and proportionate blockers, gates, milestones and approvals, some of them failing rules. */
function planOf(steps: number, seed: number): Plan {
  const day = (d: number) => new Date(Date.parse('2026-08-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10);
  return makePlan({
    id: `plan-${seed}`,
    steps: Array.from({ length: steps }, (_, i) => makeStep({ id: `step-${i}`, ...(i % 7 === seed % 7 ? { raci: { responsible: [], accountable: [], consulted: ['Legal'], informed: ['Sales'] } } : {}) }, DEFAULT_RACI[i % DEFAULT_RACI.length])),
    blockers: Array.from({ length: Math.ceil(steps / 3) }, (_, i) =>
      makeBlocker({ id: `blk-${i}`, due: day((i * 5 + seed) % 40), raisedAt: `${day(i % 28)}T09:00:00Z`, category: i % 2 ? 'misalignment' : 'poor-tooling', blocks: { kind: 'step', id: `step-${i % steps}` } }),
    ),
    checklist: GATES.map((gateId, i) => makeItem({ id: `item-${i}`, label: gateId, gateId, due: day(10 + i * 4 + (seed % 5)), ...(i < 3 ? { doneAt: '2026-08-10T10:00:00Z', doneBy: 'Marketing ops' } : {}) })),
    milestones: ['brief-approved', 'creative-finalised', 'tracking-qa-passed', 'campaign-launched', 'first-50-leads'].map((kind, i) =>
      makeMilestone({ id: `ms-${i}`, kind: kind as Plan['milestones'][number]['kind'], planned: day(i * 8), ...(i < 2 ? { actual: day(i * 8 + (seed % 3)) } : {}) }),
    ),
    approvals: Array.from({ length: Math.ceil(steps / 10) + 1 }, (_, i) => makeApproval({ id: `apr-${i}`, requestedAt: `${day(20 + i)}T09:00:00Z`, ...(i % 2 ? { decision: 'approved', decidedAt: `${day(21 + i)}T09:00:00Z` } : {}) })),
    reporting: { confidence: 90 + (seed % 10) },
  });
}

const big = planOf(50, 1);
console.log(`50-step plan: ${evaluate(big, { now: NOW }).findings.length} findings`);
for (let i = 0; i < 300; i++) evaluate(big, { now: NOW });
const runs: number[] = [];
for (let i = 0; i < 2000; i++) {
  const start = performance.now();
  evaluate(big, { now: NOW });
  runs.push(performance.now() - start);
}
report({ name: 'evaluate: 50-step plan (median)', value: Math.round(median(runs) * 1000) / 1000, unit: 'ms', budget: 0.2 });

const plans = Array.from({ length: 1000 }, (_, i) => planOf(5 + (i % 16), i));
for (const plan of plans.slice(0, 100)) evaluate(plan, { now: NOW });
const totals: number[] = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (const plan of plans) evaluate(plan, { now: NOW });
  totals.push(performance.now() - start);
}
report({ name: 'evaluate: 1,000 plans of 5–20 steps (total)', value: Math.round(median(totals) * 10) / 10, unit: 'ms', budget: 100 });

// The same plans with a team time zone: today and every due day's end on Sydney's clock, read
// through the cached offset table (no Intl call per record).
const sydney = { ...DEFAULT_CONFIG, timeZone: 'Australia/Sydney' };
for (const plan of plans.slice(0, 100)) evaluate(plan, { now: NOW, config: sydney });
const zonedTotals: number[] = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (const plan of plans) evaluate(plan, { now: NOW, config: sydney });
  zonedTotals.push(performance.now() - start);
}
report({ name: 'evaluate: 1,000 plans of 5–20 steps, team time zone Australia/Sydney (total)', value: Math.round(median(zonedTotals) * 10) / 10, unit: 'ms', budget: 100 });
