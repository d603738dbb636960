import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';
import type { DamagedPlan } from './types.js';

/**
 * A write based on a revision that is no longer the stored one. Carries both versions so the
 * caller can merge or retry; the store never overwrites in silence.
 */
export class ConflictError extends Error {
  readonly code = 'conflict' as const;
  constructor(
    readonly id: string,
    /** The revision the write was based on. */
    readonly expectedRevision: number,
    /** The stored version; undefined when the plan was deleted meanwhile. */
    readonly current: Plan | undefined,
    /** The version that was not written; undefined for a delete. */
    readonly attempted: Plan | undefined,
  ) {
    super(
      current
        ? `plan "${id}" was changed elsewhere: it is at revision ${current.revision ?? 0}, this change was based on revision ${expectedRevision}`
        : `plan "${id}" ${expectedRevision > 0 ? 'was deleted elsewhere' : 'does not exist'}; this change was based on revision ${expectedRevision}`,
    );
    this.name = 'ConflictError';
  }
}

/** A plan given to `put` that does not validate: nothing was written. */
export class InvalidPlanError extends Error {
  readonly code = 'invalid_plan' as const;
  constructor(readonly problems: Problem[]) {
    super(`the plan was not saved because it is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    this.name = 'InvalidPlanError';
  }
}

/**
 * A write over a stored plan that could not be read whole (a chunk missing, extra or of the wrong
 * size). Nothing was written; what survived was set aside in the quarantine and travels here.
 */
export class DamagedPlanError extends Error {
  readonly code = 'damaged_plan' as const;
  constructor(
    readonly damage: DamagedPlan,
    /** The version that was not written. */
    readonly attempted: Plan,
  ) {
    super(`plan "${damage.id}" was not saved: ${describeDamage(damage)}`);
    this.name = 'DamagedPlanError';
  }
}

export function describeDamage(damage: DamagedPlan): string {
  return `the stored "${damage.name}" is damaged (${damage.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}); what is left was set aside, not overwritten`;
}
