import { Server, type Connection, type Extension, type Hocuspocus } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type * as Y from 'yjs';
import { Tokens, canWrite, covers, type Grant, type Role } from './auth/tokens.js';
import { Revocations } from './auth/revocations.js';
import { RateLimiter } from './limits/rate-limit.js';
import { PlanGuard, SERVER_ORIGIN } from './plans/guard.js';
import { Database } from './storage/database.js';
import { applyStored, encodeDoc } from './storage/encoding.js';
import { handleRequest } from './http/routes.js';
import { isPlanId } from './plans/ids.js';
import { VERSION } from './version.js';
import { randomUUID } from 'node:crypto';
import { DEFAULT_CONFIG } from '@preflight/core';
import { DEFAULT_DIGEST_HOUR, DEFAULT_SCHEDULE_SECONDS, type TeamConfig } from '@preflight/core/team-config';
import { NotifyScheduler } from './notify/scheduler.js';
import { Outbox } from './notify/outbox.js';
import { PlanSource } from './notify/plans.js';
import { TeamSettingsStore } from './notify/settings-store.js';

export interface TeamServerOptions {
  /** 0 picks a free port. Default 1234. */
  port?: number;
  /** Default 127.0.0.1: put a TLS-terminating proxy in front to serve a team. */
  host?: string;
  /** Where the embedded database and the generated secret live. */
  dataDir: string;
  /** A real Postgres instead of the embedded one (the same SQL). */
  databaseUrl?: string;
  /** Turns on Hocuspocus's Redis extension, so several instances serve the same plans. */
  redisUrl?: string;
  /** The token signing secret; else PREFLIGHT_SECRET, else one generated into the data folder. */
  secret: string;
  /** This instance's name in logs and in Redis. */
  name?: string;
  /**
   * The team's settings (`--config`): the rules every plan is judged by (served to the CLI and the
   * widgets), and where notifications go. Sections left out take their defaults. As written:
   * `${NAME}` references are read from `env`. Admins may edit them from the workspace (stored in
   * the database, in force on every instance until reset).
   */
  config?: Partial<TeamConfig>;
  /** Where `${NAME}` secrets of the team's settings are read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The notification scheduler's clock and switches (tests and the bench drive passes themselves). */
  notify?: { now?: () => Date; autoStart?: boolean; deliveryTimeoutMs?: number };
  limits?: Partial<Limits>;
  /** How long the server waits after a change before storing the plan (ms); it always stores within 5× that. */
  storeDelayMs?: number;
  /** How often revocations made on other instances are read (ms). */
  revocationPollMs?: number;
  log?: (line: string) => void;
}

export interface Limits {
  /** Largest message a client may send, in bytes (a whole large plan is about 130 kB). */
  maxMessageBytes: number;
  /** Messages per second a connection may send on average, and in a burst. */
  messagesPerSecond: number;
  burst: number;
}

const DEFAULT_LIMITS: Limits = { maxMessageBytes: 1024 * 1024, messagesPerSecond: 50, burst: 200 };

/**
 * Close codes a client can tell apart. `reopened`: the connection was set up on a plan's document as it was
 * being unloaded (its last client, or a server read, had just left), which nothing serves any more;
 * the provider reconnects by itself and syncs with the document open now.
 */
export const CLOSE = { rateLimited: 4429, revoked: 4403, expired: 4401, reopened: 4409 } as const;

export interface TeamServer {
  url: string;
  wsUrl: string;
  port: number;
  database: Database;
  guard: PlanGuard;
  tokens: Tokens;
  /** The engine underneath, for tools that hold plans open (the bench). */
  hocuspocus: Hocuspocus;
  signToken(options: { plan: string; role: Role; name?: string; expiresInSeconds?: number }): Promise<{ token: string; id: string; expiresAt: string }>;
  revoke(tokenId: string): Promise<void>;
  health(): Promise<Health>;
  /** Open plans and live connections right now. */
  counts(): { plans: number; connections: number };
  outbox: Outbox;
  /** Sends notifications while the team's settings name a webhook or an SMTP server. */
  notifier: NotifyScheduler;
  /** The team's settings in force: team.json, or an admin's edit kept in the database. */
  settings: TeamSettingsStore;
  close(): Promise<void>;
}

export interface Health {
  ok: boolean;
  status: 'ok' | 'degraded';
  version: string;
  plans: number;
  connections: number;
  storage: { kind: 'embedded' | 'postgres'; ok: boolean };
  redis: 'off' | 'ready' | 'down';
}

