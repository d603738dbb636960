import type { PlanStoreLike } from './plan-store.js';
import { loadTeamSync } from './team-sync/load.js';

/**
 * The team plan an element's `sync`, `plan-id` and `token` name, through the sync client, which is
 * fetched on first use (one connection per page for each server, plan and token).
 */
export const teamStore = (url: string, planId: string, token: string | undefined): Promise<PlanStoreLike> =>
  loadTeamSync().then((m) => m.openTeamPlan({ url, planId, token: token ?? '' }));

/** A store that is a team plan: the element shows its connection strip instead of the status line. */
export const isTeamStore = (store: PlanStoreLike | undefined): boolean => store !== undefined && 'connection' in store;
