import type { RulesConfig } from '../config/schema.js';
import type { CorrectiveActionRecord, Plan } from '../plan/schema.js';
import { correctiveActions } from '../readiness/thresholds.js';
import { defineRule, hit } from '../rules/rule.js';

/** A recorded corrective action with whether it is overdue at the time asked. */
export interface ActionStatus extends CorrectiveActionRecord {
  overdue: boolean;
}

/** The plan's recorded corrective actions, open first, then by due date; overdue once their due day has passed. */
export function actionsOf(plan: Plan, today: string): ActionStatus[] {
  return (plan.correctiveActions ?? [])
    .map((a) => ({ ...a, overdue: a.status === 'open' && a.due < today }))
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** Thresholds crossed at `now` that no recorded corrective action (open or done) names as its source. */
export function unrecordedActions(plan: Plan, now: string, config: RulesConfig) {
  const recorded = new Set((plan.correctiveActions ?? []).map((a) => a.source));
  return correctiveActions(plan, now, config).filter((a) => !recorded.has(a.id));
}

export const overdueAction = defineRule({
  id: 'action.overdue',
  title: 'Corrective actions are done by their due date',
  severity: 'warning',
  rationale: 'A corrective action that slips is how the same defect comes back in the next campaign.',
  check: ({ plan, today }) =>
    actionsOf(plan, today)
      .filter((a) => a.overdue)
      .map((a) => hit({ kind: 'campaign', id: plan.id }, `Corrective action "${a.action}" (${a.id}) was due ${a.due} and is still open.`, 'Do it and mark it done, or agree a new due date and record why.', a.owner)),
});

export const ACTION_RULES = [overdueAction];
