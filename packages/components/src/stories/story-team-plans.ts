/**
 * A team's plans over a season, for the stories of the elements that read across plans (metrics,
 * agenda): launched ones with their milestones, reviews and blockers, and ones still running.
 * Built from the core's factories with fixed dates, so each story looks the same every day.
 */
import type { Approval, Blocker, Killer, Milestone, Plan } from '@preflight/core';
import type { WidgetArgs } from './story-kit.js';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan } from '../../../core/src/testing/factories.js';

/** The arguments of a report's stories (an element across plans). */
export interface ReportArgs extends WidgetArgs {
  /** Many plans; takes precedence over `plan`. */
  plans: unknown;
  /** Team rules (time zone, sprint length), only what differs from the defaults. */
  config: unknown;
}

/** Thursday 2026-08-20, 09:00 UTC. */
export const TEAM_NOW = '2026-08-20T09:00:00Z';

const KILLERS: Killer[] = ['structural-bottleneck', 'misalignment', 'structural-bottleneck', 'poor-tooling', 'feedback-loop-failure', 'unclear-ownership'];
const NAMES = ['2026q2_emea_email_spring-nurture', '2026q2_na_cpc_brand-search', '2026q2_emea_event_roadshow', '2026q3_na_paid_social_launch', '2026q3_emea_email_product-launch', '2026q3_apac_display_retargeting', '2026q3_emea_event_webinar', '2026q3_na_email_onboarding'];

const iso = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Plan `i` of a season of `count`: launched a fortnight apart (closer for more) up to late August, the last ones still before launch. */
function seasonPlan(i: number, count = 8): Plan {
  const brief = addDays('2026-08-14', Math.round(((i - count + 1) * 14 * 8) / count));
  const launch = addDays(brief, 18 + ((i * 7) % 13));
  const launched = launch < TEAM_NOW.slice(0, 10);
  const milestones: Milestone[] = [
    makeMilestone({ id: 'brief', kind: 'brief-approved', name: 'Brief approved', planned: brief, actual: brief }),
    makeMilestone({ id: 'creative', kind: 'creative-finalised', name: 'Creative finalised', planned: addDays(launch, -7), ...(launched || i === count - 2 ? { actual: addDays(launch, i % 3 === 0 ? -5 : -7) } : {}) }),
    makeMilestone({ id: 'launch', kind: 'campaign-launched', name: 'Campaign launched', planned: addDays(launch, i % 4 === 1 ? -3 : 0), ...(launched ? { actual: launch } : {}) }),
  ];
  const approvals: Approval[] = [
    makeApproval({ id: 'creative-review', kind: 'creative', stepId: 'creative-production', requestedAt: iso(addDays(launch, -9)), decidedAt: iso(addDays(launch, -9), 15 + (i % 3)), decision: 'approved', decidedBy: 'Campaign manager' }),
    makeApproval({ id: 'legal-review', kind: 'legal', stepId: 'creative-production', requestedAt: iso(addDays(launch, -8)), decidedAt: iso(addDays(launch, -6 + (i % 2)), 11), decision: i === 2 ? 'changes-requested' : 'approved', decidedBy: 'Campaign manager' }),
    ...(launched ? [makeApproval({ id: 'launch-review', requestedAt: iso(addDays(launch, -3)), decidedAt: iso(addDays(launch, -2), 10 + (i % 8)), decision: 'approved' as const, decidedBy: 'Marketing director' })] : []),
  ];
  const blockers: Blocker[] = [
    makeBlocker({ id: 'mapping', title: 'Field mapping for lead source is broken', category: KILLERS[i % KILLERS.length]!, raisedAt: iso(addDays(launch, -10)), due: addDays(launch, -6), status: 'resolved', resolvedAt: iso(addDays(launch, -10 + 2 + (i % 4))) }),
    ...(i % 2 === 0 ? [makeBlocker({ id: 'assets', title: 'Late feedback on the hero image', category: KILLERS[(i + 1) % KILLERS.length]!, severity: 'medium', raisedAt: iso(addDays(launch, -6)), due: addDays(launch, -2), status: 'resolved' as const, resolvedAt: iso(addDays(launch, -1)), reopened: i === 4 ? 1 : 0 })] : []),
  ];
  return makePlan({
    id: `season-${i + 1}`,
    campaign: { name: i < NAMES.length ? NAMES[i]! : `2026q${1 + (i % 4)}_emea_email_program-${i + 1}`, type: 'product-launch', state: launched ? 'live' : i === count - 1 ? 'draft' : 'approved', owner: 'Campaign manager', launchDate: launch, links: [] },
    milestones,
    approvals,
    blockers,
    checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA', due: addDays(launch, -2), ...(launched ? { doneAt: iso(addDays(launch, -2), 14), doneBy: 'Marketing ops' } : {}), reopened: i === 3 ? 1 : 0 })],
    programs: { planned: 3, delivered: launched ? 3 - (i % 3 === 2 ? 1 : 0) : 0 },
  });
}

