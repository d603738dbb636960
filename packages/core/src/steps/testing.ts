/** A plan for the steps' tests: the default steps dated and chained as a template does for a launch on 2026-09-01. */
import type { Plan, Step } from '../plan/schema.js';
import { makePlan } from '../testing/factories.js';

export function datedPlan(edit: (steps: Record<string, Step>) => void = () => {}, overrides: Partial<Plan> = {}): Plan {
  const plan = makePlan(overrides);
  const dates: Record<string, [string, string, string[]]> = {
    'brief-intake': ['2026-07-21', '2026-08-04', []],
    'creative-production': ['2026-08-05', '2026-08-18', ['brief-intake']],
    'crm-tracking-setup': ['2026-08-11', '2026-08-25', ['brief-intake']],
    'launch-approval': ['2026-08-29', '2026-08-31', ['creative-production', 'crm-tracking-setup']],
    'performance-review': ['2026-09-15', '2026-09-22', ['launch-approval']],
  };
  for (const step of plan.steps) {
    const [start, due, dependsOn] = dates[step.id]!;
    Object.assign(step, { start, due, dependsOn });
  }
  edit(Object.fromEntries(plan.steps.map((s) => [s.id, s])));
  return plan;
}
