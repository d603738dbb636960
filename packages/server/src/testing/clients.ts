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
  plan(): Plan | undefined;
  write(plan: Plan): void;
  close(): void;
}

export function connect(wsUrl: string, plan: string, token: string, options: { user?: { name: string; role: string } } = {}): TestClient {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket; the provider takes ws instead.
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket as never, maxAttempts: 0, delay: 50, minDelay: 50, maxDelay: 400 });
  const client: TestClient = {
    doc,
    socket,
    refused: undefined,
    closes: [],
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
  client.provider.attach();
  if (options.user) client.provider.setAwarenessField('user', options.user);
  return client;
}

/** Waits until `condition` holds, checking every 10 ms; only the test runner's own timeout ends a wait that never ends. */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

export const synced = (client: TestClient) => until(() => client.provider.isSynced && client.provider.unsyncedChanges === 0);
