import type { Milestone } from '../plan/schema.js';
import type { MilestoneKind } from '../plan/vocabulary.js';
import { defineRule, hit } from '../rules/rule.js';
import { daysBetween } from '../rules/time.js';

const milestoneTarget = (m: Milestone) => ({ kind: 'milestone' as const, id: m.id });

/** The milestone chain, in the order a campaign reaches it. */
export const MILESTONE_CHAIN: readonly MilestoneKind[] = ['brief-approved', 'creative-finalised', 'tracking-qa-passed', 'campaign-launched', 'first-50-leads'];

/** Tied to no system event, SLA or owner: nothing would tell anyone it happened, or that it did not. */
export const isHypothesis = (m: Milestone): boolean => !m.event?.trim() && m.slaHours === undefined && !m.owner?.trim();

export const hypothesis = defineRule({
  id: 'milestone.hypothesis',
  title: 'Milestones are commitments, not hypotheses',
  severity: 'warning',
  rationale: 'A milestone tied to no system event, SLA or owner is a hypothesis, not a commitment.',
  check: ({ plan }) =>
    plan.milestones.flatMap((m) =>
      isHypothesis(m)
        ? [hit(milestoneTarget(m), `"${m.name}" is tied to no system event, SLA or owner.`, 'Tie it to the system event that proves it, an SLA, or an owner.', plan.campaign.owner)]
        : [],
    ),
});

export const late = defineRule({
  id: 'milestone.late',
  title: 'Milestones are reached by their planned date',
  severity: 'warning',
  rationale: 'A milestone past its planned date and not reached puts every later milestone at risk.',
  check: ({ plan, today }) =>
    plan.milestones.flatMap((m) =>
      m.actual === undefined && m.planned < today
        ? [
            hit(
              milestoneTarget(m),
              `"${m.name}" was planned for ${m.planned} and is ${daysBetween(m.planned, today)} day(s) late.`,
              'Reach it, or re-plan it and the milestones after it.',
              m.owner ?? plan.campaign.owner,
            ),
          ]
        : [],
    ),
});

export const slipped = defineRule({
  id: 'milestone.slipped',
  title: 'Milestones reached after their planned date',
  severity: 'info',
  rationale: 'Planned against actual dates show where the plan was optimistic; they feed the on-time rate.',
  check: ({ plan }) =>
    plan.milestones.flatMap((m) =>
      m.actual !== undefined && m.actual > m.planned
        ? [hit(milestoneTarget(m), `"${m.name}" was reached ${daysBetween(m.planned, m.actual)} day(s) after ${m.planned}.`, 'Note why at the Friday review so the next plan is realistic.', m.owner ?? plan.campaign.owner)]
        : [],
    ),
});

export const chainOrder = defineRule({
  id: 'milestone.chain-order',
  title: 'Milestones are planned in chain order',
  severity: 'warning',
  rationale: 'Brief approved, creative finalised, tracking QA passed, launched, first 50 leads: a plan that reverses them cannot be met.',
  check: ({ plan }) => {
    const chained = plan.milestones.filter((m) => MILESTONE_CHAIN.includes(m.kind));
    return chained.flatMap((m) => {
      const rank = MILESTONE_CHAIN.indexOf(m.kind);
      const before = chained.find((o) => MILESTONE_CHAIN.indexOf(o.kind) < rank && o.planned > m.planned);
      return before
        ? [hit(milestoneTarget(m), `"${m.name}" is planned for ${m.planned}, before "${before.name}" (${before.planned}) which must come first.`, 'Re-plan the milestones in chain order.', m.owner ?? plan.campaign.owner)]
        : [];
    });
  },
});

export const MILESTONE_RULES = [hypothesis, late, slipped, chainOrder];
