/**
 * For browser tests of team plans: the real team server the test runner started (see
 * test/browser/support/team-server.mjs), its HTTP API, and waiting for a condition to hold.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Plan } from '@preflight/core';

export interface TeamServerInfo {
  url: string;
  wsUrl: string;
  adminToken: string;
}

let info: Promise<TeamServerInfo> | undefined;

/** The team server for this test run (started on first use). */
export const teamServer = (): Promise<TeamServerInfo> => (info ??= executeServerCommand<TeamServerInfo, undefined>('team-server'));

async function call<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const server = await teamServer();
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? server.adminToken}`, 'content-type': 'application/json' },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${body.error ?? ''}`);
  return body;
}

/** Creates (or replaces) a team plan on the server. */
export const putTeamPlan = (plan: Plan): Promise<unknown> => call(`/plans/${encodeURIComponent(plan.id)}`, { method: 'PUT', body: plan });

/** The team plan as the server holds it. */
export const getTeamPlan = (id: string): Promise<Plan> => call<Plan>(`/plans/${encodeURIComponent(id)}`);

/** A share token for a plan, naming its holder. */
export async function shareToken(planId: string, role: 'editor' | 'viewer', name: string): Promise<string> {
  const { token } = await call<{ token: string }>(`/plans/${encodeURIComponent(planId)}/tokens`, { method: 'POST', body: { role, name, expiresIn: '1h' } });
  return token;
}

/** A plan id no other test uses. */
export const freshPlanId = (prefix: string): string => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Waits until `check` holds, looking again after each task. No time limit of its own: a condition
 * that never holds fails the test at the runner's timeout, with `what` as the last thing awaited.
 */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, { every = 10 } = {}): Promise<void> {
  eventually.waitingFor = what;
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, every));
  eventually.waitingFor = '';
}
eventually.waitingFor = '';

/** Waits until the server's copy of a plan satisfies `check` (asking its HTTP API ten times a second, not more). */
export const serverEventually = (id: string, check: (plan: Plan) => boolean, what: string): Promise<void> =>
  eventually(async () => check(await getTeamPlan(id)), what, { every: 100 });
