import type { RulesConfig } from '../config/schema.js';
import type { Approval, Plan } from '../plan/schema.js';
import { addSlaHours } from '../time/business-hours.js';
import { isoInstant, toMs } from '../time/instant.js';
import { approvalBreachMs, approvalSlaHours } from './sla.js';

const MINUTE_MS = 60_000;

/** An undecided review's SLA clock at one instant. */
export interface SlaClock {
  slaHours: number;
  /** SLA time used so far, in whole minutes (business hours only, when the team counts them). */
  usedMinutes: number;
  /** SLA time left before the breach, in whole minutes; 0 once breached. */
  leftMinutes: number;
  /** When it breaches (or breached). */
  breachAt: string;
  /**
   * `running` while SLA time passes, `paused` outside business hours (it runs again at `resumesAt`),
   * `breached` once the SLA has run out.
   */
  state: 'running' | 'paused' | 'breached';
  resumesAt?: string;
}

/**
 * The SLA clock of an undecided review at `nowMs`; undefined once decided. SLA time is counted as the
 * breach is: in business hours on the team's clock when configured. Used time is the most whole
 * minutes of SLA time that fit between the request and now.
 */
export function approvalSlaClock(approval: Approval, plan: Plan, nowMs: number, config: RulesConfig): SlaClock | undefined {
  const breach = approvalBreachMs(approval, plan, config);
  if (breach === undefined) return undefined;
  const slaHours = approvalSlaHours(approval, plan, config);
  const total = Math.round(slaHours * 60);
  const { businessHours } = config.approvals;
  const zone = config.timeZone;
  const requested = toMs(approval.requestedAt);
  const at = (minutes: number) => addSlaHours(requested, minutes / 60, businessHours, zone);
  if (breach <= nowMs) return { slaHours, usedMinutes: total, leftMinutes: 0, breachAt: isoInstant(breach), state: 'breached' };
  // The SLA instant grows with the minutes counted: the last minute reached by now is found by halving.
  let [low, high] = [0, total];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (at(mid) <= nowMs) low = mid;
    else high = mid - 1;
  }
  // The clock runs at now when the next minute of SLA time begins now, not at the next working morning.
  const nextMinuteEnds = addSlaHours(Math.max(nowMs, requested), 1 / 60, businessHours, zone);
  const resumes = nextMinuteEnds - MINUTE_MS;
  const paused = businessHours !== null && resumes > nowMs;
  return {
    slaHours,
    usedMinutes: low,
    leftMinutes: total - low,
    breachAt: isoInstant(breach),
    state: paused ? 'paused' : 'running',
    ...(paused ? { resumesAt: isoInstant(resumes) } : {}),
  };
}

/** SLA minutes as people read them: `45 min`, `3 h`, `31 h 05 min` (hours of SLA time, never days: with business hours a day is not 24 of them). */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${String(m % 60).padStart(2, '0')} min` : ''}`;
}
