/**
 * Team plans for stories, with no server: stores over real Yjs documents in each state a synced
 * element's strip shows. The live one replays a concurrent edit between two replicas, so the strip
 * shows the notice the side whose change lost gets.
 */
import * as Y from 'yjs';
import type { Plan } from '@preflight/core';
import { writePlan } from '@preflight/core/sync';
import { PreflightTeamStatus } from '../shared/team-sync/status-strip.js';
import { createTeamPlanStore, type Peer, type TeamConnection, type TeamPlanStore } from '../shared/team-sync/team-plan-store.js';

// The sync chunk defines the strip when an element loads it; a story makes its store itself.
if (!customElements.get('preflight-team-status')) customElements.define('preflight-team-status', PreflightTeamStatus);

export type TeamStoryState = 'live' | 'offline' | 'read-only' | 'refused';

const PEERS: Peer[] = [
  { name: 'Alice Martin', role: 'editor' },
  { name: 'Bob Chen', role: 'viewer' },
];

const CONNECTIONS: Record<Exclude<TeamStoryState, 'live'>, TeamConnection> = {
  offline: { state: 'offline', pendingChanges: 2 },
  'read-only': { state: 'live', pendingChanges: 0 },
  refused: { state: 'refused', pendingChanges: 0, reason: 'the share link has expired' },
};

/** A team store holding `plan` in `state`: who else is here, and (live) a change of ours replaced by someone else's. */
export function teamStoryStore(plan: Plan, state: TeamStoryState): TeamPlanStore {
  if (state !== 'live') {
    return createTeamPlanStore({ planId: plan.id, plan, connection: CONNECTIONS[state], readOnly: state !== 'offline', peers: state === 'refused' ? [] : PEERS });
  }
  const ours = new Y.Doc();
  ours.clientID = 1;
  const store = createTeamPlanStore({ planId: plan.id, doc: ours, plan, peers: PEERS });
  const theirs = new Y.Doc();
  // The higher client id wins a tie in Yjs: their owner replaces ours.
  theirs.clientID = 2;
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(ours));
  const [mine, other] = [plan.roles[0], plan.roles[1]];
  if (mine && other) {
    void store.put({ ...plan, campaign: { ...plan.campaign, owner: mine } });
    writePlan(theirs, { ...plan, campaign: { ...plan.campaign, owner: other } }, 'them');
    Y.applyUpdate(ours, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(ours)), 'server');
  }
  return store;
}
