import { parseTeamConfig, type TeamConfig } from '@preflight/core/team-config';
import { type Plan } from '@preflight/core';
import { samplePlan } from './server.js';

/** The sample plan with one launch review (48 h SLA, requested Monday 7 September 09:00Z) and nothing else open. */
export function reviewPlan(id: string): Plan {
  return {
    ...samplePlan(),
    id,
    blockers: [],
    checklist: [],
    approvals: [{ id: 'apr-launch', kind: 'launch', stepId: 'launch-approval', requestedAt: '2026-09-07T09:00:00Z', requestedFrom: 'Marketing director' }],
  };
}

/** A team config from what a team.json would hold; a test that writes a bad one fails at once. */
export function teamConfig(input: Record<string, unknown>): TeamConfig {
  const parsed = parseTeamConfig(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}
