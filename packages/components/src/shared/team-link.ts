import type { PlanStoreLike } from './plan-store.js';
import { loadTeamSync, type TeamSyncModule } from './team-sync/load.js';

let loaded: TeamSyncModule | undefined;

/**
 * The team plan an element's `sync`, `plan-id` and `token` name, through the sync client, which is
 * fetched on first use (one connection per page for each server, plan and token). Once loaded it is
 * asked at once, so an element put back in the page takes its store again before the last release closes it.
 */
export const teamStore = (url: string, planId: string, token: string | undefined): Promise<PlanStoreLike> => {
  const open = (m: TeamSyncModule) => m.openTeamPlan({ url, planId, token: token ?? '' });
  if (loaded) return Promise.resolve(open(loaded));
  return loadTeamSync().then((m) => open((loaded = m)));
};

/** A store that is a team plan: the element shows its connection strip instead of the status line. */
export const isTeamStore = (store: PlanStoreLike | undefined): boolean => store !== undefined && 'connection' in store;
