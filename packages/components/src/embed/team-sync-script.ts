/**
 * `embed-team-sync.js`: the sync client as a classic script for the embed page, which adds it only
 * for a team plan (`load-team-sync.ts`). It hands the client over on a global.
 */
import { openTeamPlan } from '../shared/team-sync/index.js';
import type { TeamSyncModule } from '../shared/team-sync/load.js';
import { GLOBAL } from './load-team-sync.js';

(globalThis as Record<string, unknown>)[GLOBAL] = { openTeamPlan } satisfies TeamSyncModule;
