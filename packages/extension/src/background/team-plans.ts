import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Plan } from '@preflight/core';
import { isEmptyDoc, readDoc } from '@preflight/core/sync';
import { readTokenClaims, teamLinkKey, tokenTag, type TeamLink } from '../team/share-link.js';
import type { TeamState, TeamStatus } from '../team/status.js';

/** How long a request waits for a team plan that has neither its offline copy nor the server yet. */
const READY_WAIT_MS = 4000;
/**
 * Chrome keeps a service worker with a WebSocket alive while messages flow within 30 s; the
 * provider's own traffic can be quieter than that, so an open plan sends a stateless ping.
 */
export const KEEPALIVE_MS = 20_000;

/**
 * One team plan, followed read-only in the background: a Y.Doc that the Hocuspocus provider keeps
 * in step with the team server, with an offline copy in the extension's own IndexedDB (not
 * partitioned by site). The extension never writes to the plan.
 */
class TeamPlanConnection {
  readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly persistence: IndexeddbPersistence | undefined;
  private state: TeamState = 'connecting';
  private reason: string | undefined;
  private readOnly: boolean;
  /** The last valid plan read from the document, and whether the document changed since. */
  private lastPlan: Plan | undefined;
  private stale = true;
  private readonly ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    readonly link: TeamLink,
    private readonly changed: () => void,
  ) {
    // What the token says is only a first guess shown until the server answers.
    this.readOnly = readTokenClaims(link.token)?.role === 'viewer';
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.doc.on('update', () => {
      this.stale = true;
      if (!isEmptyDoc(this.doc)) this.markReady();
      this.changed();
    });
    try {
      this.persistence = new IndexeddbPersistence(`preflight-team:${link.url}:${link.planId}:${tokenTag(link.token)}`, this.doc);
      this.persistence._db.catch(() => undefined);
      void this.persistence.whenSynced.then(() => !isEmptyDoc(this.doc) && this.markReady());
    } catch (error) {
      console.warn('Preflight: no offline copy of the team plan can be kept.', error);
    }
    const provider = new HocuspocusProvider({
      url: link.url,
      name: link.planId,
      token: link.token,
      document: this.doc,
      // The extension follows the plan; it is not someone with the plan open for the others to see.
      awareness: null,
      onAuthenticated: ({ scope }) => this.set({ readOnly: scope === 'readonly' }),
      onAuthenticationFailed: ({ reason }) => {
        // A refused token stays refused: stop asking again.
        provider.disconnect();
        this.set({ state: 'refused', reason: reason || 'permission denied' });
        this.markReady();
      },
      onStatus: ({ status }) => {
        if (status === 'disconnected' && this.state !== 'refused') {
          this.set({ state: 'offline' });
          this.markReady();
        }
      },
      onSynced: () => {
        if (this.state === 'refused') return;
        this.set({ state: 'live' });
        this.markReady();
      },
    });
    this.provider = provider;
  }

  /** The plan once the server or the offline copy has answered (or after a short wait), with its state. */
  async read(): Promise<{ plan: Plan | undefined; status: TeamStatus }> {
    await Promise.race([this.ready, new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS))]);
    return { plan: this.plan(), status: this.status() };
  }

  plan(): Plan | undefined {
    if (this.stale) {
      this.stale = false;
      const read = isEmptyDoc(this.doc) ? undefined : readDoc(this.doc);
      // A document that is not a valid plan is not shown: the last valid one stays (the server
      // reverts such a change for everyone).
      if (read?.ok) this.lastPlan = read.plan;
    }
    return this.lastPlan;
  }

  status(): TeamStatus {
    const plan = this.plan();
    return {
      planId: this.link.planId,
      state: this.state,
      ...(this.reason ? { reason: this.reason } : {}),
      readOnly: this.readOnly,
      ...(plan ? { name: plan.campaign.name } : {}),
    };
  }

  /** A stateless message the server ignores, so the socket carries traffic. */
  ping(): void {
    if (this.state === 'live') this.provider.sendStateless('preflight:keepalive');
  }

  close(): void {
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
  }

  private set(change: { state?: TeamState; reason?: string; readOnly?: boolean }): void {
    const before = JSON.stringify([this.state, this.reason, this.readOnly]);
    if (change.state) {
      this.state = change.state;
      this.reason = change.reason;
    }
    if (change.readOnly !== undefined) this.readOnly = change.readOnly;
    if (JSON.stringify([this.state, this.reason, this.readOnly]) !== before) this.changed();
  }
}

/**
 * The team plans the background holds open: one connection per server, plan and token, opened
 * when a tab or the options page needs it and closed when none does (the worker may then sleep).
 * `onChange` hears every change of a plan or of its connection, a few at a time.
 */
export class TeamPlans {
  private readonly open = new Map<string, TeamPlanConnection>();
  private readonly pending = new Set<string>();
  private flush: ReturnType<typeof setTimeout> | undefined;
  private keepalive: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly onChange: (links: TeamLink[]) => void) {}

  /** The plan behind a link and its connection's state, connecting first if needed. */
  read(link: TeamLink): Promise<{ plan: Plan | undefined; status: TeamStatus }> {
    return this.connection(link).read();
  }

  /** Opens these links and closes every other connection. */
  keepOnly(links: TeamLink[]): void {
    const wanted = new Set(links.map(teamLinkKey));
    for (const [key, connection] of this.open) {
      if (wanted.has(key)) continue;
      connection.close();
      this.open.delete(key);
    }
    for (const link of links) this.connection(link);
    this.keepAlive();
  }

  private connection(link: TeamLink): TeamPlanConnection {
    const key = teamLinkKey(link);
    let connection = this.open.get(key);
    if (!connection) {
      connection = new TeamPlanConnection(link, () => this.changed(key));
      this.open.set(key, connection);
      this.keepAlive();
    }
    return connection;
  }

  /** Changes of one transaction, or of a burst of them, are told once. */
  private changed(key: string): void {
    this.pending.add(key);
    this.flush ??= setTimeout(() => {
      this.flush = undefined;
      const links = [...this.pending].flatMap((k) => {
        const connection = this.open.get(k);
        return connection ? [connection.link] : [];
      });
      this.pending.clear();
      if (links.length) this.onChange(links);
    }, 30);
  }

  private keepAlive(): void {
    if (this.open.size && !this.keepalive) {
      this.keepalive = setInterval(() => {
        for (const connection of this.open.values()) connection.ping();
      }, KEEPALIVE_MS);
    } else if (!this.open.size && this.keepalive) {
      clearInterval(this.keepalive);
      this.keepalive = undefined;
    }
  }
}
