/**
 * The team sync client, loaded with `import()` only when an element or the embed page is given a
 * shared plan (`sync`): Yjs, the Hocuspocus provider and y-indexeddb never reach the initial bundle.
 */
import { PreflightTeamStatus } from './status-strip.js';
import { connectTeamPlan, teamServerUrl, type TeamPlanOptions, type TeamPlanStore } from './team-plan-store.js';

// Only what the elements and the embed page use: everything a lazily imported module exports is kept in its chunk.
// Stories and tests import the rest from ./team-plan-store.js and ./status-strip.js.
export type { ConnectionState, OfflineCopy, Peer, TeamConflict, TeamConnection, TeamPlanOptions, TeamPlanStore } from './team-plan-store.js';

if (!customElements.get('preflight-team-status')) customElements.define('preflight-team-status', PreflightTeamStatus);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-status': PreflightTeamStatus;
  }
}

const open = new Map<string, TeamPlanStore>();

/**
 * The team plan `planId` on the server at `url`, seen with `token`: one connection per page for
 * each server, plan and token, shared by every element (and the embed page) that asks for it.
 * Rejects a URL that is not ws: or wss:. Each call counts one user: `release()` when done, and the
 * last release closes the connection; `close()` ends it for all of them at once.
 */
export function openTeamPlan(options: TeamPlanOptions): TeamPlanStore {
  const url = teamServerUrl(options.url);
  const key = [url, options.planId, options.token, options.offlineName ?? ''].join('\u0000');
  let store = open.get(key);
  if (!store) {
    store = connectTeamPlan({ ...options, url });
    open.set(key, store);
    const opened = store;
    store.onClose(() => open.get(key) === opened && open.delete(key));
  }
  store.retain();
  return store;
}