/** Eight plans: six launched (May to August), one launching tomorrow, one still a draft. */
export const seasonPlans: Plan[] = Array.from({ length: 8 }, (_, i) => seasonPlan(i));

/** `count` plans over the year up to `TEAM_NOW` (for the benches and the large stories). */
export const manyPlans = (count: number): Plan[] => Array.from({ length: count }, (_, i) => seasonPlan(i, count));

/** The week's live plan: a step done and a blocker raised this week, a review waiting, work due before the next meeting. */
export const thisWeekPlan: Plan = makePlan({
  id: 'week-webinar',
  campaign: { name: '2026q3_emea_event_webinar', type: 'webinar', state: 'approved', owner: 'Campaign manager', launchDate: '2026-09-01', links: [] },
  steps: makePlan().steps.map((s, i) => (i === 0 ? { ...s, doneAt: '2026-08-19T14:00:00Z' } : i === 1 ? { ...s, due: '2026-08-21' } : s)),
  checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA', owner: 'Marketing ops', due: '2026-08-21' }), makeItem({ id: 'utm', label: 'Tracking validation', owner: 'Ops lead', due: '2026-08-18' })],
  milestones: [makeMilestone({ id: 'creative', kind: 'creative-finalised', name: 'Creative finalised', planned: '2026-08-18', actual: '2026-08-20' })],
  blockers: [
    makeBlocker({ id: 'speaker', title: 'Speaker has not confirmed the date', owner: undefined, due: undefined, severity: 'high', category: 'misalignment', raisedAt: '2026-08-19T10:00:00Z' }),
    makeBlocker({ id: 'mapping', title: 'Field mapping for lead source is broken', due: '2026-08-17', severity: 'critical', category: 'poor-tooling', raisedAt: '2026-08-12T09:00:00Z' }),
  ],
  approvals: [makeApproval({ id: 'brand', kind: 'brand', stepId: 'creative-production', requestedAt: '2026-08-17T09:00:00Z', requestedFrom: 'Brand' })],
  log: [{ at: '2026-08-19T16:00:00Z', by: 'Campaign manager', summary: 'Moved the launch to 1 September after the speaker’s travel change.' }],
});

/** A plan with text shaped like markup and Markdown in every field people type. */
export const markupPlan: Plan = makePlan({
  id: 'markup',
  campaign: { name: '<img src=x onerror=alert(1)> **launch**', type: 'webinar', state: 'draft', owner: 'Campaign manager', launchDate: '2026-09-01', links: [] },
  blockers: [makeBlocker({ id: 'x', title: '[click me](javascript:alert(1)) <b>bold</b>', raisedAt: '2026-08-19T09:00:00Z' })],
  steps: makePlan().steps.map((s, i) => (i === 0 ? { ...s, name: '_Write_ the `copy`', doneAt: '2026-08-19T09:00:00Z' } : s)),
});
