import { shiftPlanDates, type Plan } from '@preflight/core';
import samplePlan from '../../../examples/sample-plan.json';

/** The day the sample plan was written for: two weeks before its launch, mid-way through its checklist. */
const SAMPLE_WRITTEN_FOR = '2026-09-01';

/**
 * The sample plan slid in time so that today is to it what SAMPLE_WRITTEN_FOR was: it never opens
 * long overdue. The workspace's first run and `npm start`'s team copy both start from it.
 */
export function samplePlanFor(now: string | undefined): Plan {
  const today = (now ?? new Date().toISOString()).slice(0, 10);
  const days = Math.round((Date.parse(today) - Date.parse(SAMPLE_WRITTEN_FOR)) / 86_400_000);
  return Number.isInteger(days) ? shiftPlanDates(samplePlan as Plan, days) : (samplePlan as Plan);
}