interface Context {
  grant?: Grant;
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const tokens = new Tokens(options.secret);
  const database = await Database.open(options);
  const guard = new PlanGuard(database, log);
  const outbox = await Outbox.open(database);
  const team: TeamConfig | undefined = options.config && {
    rules: DEFAULT_CONFIG,
    notify: { webhooks: [], businessHoursOnly: false, digestHour: DEFAULT_DIGEST_HOUR },
    people: [],
    scheduleSeconds: DEFAULT_SCHEDULE_SECONDS,
    ...options.config,
  };
  const now = options.notify?.now ?? (() => new Date());
  const settings = await TeamSettingsStore.open(database, team, options.env ?? process.env);
  const started = await settings.current();
  if (team && !started.config && started.source === 'team.json') {
    await database.close();
    throw new Error(`the team config cannot be used: ${started.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const revocations = new Revocations(database, options.revocationPollMs ?? 5000, (ids) => dropGrants((g) => ids.has(g.id), CLOSE.revoked, 'the share link was revoked'));
  await revocations.start();
  const limiter = new RateLimiter(limits.messagesPerSecond, limits.burst);
  const live = new Set<Connection>();

  /** Closes the sockets of live connections whose grant matches, so their provider reconnects and is refused. */
  function dropGrants(match: (grant: Grant) => boolean, code: number, reason: string): void {
    for (const connection of live) {
      const grant = (connection.context as Context).grant;
      if (grant && match(grant)) connection.webSocket.close(code, reason);
    }
  }
  const expiryTimer = setInterval(() => dropGrants((g) => g.expiresAt * 1000 <= Date.now(), CLOSE.expired, 'the share link has expired'), 1000);
  expiryTimer.unref();

  const storeDelay = options.storeDelayMs ?? 1000;
  const extensions: Extension[] = [];
  let redis: RedisExtension | undefined;
  if (options.redisUrl) {
    const { default: IORedis } = await import('ioredis');
    const url = options.redisUrl;
    // Reconnect forever with a short back-off: Redis coming back must heal every instance by itself.
    const createClient = () => new IORedis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 100, 1000) });
    redis = new RedisExtension({ createClient, identifier: options.name ?? `preflight-${process.pid}`, prefix: 'preflight' });
    extensions.push(redis);
  }

  const server = new Server(
    {
      name: options.name ?? 'preflight',
      quiet: true,
      stopOnSignals: false,
      debounce: storeDelay,
      maxDebounce: storeDelay * 5,
      extensions,
      async onAuthenticate({ token, documentName, connectionConfig }) {
        if (!isPlanId(documentName)) throw refusal(`"${documentName.slice(0, 80)}" is not a plan id`);
        const verified = await tokens.verify(token);
        if (!verified.ok) throw refusal(verified.reason);
        const { grant } = verified;
        if (revocations.has(grant.id)) throw refusal('the share link was revoked');
        if (!covers(grant, documentName)) throw refusal(`the token is for plan "${grant.plan}", not "${documentName}"`);
        // Hocuspocus then applies none of this connection's document updates.
        connectionConfig.readOnly = !canWrite(grant);
        return { grant } satisfies Context;
      },
      async connected({ connection, documentName, instance }) {
        connection.onClose(() => {
          live.delete(connection);
          limiter.forget(connection.socketId);
        });
        // Hocuspocus can hand a new connection the document it is unloading; what it then sends
        // would be stored nowhere and reach no one, while its provider believes itself synced.
        if (instance.documents.get(documentName) !== connection.document) {
          log(`plan ${documentName}: a connection landed on the plan as it was unloaded; it reconnects`);
          connection.webSocket.close(CLOSE.reopened, 'the plan was reopened: reconnect');
          return;
        }
        live.add(connection);
      },
      async beforeHandleMessage({ connection }) {
        if (limiter.take(connection.socketId, Date.now())) return;
        // Closing the socket, not just this document, makes the provider reconnect and resend what it holds.
        connection.webSocket.close(CLOSE.rateLimited, 'too many messages: slow down');
        throw refusal('too many messages');
      },
      async onAwarenessUpdate({ document }) {
        // Presence shows the name and role in each person's token: a connection that claims another is closed.
        const states = document.awareness.getStates() as Map<number, unknown>;
        for (const connection of document.getConnections()) {
          const grant = (connection.context as Context).grant;
          for (const clientId of document.getClients(connection.webSocket)) {
            const user = (states.get(clientId) as { user?: { name?: unknown; role?: unknown } } | undefined)?.user;
            if (grant && user && (user.name !== grant.name || user.role !== grant.role)) {
              connection.webSocket.close(CLOSE.revoked, 'presence must match the share link');
            }
          }
        }
      },
      async onLoadDocument({ document, documentName }) {
        const stored = await database.load(documentName);
        if (stored) applyStored(document, stored, SERVER_ORIGIN);
        guard.loaded(documentName, document);
        return document;
      },
      async onChange({ document, documentName, transactionOrigin, context }) {
        if (transactionOrigin === SERVER_ORIGIN) return;
        guard.changed(documentName, document, (context as Context | undefined)?.grant ?? (transactionOrigin as { context?: Context } | undefined)?.context?.grant);
      },
      async onStoreDocument({ document, documentName }) {
        await database.save(documentName, encodeDoc(document));
      },
      async afterUnloadDocument({ documentName }) {
        guard.unloaded(documentName);
      },
      async onRequest({ request, response }) {
        const handled = await handleRequest(request, response, api);
        // Hocuspocus answers a request no hook stopped; a rejection with no error stops it.
        if (handled) throw null;
      },
    },
    { maxPayload: limits.maxMessageBytes },
  );

  const port = options.port ?? 1234;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port, host }, () => resolve());
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const hocuspocus = server.hocuspocus;
  // A store that ends after its document was unloaded asks to unload that old copy again, and
  // Hocuspocus unloads by name: it would drop a newer copy of the plan open under it, leaving that
  // copy's clients on a document nothing stores or serves. An old copy is let go of here, before
  // Hocuspocus marks the name as unloading (which would make it skip the newer copy's own unload).
  const unloadDocument = hocuspocus.unloadDocument.bind(hocuspocus);
  hocuspocus.unloadDocument = (document) => (hocuspocus.documents.get(document.name) === document ? unloadDocument(document) : Promise.resolve());

  const counts = () => ({ plans: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount() });
  async function health(): Promise<Health> {
    const storageOk = await database.ping();
    const redisState = !redis ? 'off' : (redis as unknown as { pub?: { status?: string } }).pub?.status === 'ready' ? 'ready' : 'down';
    const ok = storageOk && redisState !== 'down';
    return { ok, status: ok ? 'ok' : 'degraded', version: VERSION, ...counts(), storage: { kind: database.kind, ok: storageOk }, redis: redisState };
  }

  async function signToken(o: { plan: string; role: Role; name?: string; expiresInSeconds?: number }) {
    const { token, grant } = await tokens.sign({ plan: o.plan, role: o.role, ...(o.name ? { name: o.name } : {}), expiresInSeconds: o.expiresInSeconds ?? 30 * 86_400 });
    return { token, id: grant.id, expiresAt: new Date(grant.expiresAt * 1000).toISOString() };
  }

  async function revoke(tokenId: string): Promise<void> {
    await revocations.revoke(tokenId);
  }

  /** Opens a plan as the server, for the HTTP routes (the document loads from storage when it is not open). */
  async function withPlan<T>(name: string, grant: Grant, work: (doc: Y.Doc) => T): Promise<T> {
    let connection = await hocuspocus.openDirectConnection(name, { grant } satisfies Context);
    // Opened as it was being unloaded (its last client had just left): a write there would be lost.
    // That copy is let go of without storing it, which could put it over a newer one's stored state.
    for (let reopened = 0; hocuspocus.documents.get(name) !== connection.document; reopened++) {
      connection.document?.removeDirectConnection();
      if (reopened === 3) throw new Error(`the plan "${name}" kept being unloaded as it was opened`);
      connection = await hocuspocus.openDirectConnection(name, { grant } satisfies Context);
    }
    try {
      let result!: T;
      await connection.transact((doc) => {
        result = work(doc);
      });
      return result;
    } finally {
      await connection.disconnect();
    }
  }

  const plans = new PlanSource(database, guard);
  const notifier = new NotifyScheduler({
    outbox,
    plans: () => plans.all(),
    settings: async () => (await settings.current()).config,
    instance: `${options.name ?? 'preflight'}-${randomUUID().slice(0, 8)}`,
    now,
    log,
    ...(options.notify?.deliveryTimeoutMs ? { deliveryTimeoutMs: options.notify.deliveryTimeoutMs } : {}),
  });
  if (options.notify?.autoStart !== false) notifier.start();

  const api: TeamApi = { tokens, database, guard, revocations, health, signToken, revoke, withPlan, log, settings, outbox, now };

  return {
    url: `http://${shownHost}:${actualPort}`,
    wsUrl: `ws://${shownHost}:${actualPort}`,
    port: actualPort,
    database,
    guard,
    tokens,
    hocuspocus,
    signToken,
    revoke,
    health,
    counts,
    outbox,
    notifier,
    settings,
    async close() {
      clearInterval(expiryTimer);
      await notifier.stop();
      revocations.stop();
      await server.destroy();
      await guard.flushAll();
      await database.close();
    },
  };
}

export type TeamApi = {
  tokens: Tokens;
  database: Database;
  guard: PlanGuard;
  revocations: Revocations;
  health(): Promise<Health>;
  signToken: TeamServer['signToken'];
  revoke(tokenId: string): Promise<void>;
  withPlan<T>(name: string, grant: Grant, work: (doc: Y.Doc) => T): Promise<T>;
  log(line: string): void;
  /** The team's settings in force (team.json or an admin's edit). */
  settings: TeamSettingsStore;
  outbox: Outbox;
  /** The server's clock (the scheduler's, so tests see one time). */
  now(): Date;
};

/** A refusal the provider shows as `onAuthenticationFailed({ reason })`. */
function refusal(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

