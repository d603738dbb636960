import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Plan } from '@preflight/core';
import { readDoc, writePlan } from '@preflight/core/sync';

/** A real Hocuspocus client on a socket of its own, as a browser tab has. */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Why the server refused, once it did. */
  refused: string | undefined;
  closes: { code: number; reason: string }[];
  /** What the provider went through, newest last (opens, closes, authentication, syncs, messages by type): a hung wait prints it. */
  events: string[];
  plan(): Plan | undefined;
  write(plan: Plan): void;
  close(): void;
}

/**
 * ws as a browser's WebSocket: an error nobody listens for is dropped, not thrown. The provider removes its
 * listeners before it closes a socket, and ws reports closing one still connecting as an 'error' event, which
 * Node throws when no listener is left (a test ended while a client was reconnecting failed on it).
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export function connect(wsUrl: string, plan: string, token: string, options: { user?: { name: string; role: string } } = {}): TestClient {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; the provider takes ws, made to drop errors as a browser's does.
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: BrowserLikeWebSocket as never, maxAttempts: 0, delay: 50, minDelay: 50, maxDelay: 400 });
  const client: TestClient = {
    doc,
    socket,
    refused: undefined,
    closes: [],
    events: [],
    provider: undefined as unknown as HocuspocusProvider,
    plan: () => {
      const read = readDoc(doc);
      return read.ok ? read.plan : undefined;
    },
    write: (next) => {
      const result = writePlan(doc, next, 'local');
      if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    },
    close: () => {
      client.provider.destroy();
      socket.destroy();
      // A reconnect the socket scheduled when it last lost the server (onClose's timer) would otherwise
      // start a retry loop after the destroy, and keep the test process alive.
      socket.connect = async () => {};
    },
  };
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: plan,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (client.refused = reason),
    onClose: ({ event }) => client.closes.push({ code: event.code, reason: event.reason }),
  });
  const started = Date.now();
  const note = (event: string) => {
    client.events.push(`${Date.now() - started}ms ${event}`);
    if (client.events.length > 40) client.events.shift();
  };
  client.provider.on('open', () => note('open'));
  client.provider.on('authenticated', () => note('authenticated'));
  client.provider.on('synced', () => note('synced'));
  client.provider.on('close', ({ event }: { event: { code: number } }) => note(`close ${event.code}`));
  client.provider.on('message', ({ message }: { message: { readVarString(): string; readVarUint(): number } }) => {
    message.readVarString();
    const type = message.readVarUint();
    // Sync messages (0, and 4 the server's reply) say which step (0 step 1, 1 step 2, 2 an update); the rest
    // only their type (7 a close, 8 a sync status).
    note(type === 0 || type === 4 ? `sync ${message.readVarUint()}` : `message type ${type}`);
  });
  client.provider.attach();
  if (options.user) client.provider.setAwarenessField('user', options.user);
  return client;
}

/**
 * Waits until `condition` holds, checking every 10 ms; only the test runner's own timeout ends a wait that never ends.
 * A wait still going after 30 s says what it waits for on stderr, every 30 s, with `report()` (a server's output, say),
 * so a run that hangs names the step it hangs on.
 */
export async function until(condition: () => boolean | Promise<boolean>, waitingFor?: { label: string; report?: () => string }): Promise<void> {
  const started = Date.now();
  let reported = started;
  while (!(await condition())) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (waitingFor && Date.now() - reported >= 30_000) {
      reported = Date.now();
      console.error(`still waiting, after ${Math.round((reported - started) / 1000)} s, for ${waitingFor.label}${waitingFor.report ? `\n${waitingFor.report()}` : ''}`);
    }
  }
}

export const synced = (client: TestClient) => syncedSaying(client);

/** `synced`, saying what it waits for (and the client's state) when the wait runs long. */
export const syncedSaying = (client: TestClient, waitingFor?: { label: string; report?: () => string }) =>
  until(() => client.provider.isSynced && client.provider.unsyncedChanges === 0, waitingFor && { ...waitingFor, label: `${waitingFor.label} (${clientState(client)})` });

/** A client's state as a hung wait reports it. */
export const clientState = (client: TestClient) =>
  `socket ${client.socket.status}, synced ${client.provider.isSynced}, authenticated ${client.provider.isAuthenticated}, unsynced changes ${client.provider.unsyncedChanges}, closes ${JSON.stringify(client.closes.slice(-3))}, refused ${client.refused ?? 'no'}; events: ${client.events.join(', ')}`;
