import type { Plan } from '../plan/schema.js';
import type { LifecycleState } from '../plan/vocabulary.js';
import { unmetDefinitionOf } from './definitions.js';

/** Each lifecycle state as people name it. */
export const LIFECYCLE_TITLES: Readonly<Record<LifecycleState, string>> = {
  draft: 'Draft',
  ready: 'Ready',
  approved: 'Approved',
  live: 'Live',
  completed: 'Completed',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

/**
 * Where a campaign may go from each state: on to the next, back to the one before, paused or
 * cancelled while it runs, and a paused one resumes where its plan stands. Completed and cancelled
 * are kept for the record and go nowhere. The first move of a running state is the next one in the
 * main flow (draft → ready → approved → live → completed).
 */
export const LIFECYCLE_MOVES: Readonly<Record<LifecycleState, readonly LifecycleState[]>> = {
  draft: ['ready', 'paused', 'cancelled'],
  ready: ['approved', 'draft', 'paused', 'cancelled'],
  approved: ['live', 'ready', 'paused', 'cancelled'],
  live: ['completed', 'paused', 'cancelled'],
  paused: ['draft', 'ready', 'approved', 'live', 'cancelled'],
  completed: [],
  cancelled: [],
};

export interface LifecycleMove {
  to: LifecycleState;
  /** What the campaign must still meet of that state's definition; empty when it may move now. */
  needs: string[];
}

/** The states the campaign may move to from where it is, each with what its definition still needs. */
export function lifecycleMoves(plan: Plan): LifecycleMove[] {
  return LIFECYCLE_MOVES[plan.campaign.state].map((to) => ({ to, needs: unmetDefinitionOf(plan, to) }));
}

/**
 * Why the campaign cannot move to `to` now (the state cannot be reached from its own, or what the
 * definition still needs), or undefined when it can: a move never skips a definition.
 */
export function lifecycleMoveProblem(plan: Plan, to: LifecycleState): string | undefined {
  const from = plan.campaign.state;
  if (!LIFECYCLE_MOVES[from].includes(to)) return `a campaign that is ${LIFECYCLE_TITLES[from].toLowerCase()} cannot become ${LIFECYCLE_TITLES[to].toLowerCase()}`;
  const needs = unmetDefinitionOf(plan, to);
  return needs.length ? `${LIFECYCLE_TITLES[to]} needs: ${needs.join('; ')}` : undefined;
}
