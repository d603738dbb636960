import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Plan, Problem } from '@preflight/core';
import { docToRaw, isEmptyDoc, tokenTag, readDoc, readTokenClaims, writePlan } from '@preflight/core/sync';
import type { PlanStoreLike, StoreChangeLike, StoreStatus } from '../plan-store.js';
import { ChangeTracker, type TeamConflict } from './changes.js';

export type { TeamConflict } from './changes.js';

export type ConnectionState = 'connecting' | 'live' | 'offline' | 'refused';

export interface TeamConnection {
  state: ConnectionState;
  /** Edits made here that the server has not acknowledged yet (kept offline in IndexedDB when it is available). */
  pendingChanges: number;
  /** Why the server refused the token (`refused`), or why it closed the connection (`offline`: too many changes at once, a message over its size cap). */
  reason?: string;
}

/** The team server closes a socket whose message is over 1 MiB (1009); a change is refused here before it gets that far. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Room left in a message for the provider's framing (message type, document name). */
const MESSAGE_FRAMING_BYTES = 4096;
/** The server's close codes the connection explains: 4429 too many messages, 1009 a message over the cap. */
const CLOSE_RATE_LIMITED = 4429;
const CLOSE_TOO_LARGE = 1009;
export const RATE_LIMITED_REASON = 'Too many changes at once — reconnecting';
export const TOO_LARGE_REASON = 'The team server refused a message over 1 MiB, so it is not sent again: reload the page to continue from the server’s copy';

/** Someone with the plan open, as their token names them. */
export interface Peer {
  name: string;
  role: string;
}

/** Where edits are kept while the server cannot be reached. */
export interface OfflineCopy {
  /** True once IndexedDB holds a copy; false when storage is blocked (the plan then lives in memory, from the server). */
  kept: boolean;
  /** Why nothing is kept (blocked storage), for the page to say. */
  reason?: string;
}

export interface TeamPlanOptions {
  /** The team server's WebSocket URL (`wss://…`, or `ws://` on this machine). */
  url: string;
  /** The plan's id, which is the document's name on the server. */
  planId: string;
  /** A share token from the team server (an editor's, a viewer's or an admin's). */
  token: string;
  /** How this person is shown to others when the token does not name them (a share token does; the server stamps it). */
  name?: string;
  /** The IndexedDB name of the offline copy; by default one per server, plan and token. */
  offlineName?: string;
}

/** Edits from this client go through `put` with this origin; everything else in the document came from elsewhere. */
export const LOCAL_ORIGIN = Symbol('preflight local edit');

/** A write the team plan refused: the plan is invalid (each problem by path) or this link may only view it. */
export class TeamPlanError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'TeamPlanError';
  }
}

const MEMORY_REASON = 'Storage is blocked here, so nothing is kept offline: the plan is read live from the team server.';

type StatusListener = (status: StoreStatus, reason: string | undefined) => void;

/**
 * One team plan, shared live: a `PlanStoreLike` over a Y.Doc that the Hocuspocus provider keeps in
 * step with the team server, with an offline copy in IndexedDB. Elements bind to it like to any
 * store (`get`, `put`, `subscribe`, `status`); it adds the connection, who else is here, and the
 * changes of ours that a concurrent edit replaced.
 *
 * Made by `openTeamPlan` (with the server) or `createTeamPlanStore` (a document alone, for stories
 * and tests). Every write is validated by the core's `writePlan` before anything is written.
 */
export class TeamPlanStore implements PlanStoreLike {
  readonly doc: Y.Doc;
  readonly planId: string;
  /** Who this client is, from its token. */
  readonly self: Peer | undefined;

