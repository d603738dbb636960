// The critical path of a 500-step plan whose steps each depend on up to three earlier ones, with dates and some steps late; and evaluate on a 50-step plan dated the same way.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../packages/core/src/readiness/evaluate.ts';
import { criticalPath } from '../packages/core/src/steps/critical-path.ts';
import { DEFAULT_RACI } from '../packages/core/src/raci/default-raci.ts';
import type { Plan } from '../packages/core/src/plan/schema.ts';
import { makePlan, makeStep } from '../packages/core/src/testing/factories.ts';
import { median, report } from './report.ts';

const TODAY = '2026-08-28';
const day = (d: number) => new Date(Date.parse('2026-06-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10);

/** `n` steps over about 100 days: step i depends on up to three of the ten before it; the last is the launch step. */
function datedPlan(n: number): Plan {
  const steps = Array.from({ length: n }, (_, i) => {
    const start = Math.floor((i * 100) / n);
    const dependsOn = [1, 4, 9].filter((k) => i - k >= 0).map((k) => `step-${i - k}`);
    const done = start + 3 < 80 && i % 13 !== 0;
    return makeStep({ id: i === n - 1 ? 'launch-approval' : `step-${i}`, start: day(start), due: day(start + 3), dependsOn: i === n - 1 ? [`step-${n - 2}`, `step-${n - 3}`] : dependsOn, ...(done ? { doneAt: `${day(start + 3)}T12:00:00Z` } : {}) }, DEFAULT_RACI[i % DEFAULT_RACI.length]);
  });
  const plan = makePlan({ steps });
  plan.campaign.launchDate = day(104);
  return plan;
}

const big = datedPlan(500);
const path = criticalPath(big, TODAY);
console.log(`500-step plan: critical path of ${path.steps.length} steps, finishing ${path.finish}, ${path.daysLost} days lost`);
for (let i = 0; i < 200; i++) criticalPath(big, TODAY);
const runs: number[] = [];
for (let i = 0; i < 1000; i++) {
  const start = performance.now();
  criticalPath(big, TODAY);
  runs.push(performance.now() - start);
}
report({ name: 'critical path: 500-step plan (median)', value: Math.round(median(runs) * 1000) / 1000, unit: 'ms', budget: 5 });

const fifty = datedPlan(50);
const NOW = `${TODAY}T12:00:00Z`;
console.log(`dated 50-step plan: ${evaluate(fifty, { now: NOW }).findings.length} findings`);
for (let i = 0; i < 300; i++) evaluate(fifty, { now: NOW });
const evals: number[] = [];
for (let i = 0; i < 2000; i++) {
  const start = performance.now();
  evaluate(fifty, { now: NOW });
  evals.push(performance.now() - start);
}
report({ name: 'evaluate: dated 50-step plan with dependencies (median)', value: Math.round(median(evals) * 1000) / 1000, unit: 'ms', budget: 0.2 });
