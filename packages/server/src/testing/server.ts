import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plan } from '@preflight/core';
import { startTeamServer, type TeamServer, type TeamServerOptions } from '../server.js';
import { connect, type TestClient } from './clients.js';

export const SECRET = 'a-test-secret-of-enough-length';
export const samplePlan = (): Plan => JSON.parse(readFileSync(new URL('../../../../examples/sample-plan.json', import.meta.url), 'utf8')) as Plan;

/** A real team server on a free loopback port with its own data folder (removed by `cleanup`). */
export async function testServer(options: Partial<TeamServerOptions> = {}): Promise<TeamServer & { dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'preflight-server-'));
  const lines: string[] = [];
  const server = await startTeamServer({ port: 0, dataDir, secret: SECRET, storeDelayMs: 50, revocationPollMs: 100, log: (line) => lines.push(line), ...options });
  return Object.assign(server, {
    dataDir,
    async cleanup() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** One HTTP call to the server's API; `T` is what the test expects back. */
export async function api<T = Record<string, unknown>>(server: { url: string }, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: (await response.json()) as T };
}

/**
 * For a describe block: a server started before its tests with one plan (the sample, under `plan`)
 * created by an admin, clients opened through `open` closed after them, and the server stopped.
 */
export function liveServer(plan: string, options: Partial<TeamServerOptions> = {}) {
  const clients: TestClient[] = [];
  const live = {
    server: undefined as unknown as Awaited<ReturnType<typeof testServer>>,
    admin: '',
    open(token: string, name = plan): TestClient {
      const client = connect(live.server.wsUrl, name, token);
      clients.push(client);
      return client;
    },
  };
  before(async () => {
    live.server = await testServer(options);
    live.admin = (await live.server.signToken({ plan: '*', role: 'admin', name: 'Ops lead' })).token;
    const created = await api(live.server, 'PUT', `/plans/${plan}`, live.admin, { ...samplePlan(), id: plan });
    if (created.status !== 201) throw new Error(`the test plan was not created: ${JSON.stringify(created.json)}`);
  });
  after(async () => {
    for (const c of clients) c.close();
    await live.server.cleanup();
  });
  return live;
}
