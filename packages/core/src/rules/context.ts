import type { RulesConfig } from '../config/schema.js';
import type { Plan, Step } from '../plan/schema.js';
import { localDate } from '../time/team-day.js';
import { toMs } from '../time/instant.js';
import { invalidNowMessage, isIsoDateTime } from '../time/iso-dates.js';

/** Everything a rule may read: the plan, the config and the instant it is judged at. */
export interface RuleContext {
  readonly plan: Plan;
  readonly config: RulesConfig;
  /** ISO instant the plan is judged at. */
  readonly now: string;
  readonly nowMs: number;
  /** The calendar date of `now` on the team's clock (`config.timeZone`, else UTC). */
  readonly today: string;
  readonly stepById: ReadonlyMap<string, Step>;
}

export function ruleContext(plan: Plan, now: string, config: RulesConfig): RuleContext {
  const nowMs = isIsoDateTime(now) ? toMs(now) : NaN;
  if (Number.isNaN(nowMs)) throw new RangeError(`now: ${invalidNowMessage(now)}`);
  return { plan, config, now, nowMs, today: localDate(nowMs, config.timeZone), stepById: new Map(plan.steps.map((s) => [s.id, s])) };
}

/** The step's single Accountable; undefined when there are none or several. */
export function soleAccountable(step: Step | undefined): string | undefined {
  return step && step.raci.accountable.length === 1 ? step.raci.accountable[0] : undefined;
}

/** Who acts on a step: its Accountable, else the campaign owner. */
export function stepOwner(step: Step | undefined, plan: Plan): string | undefined {
  return soleAccountable(step) ?? plan.campaign.owner;
}

export const campaignTarget = (plan: Plan) => ({ kind: 'campaign' as const, id: plan.id });
