import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@preflight/core';
import { startPostgres, startRedis, type PostgresService, type RedisService } from '../../../test/support/services.js';
import { startTeamServer, type Health, type TeamServer } from './server.js';
import { connect, synced, until, type TestClient } from './testing/clients.js';
import { SECRET, api, samplePlan } from './testing/server.js';

const PLAN = 'scaled-plan';

describe('team server: two instances on one Redis and one Postgres', () => {
  let redis: RedisService;
  let postgres: PostgresService;
  let east: TeamServer;
  let west: TeamServer;
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  const instance = async (name: string, databaseUrl: string) => {
    const dir = mkdtempSync(join(tmpdir(), `preflight-${name}-`));
    dirs.push(dir);
    return startTeamServer({ port: 0, dataDir: dir, secret: SECRET, databaseUrl, redisUrl: redis.url, name, storeDelayMs: 50, revocationPollMs: 100, log: () => {} });
  };
  const editor = async (server: TeamServer, name: string) => {
    const client = connect(server.wsUrl, PLAN, (await server.signToken({ plan: PLAN, role: 'editor', name })).token);
    clients.push(client);
    await synced(client);
    return client;
  };
  const edit = (client: TestClient, change: (plan: Plan) => void) => {
    const plan = structuredClone(client.plan()!);
    change(plan);
    client.write(plan);
  };

  before(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const databaseUrl = await postgres.createDatabase('preflight_scaled');
    east = await instance('east', databaseUrl);
    west = await instance('west', databaseUrl);
    const admin = (await east.signToken({ plan: '*', role: 'admin' })).token;
    assert.equal((await api(east, 'PUT', `/plans/${PLAN}`, admin, { ...samplePlan(), id: PLAN })).status, 201);
  });
  after(async () => {
    for (const c of clients) c.close();
    await Promise.all([east?.close(), west?.close()]);
    await Promise.all([redis?.stop(), postgres?.stop()]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("sees each other's edits and reports Redis in /health", async () => {
    const alice = await editor(east, 'Alice');
    const bob = await editor(west, 'Bob');
    assert.equal(bob.plan()?.campaign.name, samplePlan().campaign.name);
    edit(alice, (p) => (p.blockers[0]!.severity = 'critical'));
    await until(() => bob.plan()?.blockers[0]?.severity === 'critical');
    edit(bob, (p) => (p.brief.offer = 'Offer from west'));
    await until(() => alice.plan()?.brief.offer === 'Offer from west');
    assert.equal((await api<Health>(west, 'GET', '/health')).json.redis, 'ready');
  });

  it('recovers when Redis is stopped and started again: degraded meanwhile, then edits cross again', async () => {
    const [alice, bob] = [clients[0]!, clients[1]!];
    await redis.stop();
    await until(async () => (await api<Health>(east, 'GET', '/health')).status === 503);
    const health = (await api<Health>(east, 'GET', '/health')).json;
    assert.equal(health.status, 'degraded');
    assert.equal(health.redis, 'down');
    await redis.start();
    await until(async () => (await api<Health>(east, 'GET', '/health')).json.redis === 'ready' && (await api<Health>(west, 'GET', '/health')).json.redis === 'ready');
    edit(alice, (p) => (p.brief.audience = 'After the Redis restart'));
    await until(() => bob.plan()?.brief.audience === 'After the Redis restart');
    edit(bob, (p) => (p.campaign.owner = 'Ops lead'));
    await until(() => alice.plan()?.campaign.owner === 'Ops lead');
  });

  it('revoking a token on one instance refuses it on the other', async () => {
    const { token, id } = await west.signToken({ plan: PLAN, role: 'editor', name: 'Leaver' });
    const client = connect(west.wsUrl, PLAN, token);
    clients.push(client);
    await synced(client);
    await east.revoke(id);
    await until(() => client.refused !== undefined);
    assert.match(client.refused!, /revoked/);
  });
});
