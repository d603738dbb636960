import type { RulesConfig } from '../config/schema.js';
import type { Plan, Step } from '../plan/schema.js';
import { RACI_LETTERS } from '../plan/vocabulary.js';

/** A step's owners: the roles that hold R or A. */
export const ownersOf = (step: Step): Set<string> => new Set([...step.raci.responsible, ...step.raci.accountable]);

/** Every distinct role listed on the step, backup excluded. */
const listedOn = (step: Step): Set<string> => new Set(RACI_LETTERS.flatMap(({ key }) => step.raci[key]));

/** Nobody does or owns the step although someone is listed: only Consulted or Informed. */
export const isInformedOnly = (step: Step): boolean =>
  step.raci.responsible.length === 0 && step.raci.accountable.length === 0 && listedOn(step).size > 0;

export const hasOneAccountable = (step: Step): boolean => step.raci.accountable.length === 1;
export const hasResponsible = (step: Step): boolean => step.raci.responsible.length > 0;

/** The RACI blocking rules in one predicate: exactly one A and at least one R. */
export const isRaciValid = (step: Step): boolean => hasOneAccountable(step) && hasResponsible(step);

/** Backup named and not the Accountable. Undecidable (true) while the step has no Accountable. */
export function hasValidBackup(step: Step): boolean {
  if (step.raci.accountable.length === 0) return true;
  const backup = step.raci.backup?.trim();
  return !!backup && !step.raci.accountable.includes(backup);
}

/** "Everyone owns it" needs at least this many owners on one step: a doer and an owner is normal. */
export const EVERYONE_OWNS_STEP_MIN_OWNERS = 3;
/** A role can only dominate a matrix of at least this many steps. */
export const EVERYONE_OWNS_ROLE_MIN_STEPS = 3;

export function everyoneOwnsStep(step: Step, config: RulesConfig): boolean {
  const owners = ownersOf(step).size;
  return owners >= EVERYONE_OWNS_STEP_MIN_OWNERS && owners > config.raci.everyoneOwnsStepShare * listedOn(step).size;
}

/**
 * The share of steps one role may hold R or A on, for a team of `owners` roles that hold R or A at
 * all: the configured share, or twice a fair share when that is more. A small team has one person
 * across several layers by necessity: two owners can never be flagged, three may hold two thirds each.
 */
export const roleShareLimit = (owners: number, config: RulesConfig): number => Math.max(config.raci.everyoneOwnsRoleShare, Math.min(1, 2 / Math.max(owners, 1)));

/** Roles holding R or A on more than their share of all steps (see roleShareLimit), with their step count. */
export function dominantRoles(plan: Plan, config: RulesConfig): { role: string; steps: number; share: number; owners: number }[] {
  if (plan.steps.length < EVERYONE_OWNS_ROLE_MIN_STEPS) return [];
  const counts = new Map<string, number>();
  for (const step of plan.steps) for (const role of ownersOf(step)) counts.set(role, (counts.get(role) ?? 0) + 1);
  const share = roleShareLimit(counts.size, config);
  const limit = share * plan.steps.length;
  return [...counts].filter(([, n]) => n > limit).map(([role, steps]) => ({ role, steps, share, owners: counts.size }));
}
