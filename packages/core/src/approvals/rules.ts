import { stepOwner } from '../rules/context.js';
import { defineRule, eachRecord, hit } from '../rules/rule.js';
import { teamTime } from '../time/team-day.js';
import { approvalBreachMs, approvalSlaHours } from './sla.js';

export const slaBreach = defineRule({
  id: 'approval.sla-breach',
  title: 'Reviews are decided within their SLA',
  severity: 'warning',
  rationale: 'A review left undecided past its SLA stalls everything after it; the Accountable is notified, then it escalates.',
  check: eachRecord('approvals', (approval, { plan, config, nowMs, stepById }) => {
    const breach = approvalBreachMs(approval, plan, config);
    if (breach === undefined || breach > nowMs) return undefined;
    const step = approval.stepId === undefined ? undefined : stepById.get(approval.stepId);
    return hit(
      { kind: 'approval', id: approval.id },
      `The ${approval.kind} review requested ${teamTime(approval.requestedAt, config.timeZone)} is undecided past its ${approvalSlaHours(approval, plan, config)} h SLA (breached ${teamTime(breach, config.timeZone)}).`,
      'Decide the review (approve, reject or request changes); a gate never approves itself.',
      stepOwner(step, plan) ?? approval.requestedFrom,
    );
  }),
});

export const APPROVAL_RULES = [slaBreach];
