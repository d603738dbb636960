import type { BusinessHours, RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import type { Finding, Readiness } from '../readiness/types.js';
import { addSlaHours } from '../time/business-hours.js';
import { localDate, wallMs, type TeamZone } from '../time/team-day.js';
import { HOUR_MS } from '../time/instant.js';
import { SEVERITY_TITLES } from '../plan/vocabulary.js';
import type { Notice } from './notices.js';

/**
 * The first instant from `nowMs` inside business hours (the SLA clock's own walk, one millisecond
 * long): `nowMs` itself during working hours, else the start of the next working hour. Without
 * business hours, `nowMs`.
 */
export function deliverableFrom(nowMs: number, businessHours: BusinessHours | null, zone: TeamZone): number {
  if (!businessHours) return nowMs;
  return Math.round(addSlaHours(nowMs, 1 / HOUR_MS, businessHours, zone)) - 1;
}

/**
 * The team date whose digest is due at `nowMs`: today once the team's clock has reached
 * `digestHour`, or undefined before then. With business hours, a day off has no digest.
 */
export function digestDate(nowMs: number, digestHour: number, config: RulesConfig, businessHoursOnly: boolean): string | undefined {
  const zone = config.timeZone;
  const today = localDate(nowMs, zone);
  const hour = new Date(wallMs(nowMs, zone)).getUTCHours();
  if (hour < digestHour) return undefined;
  if (businessHoursOnly && localDate(deliverableFrom(nowMs, config.approvals.businessHours, zone), zone) !== today) return undefined;
  return today;
}

export interface DigestSection {
  planId: string;
  planName: string;
  state: Readiness['state'];
  /** What this person's role should act on in the plan, most severe first. */
  items: string[];
}

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * One person's daily digest: per plan, the findings their role owns and the notices addressed to it
 * (reviews about to breach, escalations). Plans with nothing for them are left out; an empty list
 * means no digest.
 */
export function digestFor(role: string, plans: ReadonlyArray<{ plan: Plan; readiness: Readiness; notices: readonly Notice[] }>): DigestSection[] {
  const sections: DigestSection[] = [];
  for (const { plan, readiness, notices } of plans) {
    const owned = readiness.findings.filter((f: Finding) => f.severity !== 'info' && same(f.owner, role)).map((f) => `${SEVERITY_TITLES[f.severity]}: ${f.message}`);
    const told = notices.filter((n) => same(n.to, role)).map((n) => n.summary);
    const items = [...new Set([...owned, ...told])];
    if (items.length) sections.push({ planId: plan.id, planName: plan.campaign.name, state: readiness.state, items });
  }
  return sections;
}
