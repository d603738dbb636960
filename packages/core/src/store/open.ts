import { MemoryBackend } from './backend.js';
import { openChannel } from './broadcast.js';
import { DB_VERSION, META, upgradeDatabase, type UpgradeOutcome } from './database.js';
import { IdbBackend } from './idb-backend.js';
import { OverlayPlanStore, type StoreOptions } from './plan-store.js';
import type { PlanStore } from './types.js';

export interface OpenOptions extends StoreOptions {
  /** The database name; one per team space. */
  name?: string;
  /** Defaults to the page's `indexedDB`. */
  idbFactory?: IDBFactory;
  /** How long to wait for the database before starting in memory (it is attached when it opens). */
  openTimeoutMs?: number;
}

const IN_PAGE = 'plans are kept in this page only until it can be opened; export them to keep them.';
const REASONS = {
  opening: `The browser is slow to open its database: ${IN_PAGE}`,
  unavailable: 'This page has no IndexedDB (a private window, or storage blocked for an embedded page): plans are kept in this page only; export them to keep them.',
  blocked: `Another tab still has an older Preflight open, which holds up the database upgrade: close or reload that tab; ${IN_PAGE}`,
  newer: 'A newer Preflight has upgraded this database in another tab: reload this page to keep saving. Changes made here are kept in this page until then.',
  deleted: 'The database was deleted in another tab: retry to start a new one. Changes made here are kept in this page until then.',
  closed: 'The browser closed the database (storage cleared or a disk error): retry to reopen it. Changes made here are kept in this page until then.',
};

function openFailure(error: unknown): { mode: 'memory' | 'read-only'; reason: string } {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'VersionError') return { mode: 'read-only', reason: REASONS.newer };
  if (name === 'SecurityError') return { mode: 'memory', reason: REASONS.unavailable };
  if (name === 'AbortError') return { mode: 'memory', reason: `The database upgrade failed and was undone, so nothing stored was changed: ${IN_PAGE}` };
  return { mode: 'memory', reason: `The database could not be opened${name ? ` (${name})` : ''}: ${IN_PAGE}` };
}

interface Opened {
  db: IDBDatabase;
  upgrade: UpgradeOutcome | undefined;
}

/** Opens (and upgrades) the database; `blocked` is called when other tabs hold it at an older version. */
function openDatabase(factory: IDBFactory, name: string, now: () => string, blocked: () => void): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    let upgrade: UpgradeOutcome | undefined;
    request.onupgradeneeded = (event) => {
      try {
        upgrade = upgradeDatabase(request.result, request.transaction!, event.oldVersion, now());
      } catch (error) {
        request.transaction?.abort();
        reject(error);
      }
    };
    request.onblocked = blocked;
    request.onsuccess = () => resolve({ db: request.result, upgrade: upgrade?.fromVersion ? upgrade : undefined });
    request.onerror = () => reject(request.error);
  });
}

/**
 * Chromium does not let a versionchange transaction ask for strict durability, so after migrating
 * records we commit one strict transaction: it returns only once the upgrade is on disk too.
 */
async function confirmUpgrade(db: IDBDatabase, outcome: UpgradeOutcome): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(META, 'readwrite', { durability: 'strict' });
    tx.objectStore(META).put({ ...outcome, confirmed: true }, 'upgrade');
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error);
  });
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
 * Opens the plan store. Never rejects: without a usable database it resolves to a store in memory,
 * with status 'memory only' (or 'read-only') and a reason, and attaches the database if it opens later.
 */
export async function openPlanStore(options: OpenOptions = {}): Promise<PlanStore> {
  const name = options.name ?? 'preflight';
  const now = options.now ?? (() => new Date().toISOString());
  const store = new OverlayPlanStore(new MemoryBackend(), 'memory', REASONS.opening, options);
  const factory = options.idbFactory ?? pageIndexedDB();
  if (!factory) {
    store.setMode('memory', REASONS.unavailable);
    return store;
  }
  let connecting: Promise<void> | undefined;

  // Settles as soon as the outcome is known or the wait is surfaced (blocked, slow); the open itself carries on.
  const connect = (): Promise<void> => {
    if (connecting) return connecting;
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(() => {
      store.setMode('memory', REASONS.opening);
      settle();
    }, options.openTimeoutMs ?? 5000);
    const attempt = async () => {
      try {
        const { db, upgrade } = await openDatabase(factory, name, now, () => {
          store.setMode('memory', REASONS.blocked);
          settle();
        });
        // A newer version (or a delete) elsewhere: let it through at once rather than block it.
        db.onversionchange = (event) => {
          db.close();
          if (event.newVersion === null) store.receive({ type: 'clear', origin: 'remote' });
          store.setMode('read-only', event.newVersion === null ? REASONS.deleted : REASONS.newer);
        };
        db.onclose = () => store.setMode('read-only', REASONS.closed);
        if (upgrade) await confirmUpgrade(db, upgrade);
        store.channel?.close();
        store.channel = openChannel(name, (change) => store.receive(change));
        await store.attach(new IdbBackend(db, now));
      } catch (error) {
        const { mode, reason } = openFailure(error);
        store.setMode(mode, reason);
      } finally {
        clearTimeout(timer);
        connecting = undefined;
        settle();
      }
    };
    connecting = settled;
    void attempt();
    return settled;
  };

  store.reconnect = connect;
  await connect();
  return store;
}