  private conn: TeamConnection;
  private readOnlyFlag: boolean;
  private offline: OfflineCopy;
  private conflictList: TeamConflict[] = [];
  private readonly tracker: ChangeTracker;
  private readonly statusListeners = new Set<StatusListener>();
  private readonly changeListeners = new Set<(change: StoreChangeLike) => void>();
  private readonly presenceListeners = new Set<(peers: Peer[]) => void>();
  private readonly closeListeners = new Set<() => void>();
  private cached: { plan: Plan | undefined } | undefined;
  private fixedPeers: Peer[];
  private provider: HocuspocusProvider | undefined;
  private persistence: IndexeddbPersistence | undefined;
  private storageSettled: boolean;
  private serverSettled: boolean;
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  private closed = false;
  /** Bytes of our edits the server has not acknowledged: sent together when the connection comes back. */
  private pendingBytes = 0;
  /** How many elements (or pages' parts) opened this store through `openTeamPlan`; closed when the last releases it. */
  private users = 0;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { doc: Y.Doc; planId: string; self?: Peer; connection?: TeamConnection; readOnly?: boolean; offline?: OfflineCopy; peers?: Peer[]; live?: boolean }) {
    this.doc = options.doc;
    this.planId = options.planId;
    this.self = options.self;
    this.conn = options.connection ?? { state: 'connecting', pendingChanges: 0 };
    this.readOnlyFlag = options.readOnly ?? this.conn.state === 'refused';
    this.offline = options.offline ?? { kept: false };
    this.fixedPeers = options.peers ?? [];
    this.tracker = new ChangeTracker(this.doc);
    // A store over a document alone is ready at once; a live one when the server or the offline copy has answered.
    this.storageSettled = this.serverSettled = !options.live;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.doc.on('afterTransaction', this.onTransaction);
    this.doc.on('update', this.onUpdate);
    this.checkReady();
  }

  // ── PlanStoreLike ────────────────────────────────────────────────────

  /** The team plan once the server or the offline copy has answered; undefined for another id or a plan not created yet. */
  async get(id: string): Promise<Plan | undefined> {
    await this.ready;
    if (id !== this.planId) return undefined;
    return this.current();
  }

  /**
   * Writes the differences between the document and `plan`, in one transaction. Rejects, writing
   * nothing, when the plan is invalid (naming each problem) or this link may only view the plan.
   */
  async put(plan: Plan): Promise<Plan> {
    if (this.closed) throw new TeamPlanError(`Team plan “${this.planId}” is closed.`);
    if (this.readOnlyFlag) {
      const why = this.conn.state === 'refused' ? `the team server refused this link (${this.conn.reason ?? 'no reason given'})` : 'this link lets you view it, not edit it';
      throw new TeamPlanError(`Team plan “${this.planId}” is read-only: ${why}.`);
    }
    if (plan?.id !== this.planId) throw new TeamPlanError(`This is team plan “${this.planId}”; a plan with id “${String(plan?.id)}” cannot be saved here.`);
    // Created offline, it would be merged into whatever the server holds under that id once connected.
    if (isEmptyDoc(this.doc) && this.conn.state !== 'live') throw new TeamPlanError(`Team plan “${this.planId}” can be created only while connected to the team server, which may already hold it.`);
    const tooLarge = this.changeTooLarge(plan);
    if (tooLarge) throw new TeamPlanError(tooLarge);
    const written = writePlan(this.doc, plan, LOCAL_ORIGIN);
    if (!written.ok) {
      const shown = written.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ');
      const more = written.problems.length > 5 ? ` (and ${written.problems.length - 5} more)` : '';
      throw new TeamPlanError(`The plan was not saved: it is not valid. ${shown}${more}`, written.problems);
    }
    return this.current() ?? plan;
  }

  /** Hears every change of the document: remote edits, the offline copy loading, and edits made through this store (for the other elements bound to it). */
  subscribe(listener: (change: StoreChangeLike) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  get status(): StoreStatus {
    if (this.readOnlyFlag) return 'read-only';
    if (this.conn.pendingChanges > 0 && this.conn.state !== 'live') return 'unsaved changes';
    return 'saved';
  }

  /** Called on every change of the connection, the pending count, the read-only state, the offline copy or the conflicts. */
  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  // ── team ─────────────────────────────────────────────────────────────

  get connection(): TeamConnection {
    return { ...this.conn };
  }

  get readOnly(): boolean {
    return this.readOnlyFlag;
  }

  get offlineCopy(): OfflineCopy {
    return { ...this.offline };
  }

  /** Changes of ours replaced by someone else's concurrent change, until dismissed. */
  get conflicts(): readonly TeamConflict[] {
    return this.conflictList;
  }

  dismissConflict(key?: string): void {
    const before = this.conflictList.length;
    this.conflictList = key === undefined ? [] : this.conflictList.filter((c) => c.key !== key);
    if (this.conflictList.length !== before) this.statusChanged();
  }

  /** Who else has the plan open (one entry per person and role, however many tabs). */
  peers(): Peer[] {
    const awareness = this.provider?.awareness;
    if (!awareness) return [...this.fixedPeers];
    const seen = new Map<string, Peer>();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === this.doc.clientID) continue;
      const user = (state as { user?: { name?: unknown; role?: unknown } }).user;
      if (!user || typeof user.name !== 'string' || !user.name) continue;
      const peer = { name: user.name, role: typeof user.role === 'string' ? user.role : 'viewer' };
      seen.set(`${peer.name}\u0000${peer.role}`, peer);
    }
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  onPresence(listener: (peers: Peer[]) => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /** Resolves once `get` can answer: the server has synced, or the offline copy holds the plan, or the server is out of reach. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Stops talking to the server (edits go on, kept here and counted as waiting) until `reconnect()`. */
  disconnect(): void {
    this.provider?.disconnect();
  }

  reconnect(): void {
    if (this.conn.state === 'refused' || this.closed) return;
    void this.provider?.connect();
  }

  /** Closes the connection and the offline copy. Elements still bound show the last plan. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.releaseTimer);
    this.doc.off('update', this.onUpdate);
    const socket = this.provider?.configuration.websocketProvider;
    this.provider?.destroy();
    // A destroyed socket can still be reconnected by a reconnect it scheduled when it last lost the server,
    // and would then retry forever for a plan nobody shows.
    if (socket) socket.connect = async () => {};
    void this.persistence?.destroy();
    this.doc.off('afterTransaction', this.onTransaction);
    for (const listener of [...this.closeListeners]) listener();
    this.statusListeners.clear();
    this.changeListeners.clear();
    this.presenceListeners.clear();
  }

  /** @internal For the page-wide share of stores. */
  onClose(listener: () => void): void {
    this.closeListeners.add(listener);
  }

  /** @internal One more user of a shared store (`openTeamPlan` counts each call). */
  retain(): void {
    this.users++;
    clearTimeout(this.releaseTimer);
  }

  /**
   * One user of a shared store is done with it (an element disconnected). The last one closes it,
   * after the current task, so an element moved in the page keeps the connection it had.
   */
  release(): void {
    if (this.closed || this.users === 0) return;
    this.users--;
    clearTimeout(this.releaseTimer);
    if (this.users === 0) this.releaseTimer = setTimeout(() => this.users === 0 && this.close(), 0);
  }

  /** How many users hold the store (for tests). */
  get userCount(): number {
    return this.users;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Why writing `plan` would make a message the team server refuses (over 1 MiB, with the changes
   * still waiting, which go in one message when the connection comes back), or undefined. A plan
   * whose JSON is well under the cap is not measured: a Yjs update of its differences is smaller
   * than three times its JSON. A larger one is written on a copy of the document and measured.
   */
  private changeTooLarge(plan: Plan): string | undefined {
    const limit = MAX_MESSAGE_BYTES - MESSAGE_FRAMING_BYTES;
    const waiting = this.conn.state === 'live' ? 0 : this.pendingBytes;
    const json = new TextEncoder().encode(JSON.stringify(plan)).length;
    if (json * 3 + waiting <= limit) return undefined;
    const trial = new Y.Doc({ gc: false });
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(this.doc));
    const before = Y.encodeStateVector(trial);
    if (!writePlan(trial, plan, LOCAL_ORIGIN).ok) return undefined; // writePlan names the problems
    const size = Y.encodeStateAsUpdate(trial, before).length;
    trial.destroy();
    if (size + waiting <= limit) return undefined;
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(2)} MiB`;
    return waiting
      ? `The change was not saved: with the changes still waiting to be sent (${mb(waiting)}), it would reach the team server as ${mb(size + waiting)}, over the 1 MiB it takes at once. Reconnect so the waiting changes are sent, then make it again.`
      : `The change was not saved: it would reach the team server as ${mb(size)}, over the 1 MiB it takes at once. Make it in smaller steps (fewer records at a time).`;
  }

  // ── wiring ───────────────────────────────────────────────────────────

  /** @internal Keeps the document in IndexedDB; `kept: false` with the reason when storage is blocked. */
  attachOfflineCopy(name: string): void {
    void openable().then((problem) => {
      if (this.closed) return;
      if (problem) {
        this.offline = { kept: false, reason: problem };
        this.storageSettled = true;
        this.statusChanged();
        this.checkReady();
        return;
      }
      const persistence = new IndexeddbPersistence(name, this.doc);
      this.persistence = persistence;
      persistence._db.catch(() => undefined);
      void persistence.whenSynced.then(() => {
        if (this.closed) return;
        this.offline = { kept: true };
        this.storageSettled = true;
        this.statusChanged();
        this.checkReady();
      });
    });
  }

  /** @internal Connects to the team server. */
  attachProvider(url: string, token: string): void {
    const provider = new HocuspocusProvider({
      url,
      name: this.planId,
      token,
      document: this.doc,
      onAuthenticated: ({ scope }) => {
        this.setReadOnly(scope === 'readonly');
      },
      onAuthenticationFailed: ({ reason }) => {
        this.conn = { state: 'refused', pendingChanges: this.conn.pendingChanges, reason: reason || 'permission denied' };
        this.readOnlyFlag = true;
        this.serverSettled = true;
        // A refused token stays refused: stop reconnecting to hear it again.
        provider.disconnect();
        this.statusChanged();
        this.checkReady();
      },
      onClose: ({ event }) => {
        if (this.conn.state === 'refused') return;
        if (event.code === CLOSE_RATE_LIMITED) this.setOffline(RATE_LIMITED_REASON);
        else if (event.code === CLOSE_TOO_LARGE) {
          // Reconnecting would send the same message again, and be closed again: stop here.
          provider.disconnect();
          this.setOffline(TOO_LARGE_REASON);
        }
      },
      onStatus: ({ status }) => {
        if (status === 'disconnected' && this.conn.state !== 'refused') {
          this.setState('offline');
          this.serverSettled = true;
          this.checkReady();
        }
      },
      onSynced: () => this.onServerSynced(),
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && provider.isSynced) this.acknowledged();
      },
      onAwarenessChange: () => this.presenceChanged(),
    });
    this.provider = provider;
    if (this.self && provider.awareness) provider.setAwarenessField('user', this.self);
  }

  private onServerSynced(): void {
    if (this.conn.state === 'refused') return;
    this.serverSettled = true;
    this.setState('live');
    if (this.provider?.unsyncedChanges === 0) this.acknowledged();
    this.checkReady();
  }

  private acknowledged(): void {
    this.tracker.acknowledge();
    this.pendingBytes = 0;
    if (this.conn.pendingChanges === 0 && this.conn.state === 'live') return;
    this.conn = { ...this.conn, pendingChanges: 0 };
    if (this.conn.state !== 'refused') this.conn = { state: 'live', pendingChanges: 0 };
    this.statusChanged();
  }

  private setOffline(reason: string): void {
    this.conn = { state: 'offline', pendingChanges: this.conn.pendingChanges, reason };
    this.serverSettled = true;
    this.statusChanged();
    this.checkReady();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOCAL_ORIGIN) this.pendingBytes += update.byteLength;
  };

  private setState(state: ConnectionState): void {
    if (this.conn.state === state) return;
    this.conn = { state, pendingChanges: this.conn.pendingChanges };
    this.statusChanged();
  }

  private setReadOnly(readOnly: boolean): void {
    if (this.readOnlyFlag === readOnly) return;
    this.readOnlyFlag = readOnly;
    this.statusChanged();
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    this.cached = undefined;
    if (transaction.origin === LOCAL_ORIGIN) {
      this.tracker.noteLocal(transaction);
      this.conn = { ...this.conn, pendingChanges: this.conn.pendingChanges + 1 };
      this.statusChanged();
    } else if (!transaction.local && transaction.origin !== this.persistence) {
      const replaced = this.tracker.checkRemote();
      if (replaced.length) {
        const keys = new Set(replaced.map((c) => c.key));
        this.conflictList = [...this.conflictList.filter((c) => !keys.has(c.key)), ...replaced];
        this.statusChanged();
      }
    }
    this.checkReady();
    const change: StoreChangeLike = { type: 'put', id: this.planId };
    for (const listener of [...this.changeListeners]) listener(change);
  };

  private current(): Plan | undefined {
    if (!this.cached) {
      if (isEmptyDoc(this.doc)) this.cached = { plan: undefined };
      else {
        const read = readDoc(this.doc);
        // A document that is not a valid plan goes to the element as it is, which lists its problems by path.
        this.cached = { plan: read.ok ? read.plan : (docToRaw(this.doc) as unknown as Plan) };
      }
    }
    return this.cached.plan;
  }

  private checkReady(): void {
    if (this.serverSettled || (this.storageSettled && !isEmptyDoc(this.doc))) this.markReady();
  }

  private statusChanged(): void {
    const status = this.status;
    const reason = this.conn.state === 'refused' ? this.conn.reason : this.offline.kept ? undefined : this.offline.reason;
    for (const listener of [...this.statusListeners]) listener(status, reason);
  }

  private presenceChanged(): void {
    const peers = this.peers();
    for (const listener of [...this.presenceListeners]) listener(peers);
  }
}

function pageIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    // Reading `indexedDB` throws in some sandboxed frames.
    return undefined;
  }
}

/**
 * Whether IndexedDB can be opened here: undefined when it can, else why not. Tried on a probe
 * database, so that y-indexeddb creates the real one with its own stores.
 */
function openable(): Promise<string | undefined> {
  const factory = pageIndexedDB();
  if (!factory) return Promise.resolve(MEMORY_REASON);
  return new Promise((resolve) => {
    const slow = setTimeout(() => resolve('The browser is slow to open its database, so nothing is kept offline for now: the plan is read live from the team server.'), 3000);
    const done = (problem: string | undefined) => {
      clearTimeout(slow);
      resolve(problem);
    };
    try {
      const request = factory.open(`preflight-team-probe`);
      request.onsuccess = () => {
        request.result.close();
        done(undefined);
      };
      request.onerror = () => done(MEMORY_REASON);
      request.onblocked = () => done(undefined);
    } catch {
      done(MEMORY_REASON);
    }
  });
}

/** A URL a team store may connect to: ws: or wss:. */
export function teamServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TeamPlanError(`sync: “${url}” is not a URL; give the team server’s wss:// address.`);
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw new TeamPlanError(`sync: “${url}” is not a ws: or wss: URL; give the team server’s wss:// address.`);
  return parsed.href.replace(/\/$/, '');
}

