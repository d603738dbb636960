/**
 * The workspace's team server: where it is (from `npm start`'s /team-server.json, a share link in
 * the page's hash, or one the user connected and this browser saved) and its HTTP API.
 */
import type { Delivery, NotifySettingsView, TeamSettingsEdit } from '@preflight/core/team-config';
import type { Plan, Problem } from '@preflight/core';
import { readTokenClaims, type TokenClaims } from '@preflight/core/sync';

export interface TeamServerConfig {
  /** The WebSocket address the sync client connects to (ws: on this machine, wss: elsewhere). */
  url: string;
  /** The same server's HTTP address, for the API. */
  http: string;
  /** A share token: an admin's lists every plan; an editor's or a viewer's names one. */
  token: string;
}

/** How the workspace came to know the server. */
export type TeamServerOrigin = 'start' | 'saved' | 'link';

export interface TeamPlanSummary {
  id: string;
  name: string;
  state?: string;
  launchDate?: string;
  updatedAt?: string;
}

export interface TeamChange {
  section: string;
  id?: string;
  name?: string;
  action: string;
  fields?: string[];
}

export interface TeamHistoryEntry {
  at: string;
  actor: string;
  changes: TeamChange[];
}

export type LinkRole = 'editor' | 'viewer';

/** A refusal from the team server (its own reason), or the server out of reach (status 0). */
export class TeamApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'TeamApiError';
  }
}

/** The HTTP address of a team server given by its ws:/wss: (or http:/https:) address. */
export function httpFor(address: string): string {
  const url = new URL(address);
  if (url.protocol === 'ws:') url.protocol = 'http:';
  else if (url.protocol === 'wss:') url.protocol = 'https:';
  return url.href.replace(/\/$/, '');
}

/** The sync address of a team server given by its ws:/wss: or http:/https: address. */
export function wsFor(address: string): string {
  const url = new URL(address);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  return url.href.replace(/\/$/, '');
}

/** The problem with a typed server address, or undefined when it can be used. */
export function addressProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'Give the team server’s full address, such as wss://team.example.com.';
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) return `“${url.protocol}” is not a team server’s address: give a wss:// (or https://) address.`;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (!local && (url.protocol === 'ws:' || url.protocol === 'http:')) return 'Only a server on this machine may be reached without TLS: give its wss:// address.';
  return undefined;
}

/** The problem with a typed token before the server is asked, or undefined. */
export function tokenProblem(token: string): string | undefined {
  if (!token.trim()) return 'Paste a share token from the team server (preflight share … prints one).';
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token.trim())) return 'This is not a share token as the team server gives it: it looks cut or altered.';
  return undefined;
}

const summaryOf = (plan: Plan): TeamPlanSummary => ({
  id: plan.id,
  name: plan.campaign.name,
  state: plan.campaign.state,
  ...(plan.campaign.launchDate ? { launchDate: plan.campaign.launchDate } : {}),
});

/** The team server's HTTP API, with one token. */
export class TeamApi {
  readonly claims: TokenClaims;

  constructor(readonly server: TeamServerConfig) {
    this.claims = readTokenClaims(server.token) ?? {};
  }

  /** An admin's token: every plan is listed and may be created. */
  get isAdmin(): boolean {
    return this.claims.role === 'admin';
  }

  /** May create plans, change them and make share links for them (an admin, or an editor of that plan). */
  canEdit(planId?: string): boolean {
    if (this.claims.role === 'admin') return true;
    return this.claims.role === 'editor' && (planId === undefined || this.claims.plan === planId || this.claims.plan === '*');
  }

