import type { Milestone } from '../plan/schema.js';
import type { MilestoneKind } from '../plan/vocabulary.js';
import type { RuleContext } from '../rules/context.js';
import { defineRule, eachRecord, hit } from '../rules/rule.js';
import { daysBetween } from '../time/instant.js';

const milestoneTarget = (m: Milestone) => ({ kind: 'milestone' as const, id: m.id });
const actor = (m: Milestone, ctx: RuleContext) => m.owner ?? ctx.plan.campaign.owner;

/** The milestone chain, in the order a campaign reaches it. */
export const MILESTONE_CHAIN: readonly MilestoneKind[] = ['brief-approved', 'creative-finalised', 'tracking-qa-passed', 'campaign-launched', 'first-50-leads'];

/** Tied to no system event, SLA or owner: nothing would tell anyone it happened, or that it did not. */
export const isHypothesis = (m: Milestone): boolean => !m.event?.trim() && m.slaHours === undefined && !m.owner?.trim();

export const hypothesis = defineRule({
  id: 'milestone.hypothesis',
  title: 'Milestones are commitments, not hypotheses',
  severity: 'warning',
  rationale: 'A milestone tied to no system event, SLA or owner is a hypothesis, not a commitment.',
  check: eachRecord('milestones', (m, ctx) =>
    isHypothesis(m) ? hit(milestoneTarget(m), `"${m.name}" is tied to no system event, SLA or owner.`, 'Tie it to the system event that proves it, an SLA, or an owner.', ctx.plan.campaign.owner) : undefined,
  ),
});

export const late = defineRule({
  id: 'milestone.late',
  title: 'Milestones are reached by their planned date',
  severity: 'warning',
  rationale: 'A milestone past its planned date and not reached puts every later milestone at risk.',
  check: eachRecord('milestones', (m, ctx) =>
    m.actual === undefined && m.planned < ctx.today
      ? hit(milestoneTarget(m), `"${m.name}" was planned for ${m.planned} and is ${daysBetween(m.planned, ctx.today)} day(s) late.`, 'Reach it, or re-plan it and the milestones after it.', actor(m, ctx))
      : undefined,
  ),
});

export const slipped = defineRule({
  id: 'milestone.slipped',
  title: 'Milestones reached after their planned date',
  severity: 'info',
  rationale: 'Planned against actual dates show where the plan was optimistic; they feed the on-time rate.',
  check: eachRecord('milestones', (m, ctx) =>
    m.actual !== undefined && m.actual > m.planned
      ? hit(milestoneTarget(m), `"${m.name}" was reached ${daysBetween(m.planned, m.actual)} day(s) after ${m.planned}.`, 'Note why at the Friday review so the next plan is realistic.', actor(m, ctx))
      : undefined,
  ),
});

export const chainOrder = defineRule({
  id: 'milestone.chain-order',
  title: 'Milestones are planned in chain order',
  severity: 'warning',
  rationale: 'Brief approved, creative finalised, tracking QA passed, launched, first 50 leads: a plan that reverses them cannot be met.',
  check: eachRecord('milestones', (m, ctx) => {
    const rank = MILESTONE_CHAIN.indexOf(m.kind);
    if (rank < 0) return undefined;
    const first = ctx.plan.milestones.find((o) => {
      const r = MILESTONE_CHAIN.indexOf(o.kind);
      return r >= 0 && r < rank && o.planned > m.planned;
    });
    return first
      ? hit(milestoneTarget(m), `"${m.name}" is planned for ${m.planned}, before "${first.name}" (${first.planned}) which must come first.`, 'Re-plan the milestones in chain order.', actor(m, ctx))
      : undefined;
  }),
});

export const MILESTONE_RULES = [hypothesis, late, slipped, chainOrder];
