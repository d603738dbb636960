/**
 * Dated plans for the timeline's stories, tests and bench, judged at the stories' `NOW`
 * (2026-08-20). Built from the core's test factories.
 */
import type { Milestone, Plan, Step } from '@preflight/core';
import { DEFAULT_RACI } from '../../../core/src/raci/default-raci.js';
import { makeMilestone, makePlan, makeStep } from '../../../core/src/testing/factories.js';
import { healthy as healthyPlan } from '../stories/plans.js';

type Dates = Partial<Pick<Step, 'start' | 'due' | 'doneAt' | 'dependsOn'>>;

/** The default steps with dates, as a template lays them out for a launch on 2026-09-01. */
const SCHEDULE: Record<string, Dates> = {
  'brief-intake': { start: '2026-07-21', due: '2026-08-04', doneAt: '2026-08-04T15:00:00Z', dependsOn: [] },
  'creative-production': { start: '2026-08-05', due: '2026-08-18', doneAt: '2026-08-17T11:00:00Z', dependsOn: ['brief-intake'] },
  'crm-tracking-setup': { start: '2026-08-11', due: '2026-08-25', dependsOn: ['brief-intake'] },
  'launch-approval': { start: '2026-08-29', due: '2026-08-31', dependsOn: ['creative-production', 'crm-tracking-setup'] },
  'performance-review': { start: '2026-09-15', due: '2026-09-22', dependsOn: ['launch-approval'] },
};

const MILESTONES: Milestone[] = [
  makeMilestone({ id: 'ms-brief', planned: '2026-08-04', actual: '2026-08-04' }),
  makeMilestone({ id: 'ms-creative', name: 'Creative finalised', kind: 'creative-finalised', planned: '2026-08-18', actual: '2026-08-17', owner: 'Campaign manager' }),
  makeMilestone({ id: 'ms-tracking', name: 'Tracking QA passed', kind: 'tracking-qa-passed', planned: '2026-08-26', owner: 'Ops lead', event: 'tracking validation recorded' }),
  makeMilestone({ id: 'ms-launch', name: 'Campaign launched', kind: 'campaign-launched', planned: '2026-09-01', owner: 'Campaign manager', event: 'campaign live on the platform' }),
];

/** A plan's steps dated by SCHEDULE, with `changes` laid over some of them (an undefined value removes that date). */
function dated(plan: Plan, changes: Record<string, Dates> = {}): Plan {
  const steps = plan.steps.map((s) => {
    const out: Record<string, unknown> = { ...s, ...SCHEDULE[s.id], ...changes[s.id] };
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out as Step;
  });
  return { ...plan, steps, milestones: MILESTONES };
}

/** On schedule: two steps done in order, the rest ahead, the milestones met so far. */
export const healthy: Plan = dated({ ...healthyPlan, id: 'timeline-healthy' });

/** Creative production is two days late: a warning on its row. */
export const atRisk: Plan = dated({ ...healthyPlan, id: 'timeline-at-risk' }, { 'creative-production': { doneAt: undefined } });

/** Blocked by an unanswered brief, with creative production done before the brief intake it waits for. */
export const blocked: Plan = dated(
  { ...healthyPlan, id: 'timeline-blocked', brief: { ...healthyPlan.brief, objective: '', audience: '' } },
  { 'brief-intake': { doneAt: undefined, due: '2026-08-24' }, 'creative-production': { doneAt: '2026-08-12T10:00:00Z' } },
);

/** Late on the critical path: CRM setup six days overdue pushes the launch approval, and the launch, a day. */
export const overdue: Plan = {
  ...dated(
    { ...healthyPlan, id: 'timeline-overdue' },
    {
      'crm-tracking-setup': { due: '2026-08-14' },
      'launch-approval': { start: '2026-08-18', due: '2026-08-19' },
    },
  ),
  campaign: { ...healthyPlan.campaign, launchDate: '2026-08-21' },
};

/** Steps without dates and no milestones: nothing on the axis yet. */
export const unscheduled: Plan = makePlan({ id: 'timeline-unscheduled' });

const day = (from: string, n: number) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * `n` dated steps over about three months, each waiting for one or two of the few before it, the
 * first third done, some of the rest late against 2026-08-20; the last is the launch step.
 */
export function manyStepsPlan(n: number): Plan {
  const steps = Array.from({ length: n }, (_, i) => {
    const start = Math.floor((i * 90) / n);
    const id = i === n - 1 ? 'launch-approval' : `step-${i}`;
    const dependsOn = [1, 3].filter((k) => i - k >= 0).map((k) => `step-${i - k}`);
    const done = i < n / 3 ? { doneAt: `${day('2026-07-10', start + 4)}T12:00:00Z` } : {};
    const row = DEFAULT_RACI[i % DEFAULT_RACI.length];
    return makeStep({ id, name: `Workstream ${i + 1}: ${['asset', 'page', 'email', 'ad set', 'report'][i % 5]}`, start: day('2026-07-10', start), due: day('2026-07-10', start + 4), dependsOn, ...done }, row);
  });
  const plan = makePlan({ id: `timeline-${n}`, steps, milestones: MILESTONES });
  return { ...plan, campaign: { ...plan.campaign, launchDate: day('2026-07-10', 96) } };
}

/** Fifty steps. */
export const large: Plan = manyStepsPlan(50);