  private async call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.server.http}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${this.server.token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch {
      throw new TeamApiError(`No team server answers at ${this.server.http}.`, 0);
    }
    const body = (await response.json().catch(() => ({}))) as T & { error?: string; problems?: Problem[] };
    if (!response.ok) throw new TeamApiError(body.error ?? `the team server answered HTTP ${response.status}`, response.status, body.problems ?? []);
    return body;
  }

  /** The plans this token may see: every plan for an admin, the token's own plan otherwise. */
  async plans(): Promise<TeamPlanSummary[]> {
    if (this.isAdmin || this.claims.plan === '*') return (await this.call<TeamPlanSummary[]>('/plans')).sort((a, b) => a.name.localeCompare(b.name));
    if (!this.claims.plan) throw new TeamApiError('the token names no plan', 401);
    return [summaryOf(await this.plan(this.claims.plan))];
  }

  plan(id: string): Promise<Plan> {
    return this.call<Plan>(`/plans/${encodeURIComponent(id)}`);
  }

  /** Whether the server holds a plan with this id (a 404 is no; any other refusal is thrown). */
  async has(id: string): Promise<boolean> {
    try {
      await this.plan(id);
      return true;
    } catch (error) {
      if (error instanceof TeamApiError && error.status === 404) return false;
      throw error;
    }
  }

  put(plan: Plan): Promise<unknown> {
    return this.call(`/plans/${encodeURIComponent(plan.id)}`, { method: 'PUT', body: plan });
  }

  share(planId: string, role: LinkRole, expiresIn: string, name?: string): Promise<{ token: string; id: string; expiresAt: string }> {
    return this.call(`/plans/${encodeURIComponent(planId)}/tokens`, { method: 'POST', body: { role, expiresIn, ...(name ? { name } : {}) } });
  }

  history(planId: string): Promise<TeamHistoryEntry[]> {
    return this.call(`/plans/${encodeURIComponent(planId)}/history`);
  }

  /** The team's notification settings and the plan's delivery log: an editor's. */
  notifications(planId: string): Promise<{ settings: NotifySettingsView; deliveries: Delivery[] }> {
    return this.call(`/plans/${encodeURIComponent(planId)}/notifications`);
  }

  /** The team's settings as the server holds them (secrets left out): an admin's. */
  teamSettings(): Promise<NotifySettingsView> {
    return this.call('/settings');
  }

  /** Applies an admin's edit (TeamSettingsEdit, with the revision it was made on); a refusal carries the core's problems by path. */
  editTeamSettings(edit: TeamSettingsEdit & { revision: number }): Promise<NotifySettingsView> {
    return this.call('/settings', { method: 'PUT', body: edit });
  }

  /** Drops the workspace's edit: the server's team.json is in force again. */
  resetTeamSettings(): Promise<NotifySettingsView> {
    return this.call('/settings', { method: 'DELETE' });
  }

  /** The address a calendar app subscribes to for a plan, with a token of its own. */
  calendarUrl(planId: string, token: string): string {
    return `${this.server.http}/plans/${encodeURIComponent(planId)}/calendar.ics?token=${encodeURIComponent(token)}`;
  }
}

const savedKey = (dbName: string | undefined) => `preflight-team-server:${dbName ?? 'default'}`;

/** The server this browser connected to (per plan database), if one was saved and still reads. */
export function savedTeamServer(dbName: string | undefined): TeamServerConfig | undefined {
  try {
    const raw = localStorage.getItem(savedKey(dbName));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<TeamServerConfig>;
    if (typeof value.url === 'string' && typeof value.http === 'string' && typeof value.token === 'string') return { url: value.url, http: value.http, token: value.token };
  } catch {
    // Unreadable or blocked: as if none was saved.
  }
  return undefined;
}

export function saveTeamServer(dbName: string | undefined, server: TeamServerConfig | undefined): void {
  try {
    if (server) localStorage.setItem(savedKey(dbName), JSON.stringify(server));
    else localStorage.removeItem(savedKey(dbName));
  } catch {
    // Storage blocked: the connection lasts for this page only.
  }
}

/** `npm start`'s team server (its /team-server.json), or undefined when the page is served without one. */
export async function startedTeamServer(configUrl: string): Promise<TeamServerConfig | undefined> {
  try {
    const response = await fetch(configUrl, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const value = (await response.json()) as Partial<TeamServerConfig>;
    if (typeof value.url !== 'string' || typeof value.token !== 'string') return undefined;
    return { url: value.url, http: typeof value.http === 'string' ? value.http : httpFor(value.url), token: value.token };
  } catch {
    return undefined;
  }
}

/** A team plan named by the page's hash: `#team=ID&sync=wss://…&token=T` (a share link), or undefined. */
export function linkInHash(hash: string): { server: TeamServerConfig; planId: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sync = params.get('sync');
  const token = params.get('token');
  const planId = params.get('team');
  if (!sync || !token || !planId || addressProblem(sync) || tokenProblem(token)) return undefined;
  return { server: { url: wsFor(sync), http: httpFor(sync), token }, planId };
}

/** The workspace link for a team plan with a token: opens the workspace on that plan, live. */
export function workspaceLink(base: string, server: TeamServerConfig, planId: string, token: string): string {
  const params = new URLSearchParams({ team: planId, sync: server.url, token });
  return `${base}#${params.toString()}`;
}
