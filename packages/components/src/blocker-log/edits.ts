/**
 * Pure edits of a plan's blocker log. Each returns a new plan that shares every untouched
 * blocker, so an edit on a 10,000-row log copies one row and the array.
 */
import type { Blocker, Plan } from '@preflight/core';

const withBlocker = (plan: Plan, id: string, fn: (b: Blocker) => Blocker): Plan => ({
  ...plan,
  blockers: plan.blockers.map((b) => (b.id === id ? fn(b) : b)),
});

export const addBlocker = (plan: Plan, blocker: Blocker): Plan => ({ ...plan, blockers: [...plan.blockers, blocker] });

export const resolveBlocker = (plan: Plan, id: string, at: string): Plan =>
  withBlocker(plan, id, (b) => ({ ...b, status: 'resolved', resolvedAt: at }));

/** Reopening clears resolved-at and counts the reopening (rework). */
export const reopenBlocker = (plan: Plan, id: string): Plan =>
  withBlocker(plan, id, ({ resolvedAt: _, ...b }) => ({ ...b, status: 'open', reopened: (b.reopened ?? 0) + 1 }));

/** The next free id of the form `blk-N`. */
export function newBlockerId(plan: Plan): string {
  const taken = new Set(plan.blockers.map((b) => b.id));
  let n = plan.blockers.length + 1;
  while (taken.has(`blk-${n}`)) n++;
  return `blk-${n}`;
}

export type BlockerField = 'owner' | 'due' | 'severity' | 'category';

/** Sets one field of a blocker; `null` removes it (category only: the others are required). */
export const setBlockerField = (plan: Plan, id: string, field: BlockerField, value: string | null): Plan =>
  withBlocker(plan, id, (b) => {
    const { [field]: _old, ...rest } = b;
    return (value === null ? rest : { ...rest, [field]: value }) as Blocker;
  });
