import type * as Client from './index.js';

/** The sync client's entry, as the elements and the embed page load it. */
export type TeamSyncModule = Pick<typeof Client, 'openTeamPlan'>;

/**
 * Loads the sync client on first use (a chunk of its own). The embed page, a single classic
 * script, is built with the workspace's `src/embed/load-team-sync.ts` in place of this module, which loads the
 * client as a second script only when the link names a team plan.
 */
export const loadTeamSync = (): Promise<TeamSyncModule> => import('./index.js');
