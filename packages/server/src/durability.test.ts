import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@preflight/core';
import { Tokens } from './auth/tokens.js';
import { clientState, connect, synced, syncedSaying, until, type TestClient } from './testing/clients.js';
import { freePort, startServerProcess, type ServerProcess } from './testing/process.js';
import { SECRET, api, samplePlan } from './testing/server.js';

const PLAN = 'durable-plan';
const tokens = new Tokens(SECRET);
const token = async (role: 'editor' | 'admin', name: string) => (await tokens.sign({ plan: role === 'admin' ? '*' : PLAN, role, name, expiresInSeconds: 3600 })).token;

describe('team server: durability (embedded database, real processes)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'preflight-durable-'));
  const running: ServerProcess[] = [];
  const clients: TestClient[] = [];
  after(async () => {
    for (const c of clients) c.close();
    for (const s of running) await s.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing acknowledged when the server is killed with -9 after an edit and restarted on the same data', async () => {
    const port = await freePort();
    let server = await startServerProcess({ port, dataDir });
    running.push(server);
    const admin = await token('admin', 'Ops lead');
    assert.equal((await api(server, 'PUT', `/plans/${PLAN}`, admin, { ...samplePlan(), id: PLAN })).status, 201);
    const alice = connect(server.wsUrl, PLAN, await token('editor', 'Alice'));
    clients.push(alice);
    await syncedSaying(alice, { label: 'Alice to sync with the first server', report: () => server.output().slice(-2000) });
    const next = structuredClone(alice.plan()!);
    next.blockers[0]!.status = 'resolved';
    next.blockers[0]!.resolvedAt = '2026-08-20T10:00:00Z';
    alice.write(next);
    // Acknowledged by the server, and then it crashes before or after storing it: the client still holds it.
    await syncedSaying(alice, { label: 'the first server to acknowledge Alice\'s edit', report: () => server.output().slice(-2000) });
    await server.kill();
    server = await startServerProcess({ port, dataDir });
    running.push(server);
    // Alice's provider reconnects by itself and sends what the server lacks.
    await until(async () => (await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin)).json.blockers?.[0]?.status === 'resolved', {
      label: 'the restarted server to hold Alice\'s edit, sent again by her provider',
      report: () => `Alice: ${clientState(alice)}\n${server.output().slice(-2000)}`,
    });
    alice.close();
    // With every client gone, the stored copy alone has it after one more crash.
    await until(async () => (await api<{ plans: number }>(server, 'GET', '/health')).json.plans === 0, { label: 'the plan to be stored and closed once Alice left', report: () => server.output().slice(-2000) });
    await server.kill();
    server = await startServerProcess({ port, dataDir });
    running.push(server);
    const fresh = connect(server.wsUrl, PLAN, await token('editor', 'Bob'));
    clients.push(fresh);
    await syncedSaying(fresh, { label: 'Bob to sync with the third server', report: () => server.output().slice(-2000) });
    assert.equal(fresh.plan()?.blockers[0]?.status, 'resolved');
    assert.equal(fresh.plan()?.campaign.name, samplePlan().campaign.name);
    await server.stop();
  });

  it('stores a plan edited 10,000 times within 3× the size of a fresh copy of it', async () => {
    const { startTeamServer } = await import('./server.js');
    const dir = mkdtempSync(join(tmpdir(), 'preflight-growth-'));
    const server = await startTeamServer({ port: 0, dataDir: dir, secret: SECRET, storeDelayMs: 20, log: () => {} });
    try {
      const admin = await token('admin', 'Ops lead');
      await api(server, 'PUT', '/plans/fresh', admin, { ...samplePlan(), id: 'fresh' });
      await api(server, 'PUT', `/plans/${PLAN}`, admin, { ...samplePlan(), id: PLAN });
      const editors = await Promise.all([1, 2, 3, 4, 5].map(async (i) => connect(server.wsUrl, PLAN, await token('editor', `Editor ${i}`))));
      clients.push(...editors);
      await Promise.all(editors.map(synced));
      for (let i = 0; i < 10_000; i++) {
        const client = editors[i % 5]!;
        const plan = structuredClone(client.plan()!);
        plan.blockers[0]!.severity = (['low', 'medium', 'high', 'critical'] as const)[i % 4]!;
        plan.campaign.name = `2026q3_emea_event_webinar_${i % 7}`;
        client.write(plan);
        if (i % 100 === 99) await Promise.all(editors.map(synced));
      }
      await Promise.all(editors.map(synced));
      for (const e of editors) e.close();
      await until(async () => (await api<{ plans: number }>(server, 'GET', '/health')).json.plans === 0);
      const edited = (await server.database.size(PLAN))!;
      const fresh = (await server.database.size('fresh'))!;
      assert.ok(edited <= 3 * fresh, `stored ${edited} bytes after 10,000 edits, ${fresh} bytes fresh`);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