/** The offline copy's IndexedDB name: one per server, plan and token. */
export const offlineNameFor = (url: string, planId: string, token: string): string => `preflight-team:${url}:${planId}:${tokenTag(token)}`;

/**
 * Opens a team plan on the server at `url`, with its offline copy, and connects. Not shared: use
 * `openTeamPlan` from the package entry for one connection per page.
 */
export function connectTeamPlan(options: TeamPlanOptions): TeamPlanStore {
  const url = teamServerUrl(options.url);
  const claims = readTokenClaims(options.token) ?? {};
  // Presence carries the name and role the token gives (the server closes a connection that claims others); `name` only for a token that names no one.
  const self = claims.name && claims.role ? { name: claims.name, role: claims.role } : options.name ? { name: options.name, role: claims.role ?? 'editor' } : undefined;
  const doc = new Y.Doc();
  const store = new TeamPlanStore({
    doc,
    planId: options.planId,
    ...(self ? { self } : {}),
    // A viewer's token says so: no edit control shows even before the server answers.
    readOnly: claims.role === 'viewer',
    live: true,
  });
  store.attachOfflineCopy(options.offlineName ?? offlineNameFor(url, options.planId, options.token));
  store.attachProvider(url, options.token);
  return store;
}

/** A team store over a document alone, with no server: for stories, previews and tests. */
export function createTeamPlanStore(options: { planId: string; doc?: Y.Doc; plan?: Plan; connection?: TeamConnection; readOnly?: boolean; peers?: Peer[]; self?: Peer; offline?: OfflineCopy }): TeamPlanStore {
  const doc = options.doc ?? new Y.Doc();
  if (options.plan) {
    const written = writePlan(doc, options.plan, 'seed');
    if (!written.ok) throw new TeamPlanError('The plan is not valid.', written.problems);
  }
  return new TeamPlanStore({
    doc,
    planId: options.planId,
    connection: options.connection ?? { state: 'live', pendingChanges: 0 },
    offline: options.offline ?? { kept: true },
    ...(options.readOnly !== undefined ? { readOnly: options.readOnly } : {}),
    ...(options.peers ? { peers: options.peers } : {}),
    ...(options.self ? { self: options.self } : {}),
  });
}
