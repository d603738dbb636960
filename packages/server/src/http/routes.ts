import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePlan } from '@preflight/core';
import { isObject } from '@preflight/core/schema';
import { isEmptyDoc, readDoc, writePlan } from '@preflight/core/sync';
import { canWrite, covers, parseDuration, type Grant, type Role } from '../auth/tokens.js';
import { isPlanId } from '../plans/ids.js';
import { storedPlan } from '../storage/encoding.js';
import { planCalendar } from '../calendar/ics.js';
import { notifySettings } from '../notify/settings.js';
import type { TeamApi } from '../server.js';

const MAX_BODY = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}

/**
 * The server's HTTP routes: health, and plans for the CLI and the workspace (read, create or
 * replace, share links, history, revocation, notification settings and the delivery log), the
 * team's rules, and each plan's calendar. Every route but /health needs a Bearer token; the
 * calendar takes it in the query, as calendar apps send no headers.
 * Returns false for a path that is not ours (Hocuspocus then answers it).
 */
export async function handleRequest(request: IncomingMessage, response: ServerResponse, api: TeamApi): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  // Tokens travel in a header, never in cookies, so any page may call the API with one.
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, OPTIONS');
  if (method === 'OPTIONS') {
    response.writeHead(204).end();
    return true;
  }
  try {
    if (url.pathname === '/health' && method === 'GET') {
      const health = await api.health();
      return send(response, health.ok ? 200 : 503, health);
    }
    if (url.pathname === '/config' && method === 'GET') {
      // The team's rules, for anyone holding a valid link: the CLI and the widgets judge plans by them.
      await authorize(request, api, undefined, 'viewer');
      const current = await api.settings.current();
      return send(response, 200, { rules: current.source === 'defaults' ? null : current.written.rules });
    }
    if (url.pathname === '/settings') return await settingsRoute(request, response, api, method);
    const planMatch = /^\/plans\/([^/]+)(\/tokens|\/history|\/calendar\.ics|\/notifications)?$/.exec(url.pathname);
    if (url.pathname === '/plans' && method === 'GET') {
      await authorize(request, api, '*', 'admin');
      return send(response, 200, await listPlans(api));
    }
    if (url.pathname === '/notifications' && method === 'GET') {
      await authorize(request, api, '*', 'admin');
      return send(response, 200, { settings: notifySettings(await api.settings.current()), deliveries: await api.outbox.log(undefined, limitOf(url)) });
    }
    if (url.pathname === '/tokens/revoke' && method === 'POST') {
      await authorize(request, api, '*', 'admin');
      const body = (await readJson(request)) as { id?: unknown };
      if (typeof body?.id !== 'string' || !body.id) throw new HttpError(400, 'the body must be {"id": "<token id>"}');
      await api.revoke(body.id);
      return send(response, 200, { revoked: body.id });
    }
    if (!planMatch) return false;
    const id = decodeURIComponent(planMatch[1]!);
    if (!isPlanId(id)) throw new HttpError(400, `"${id.slice(0, 80)}" is not a plan id`);
    const sub = planMatch[2];
    if (!sub && method === 'GET') {
      const grant = await authorize(request, api, id, 'viewer');
      const read = await api.withPlan(id, grant, (doc) => (isEmptyDoc(doc) ? undefined : readDoc(doc)));
      if (!read) throw new HttpError(404, `there is no team plan "${id}"`);
      if (!read.ok) throw new HttpError(500, `the team plan "${id}" cannot be read`, read.problems);
      return send(response, 200, read.plan);
    }
    if (!sub && method === 'PUT') {
      const grant = await authorize(request, api, id, 'editor');
      const parsed = parsePlan(await readJson(request));
      if (!parsed.ok) throw new HttpError(422, 'the plan is not valid', parsed.problems);
      if (parsed.value.id !== id) throw new HttpError(422, `the plan's id is "${parsed.value.id}", not "${id}"`);
      const created = await api.withPlan(id, grant, (doc) => {
        const empty = isEmptyDoc(doc);
        // History names the token's holder: the change hook reads the grant off this origin.
        const written = writePlan(doc, parsed.value, { context: { grant } });
        if (!written.ok) throw new HttpError(422, 'the plan is not valid', written.problems);
        return empty;
      });
      return send(response, created ? 201 : 200, { id, created });
    }
    if (sub === '/tokens' && method === 'POST') {
      const grant = await authorize(request, api, id, 'editor');
      const body = (await readJson(request)) as { role?: unknown; expiresIn?: unknown; name?: unknown };
      const role = body?.role;
      if (role !== 'editor' && role !== 'viewer') throw new HttpError(422, 'role must be "editor" or "viewer"');
      const expiresIn = typeof body.expiresIn === 'string' ? parseDuration(body.expiresIn) : 30 * 86_400;
      if (expiresIn === undefined) throw new HttpError(422, 'expiresIn must be a duration like 15m, 12h or 30d');
      if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length > 80)) throw new HttpError(422, 'name must be text of at most 80 characters');
      const made = await api.signToken({ plan: id, role: role as Role, expiresInSeconds: expiresIn, ...(typeof body.name === 'string' ? { name: body.name } : {}) });
      api.log(`plan ${id}: "${grant.name}" made a ${role} link (token ${made.id})`);
      return send(response, 201, made);
    }
    if (sub === '/history' && method === 'GET') {
      await authorize(request, api, id, 'viewer');
      return send(response, 200, await api.database.history(id, limitOf(url)));
    }
    if (sub === '/notifications' && method === 'GET') {
      await authorize(request, api, id, 'editor');
      return send(response, 200, { settings: notifySettings(await api.settings.current()), deliveries: await api.outbox.log(id, limitOf(url)) });
    }
    if (sub === '/calendar.ics' && method === 'GET') {
      const grant = await authorize(request, api, id, 'viewer', url.searchParams.get('token') ?? '');
      const read = await api.withPlan(id, grant, (doc) => (isEmptyDoc(doc) ? undefined : readDoc(doc)));
      if (!read?.ok) throw new HttpError(404, `there is no team plan "${id}"`);
      response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${id}.ics"`, 'Cache-Control': 'no-store' });
      response.end(planCalendar(read.plan, api.now()));
      return true;
    }
    throw new HttpError(405, `${method} is not allowed on ${url.pathname}`);
  } catch (error) {
    if (error instanceof HttpError) return send(response, error.status, { error: error.message, ...(error.detail ? { problems: error.detail } : {}) });
    api.log(`${method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return send(response, 500, { error: 'the server could not do this; see its log' });
  }
}

/**
 * The team's settings, for an admin: GET reads them (secrets left out), PUT applies an edit
 * (`{"revision": n, "notify": …, "people": …, "scheduleSeconds": …, "rules": …}`, see
 * TeamSettingsEdit), DELETE drops the workspace's edit so team.json is in force again.
 */
async function settingsRoute(request: IncomingMessage, response: ServerResponse, api: TeamApi, method: string): Promise<true> {
  if (method !== 'GET' && method !== 'PUT' && method !== 'DELETE') throw new HttpError(405, `${method} is not allowed on /settings`);
  const grant = await authorize(request, api, '*', 'admin');
  if (method === 'GET') return send(response, 200, notifySettings(await api.settings.current()));
  let result;
  if (method === 'PUT') {
    const body = await readJson(request);
    // The revision the edit was made on travels beside the settings; anything else is the edit itself, checked by the core.
    const { revision, ...edit } = isObject(body) ? body : {};
    if (revision !== undefined && !Number.isInteger(revision)) throw new HttpError(400, 'the settings are not valid: nothing was changed', [{ path: 'revision', code: 'invalid_type', message: 'must be the revision the settings were read at' }]);
    result = await api.settings.save(isObject(body) ? edit : body, grant.name, api.now(), revision as number | undefined);
  } else result = await api.settings.reset(grant.name, api.now());
  if (!result.ok) throw new HttpError(result.status, result.message, result.problems.length ? result.problems : undefined);
  const view = notifySettings(result.current);
  api.log(`settings: "${grant.name}" ${method === 'PUT' ? 'edited the team settings' : 'reset the team settings to team.json'} (revision ${view.revision})`);
  return send(response, 200, view);
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

const limitOf = (url: URL) => Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));

async function authorize(request: IncomingMessage, api: TeamApi, plan: string | undefined, needs: Role, queryToken?: string): Promise<Grant> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? queryToken;
  if (!token) throw new HttpError(401, `send a share token: Authorization: Bearer <token>${queryToken === undefined ? '' : ' or ?token=<token>'}`);
  const verified = await api.tokens.verify(token);
  if (!verified.ok) throw new HttpError(401, verified.reason);
  const { grant } = verified;
  if (api.revocations.has(grant.id)) throw new HttpError(401, 'the share link was revoked');
  if (plan !== undefined && !covers(grant, plan)) throw new HttpError(403, `the token is for plan "${grant.plan}", not "${plan}"`);
  if (RANK[grant.role] < RANK[needs]) throw new HttpError(403, needs === 'editor' && !canWrite(grant) ? 'a viewer token cannot change the plan' : `this needs a${needs === 'admin' ? 'n admin' : ` ${needs}`} token`);
  return grant;
}

async function listPlans(api: TeamApi) {
  const rows = await api.database.list();
  return rows.map((row) => {
    const plan = api.guard.current(row.name) ?? storedPlan(row.state);
    return { id: row.name, name: plan?.campaign.name ?? row.name, state: plan?.campaign.state, launchDate: plan?.campaign.launchDate, updatedAt: row.updatedAt };
  });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, `the body is larger than ${MAX_BODY / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
}

function send(response: ServerResponse, status: number, body: unknown): true {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${JSON.stringify(body)}\n`);
  return true;
}
