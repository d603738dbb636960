import type { Plan } from '../plan/schema.js';
import type { Person } from '../team-config/schema.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who a notice to `to` (a role, or a person, as the plan names them) reaches: the team's people who
 * hold that role or have that name (the team config knows their Slack id too); when it names nobody,
 * the person the plan names for that role (`plan.people`), with their email if the plan has one.
 */
export function recipientsFor(to: string, team: readonly Person[], plan: Pick<Plan, 'people'>): Person[] {
  const known = team.filter((p) => same(p.role, to) || same(p.name, to));
  if (known.length) return known;
  return (plan.people ?? []).filter((p) => same(p.role, to) || same(p.name, to)).map((p) => ({ ...p }));
}
