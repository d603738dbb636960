/**
 * `embed-team-sync.js`: the sync client as a classic script for the embed page, which adds it only
 * for a team plan (`load-team-sync.ts`). It hands the client over on a global.
 */
import { openTeamPlan } from '@preflight/components/team-sync';
import type { TeamSyncModule } from '@preflight/components/team-sync/load';
import { GLOBAL } from './load-team-sync.js';

(globalThis as Record<string, unknown>)[GLOBAL] = { openTeamPlan } satisfies TeamSyncModule;
