import { GATE_TITLES } from '../plan/vocabulary.js';
import { campaignTarget } from '../rules/context.js';
import { defineRule, hit, type RuleHit } from '../rules/rule.js';
import { isDone, itemTarget } from './gates.js';

export const standardGateRemoved = defineRule({
  id: 'gate.standard-removed',
  title: 'The standard gates of the template are kept',
  severity: 'warning',
  rationale: 'Legal and brand review, landing-page QA and tracking validation are there because launches fail without them; removing one needs a decision, not a click.',
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    for (const gateId of plan.standardGates ?? []) {
      const items = plan.checklist.filter((i) => i.gateId === gateId);
      if (items.some((i) => i.gate)) continue;
      const weakened = items[0];
      hits.push(
        weakened
          ? hit(itemTarget(weakened), `"${weakened.label}" is a standard gate (${GATE_TITLES[gateId]}) but no longer holds the launch.`, 'Make it a gate again, or record the decision to drop it and remove it from the plan’s standard gates.', weakened.owner ?? plan.campaign.owner)
          : hit(campaignTarget(plan), `The standard gate "${GATE_TITLES[gateId]}" was removed from the checklist.`, 'Put the gate back, or record the decision to drop it and remove it from the plan’s standard gates.', plan.campaign.owner),
      );
    }
    return hits;
  },
});

export const messageApproval = defineRule({
  id: 'gate.message-approval',
  title: '"Message and offer approved" rests on an approval record',
  severity: 'warning',
  rationale: 'A tick says someone thought the message was approved; an approval record says who approved it and when.',
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    for (const item of plan.checklist) {
      if (item.gateId !== 'message-approved' || !item.gate || !isDone(item)) continue;
      const approval = item.approvalId === undefined ? undefined : plan.approvals.find((a) => a.id === item.approvalId);
      if (approval?.decision === 'approved') continue;
      hits.push(
        hit(
          itemTarget(item),
          approval ? `"${item.label}" is ticked, but its approval ${approval.id} is ${approval.decision ?? 'undecided'}.` : `"${item.label}" is ticked without an approval record.`,
          'Link this gate to the review that approved the message and offer, once it is approved.',
          item.doneBy ?? item.owner ?? plan.campaign.owner,
        ),
      );
    }
    return hits;
  },
});

export const GUARDRAIL_RULES = [standardGateRemoved, messageApproval];
