// The team server on loopback: edit latency between clients (one instance, and two through Redis),
// fan-out of one edit to 200 clients, server memory per open plan, cold start to the first plan
// served, and the stored size of a plan after 10,000 edits against a fresh copy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import type { Plan } from '../packages/core/src/index.ts';
import { readDoc, writePlan } from '../packages/core/src/sync/index.ts';
import { Tokens } from '../packages/server/src/auth/tokens.ts';
import { startTeamServer, type TeamServer } from '../packages/server/src/server.ts';
import { encodeDoc } from '../packages/server/src/storage/encoding.ts';
import { connect, synced, until, type TestClient } from '../packages/server/src/testing/clients.ts';
import { freePort, startServerProcess } from '../packages/server/src/testing/process.ts';
import { SECRET, api, samplePlan } from '../packages/server/src/testing/server.ts';
import { startRedis } from '../test/support/services.ts';
import { median, percentile, report } from './report.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  dirs.push(dir);
  return dir;
};
const server = (extra: Partial<Parameters<typeof startTeamServer>[0]> = {}) =>
  startTeamServer({ port: 0, dataDir: tempDir(), secret: SECRET, log: () => {}, limits: { messagesPerSecond: 10_000, burst: 10_000 }, ...extra });

async function seed(s: TeamServer, plan: string): Promise<void> {
  const admin = (await s.signToken({ plan: '*', role: 'admin' })).token;
  await api(s, 'PUT', `/plans/${plan}`, admin, { ...samplePlan(), id: plan });
}
async function clientsOn(servers: TeamServer[], plan: string, count: number): Promise<TestClient[]> {
  const clients = await Promise.all(Array.from({ length: count }, async (_, i) => connect(servers[i % servers.length]!.wsUrl, plan, (await servers[0]!.signToken({ plan, role: 'editor', name: `Client ${i}` })).token)));
  await Promise.all(clients.map(synced));
  return clients;
}

/** Milliseconds from one client's edit until every other client has it, `rounds` times. */
async function editLatency(clients: TestClient[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const writer = clients[i % clients.length]!;
    const title = `Edit ${i} ${Math.random()}`;
    const plan = structuredClone(writer.plan()!) as Plan;
    plan.blockers[0]!.title = title;
    const others = clients.filter((c) => c !== writer);
    const seen = others.map((c) => new Promise<number>((resolve) => {
      const check = () => {
        if (c.plan()?.blockers[0]?.title === title) {
          c.doc.off('update', check);
          resolve(performance.now());
        }
      };
      c.doc.on('update', check);
    }));
    const start = performance.now();
    writer.write(plan);
    times.push(Math.max(...(await Promise.all(seen))) - start);
  }
  return times;
}

// One instance, three clients.
{
  const s = await server();
  await seed(s, 'latency');
  const clients = await clientsOn([s], 'latency', 3);
  await editLatency(clients, 20);
  const times = await editLatency(clients, 200);
  report({ name: 'team sync: one edit to the other 2 clients, one server, p95', value: percentile(times, 95), unit: 'ms', budget: 25 });
  report({ name: 'team sync: one edit to the other 2 clients, one server, median', value: median(times), unit: 'ms', budget: 25 });
  clients.forEach((c) => c.close());
  await s.close();
}

// Two instances through Redis (and a shared Postgres-compatible store each of its own: the Redis path is what is timed).
{
  const redis = await startRedis();
  const east = await server({ redisUrl: redis.url, name: 'east' });
  const west = await server({ redisUrl: redis.url, name: 'west' });
  await seed(east, 'scaled');
  const clients = await clientsOn([east, west], 'scaled', 3);
  await editLatency(clients, 20);
  const times = await editLatency(clients, 200);
  report({ name: 'team sync: one edit to the other 2 clients, two instances + Redis, p95', value: percentile(times, 95), unit: 'ms', budget: 50 });
  clients.forEach((c) => c.close());
  await Promise.all([east.close(), west.close()]);
  await redis.stop();
}

// 200 clients on one plan.
{
  const s = await server();
  await seed(s, 'crowd');
  const clients = await clientsOn([s], 'crowd', 200);
  await editLatency(clients, 3);
  const times = await editLatency(clients, 30);
  report({ name: 'team sync: one edit to 199 other clients on one plan, p95', value: percentile(times, 95), unit: 'ms', budget: 250 });
  clients.forEach((c) => c.close());
  await s.close();
}

// Server memory per open sample plan: 100 plans held open by the server itself (no client documents in this process).
{
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const s = await server();
  const admin = (await s.signToken({ plan: '*', role: 'admin' })).token;
  for (let i = 0; i < 100; i++) await api(s, 'PUT', `/plans/mem-${i}`, admin, { ...samplePlan(), id: `mem-${i}` });
  await until(() => s.counts().plans === 0);
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = [];
  for (let i = 0; i < 100; i++) held.push(await s.hocuspocus.openDirectConnection(`mem-${i}`, {}));
  gc();
  const perPlan = (process.memoryUsage().heapUsed - before) / 100;
  report({ name: 'team server: memory per open sample plan', value: perPlan / 1024 / 1024, unit: 'MiB', budget: 1 });
  await Promise.all(held.map((c) => c.disconnect()));
  await s.close();
}

// Cold start of the server process to the first plan served to a client (tsx compiles the server at start).
{
  const port = await freePort();
  const dataDir = tempDir();
  const tokens = new Tokens(SECRET);
  const first = await startServerProcess({ port, dataDir });
  await api(first, 'PUT', '/plans/cold', (await tokens.sign({ plan: '*', role: 'admin', expiresInSeconds: 600 })).token, { ...samplePlan(), id: 'cold' });
  await first.stop();
  const token = (await tokens.sign({ plan: 'cold', role: 'viewer', expiresInSeconds: 600 })).token;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const proc = await startServerProcess({ port, dataDir });
    const client = connect(proc.wsUrl, 'cold', token);
    await until(() => client.provider.isSynced && readDoc(client.doc).ok);
    times.push(performance.now() - start);
    client.close();
    await proc.stop();
  }
  report({ name: 'team server: cold start to first plan served (process start included)', value: median(times), unit: 'ms', budget: 3000 });
}

// Stored size after 10,000 edits from five replicas, against a fresh copy, in the server's storage encoding.
{
  const hub = new Y.Doc();
  writePlan(hub, samplePlan());
  const replicas = Array.from({ length: 5 }, () => {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(hub));
    return d;
  });
  for (let i = 0; i < 10_000; i++) {
    const d = replicas[i % 5]!;
    const read = readDoc(d);
    if (!read.ok) throw new Error('replica lost its plan');
    const plan = structuredClone(read.plan) as Plan;
    plan.blockers[0]!.severity = (['low', 'medium', 'high', 'critical'] as const)[i % 4]!;
    plan.campaign.name = `2026q3_emea_event_webinar_${i % 7}`;
    writePlan(d, plan);
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(d, Y.encodeStateVector(hub)));
    Y.applyUpdate(d, Y.encodeStateAsUpdate(hub, Y.encodeStateVector(d)));
  }
  const fresh = new Y.Doc();
  const read = readDoc(hub);
  if (!read.ok) throw new Error('hub lost its plan');
  writePlan(fresh, read.plan);
  report({ name: 'team server: stored size after 10,000 edits / fresh copy', value: encodeDoc(hub).length / encodeDoc(fresh).length, unit: '×', budget: 3 });
}

for (const d of dirs) rmSync(d, { recursive: true, force: true });
process.exit(0);
