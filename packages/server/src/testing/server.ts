import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plan } from '@preflight/core';
import { startTeamServer, type TeamServer, type TeamServerOptions } from '../server.js';

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
