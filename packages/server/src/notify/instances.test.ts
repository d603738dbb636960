import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, startRedis, type PostgresService, type RedisService } from '../../../../test/support/services.js';
import { startTeamServer, type TeamServer } from '../server.js';
import { Database } from '../storage/database.js';
import { SECRET, api } from '../testing/server.js';
import { smtpReceiver, webhookReceiver, type WebhookReceiver } from '../testing/receivers.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { reviewPlan, teamConfig } from '../testing/notify.js';

describe('notifications from two instances on one Redis and one Postgres', () => {
  let redis: RedisService;
  let postgres: PostgresService;
  let hook: WebhookReceiver;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  let databaseUrl = '';
  const servers: TeamServer[] = [];
  const dirs: string[] = [];
  let clock = new Date('2026-09-01T00:00:00Z');
  const instance = async (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `preflight-notify-${name}-`));
    dirs.push(dir);
    const config = teamConfig({ notify: { webhooks: [hook.url], smtp: smtp.url, from: 'preflight@example.com' }, people: [{ role: 'Marketing director', name: 'Dana', email: 'dana@example.com' }] });
    const server = await startTeamServer({ port: 0, dataDir: dir, secret: SECRET, databaseUrl, redisUrl: redis.url, name, storeDelayMs: 50, log: () => {}, config, notify: { now: () => clock, autoStart: false } });
    servers.push(server);
    return server;
  };

  before(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    databaseUrl = await postgres.createDatabase('preflight_notify');
    [hook, smtp] = await Promise.all([webhookReceiver(), smtpReceiver()]);
  });
  after(async () => {
    for (const s of servers) await s.close();
    await Promise.all([hook?.close(), smtp?.close(), redis?.stop(), postgres?.stop()]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('sends each notification once: one instance leads the passes', async () => {
    const [east, west] = [await instance('east'), await instance('west')];
    const admin = (await east.signToken({ plan: '*', role: 'admin' })).token;
    assert.equal((await api(east, 'PUT', '/plans/shared-plan', admin, reviewPlan('shared-plan'))).status, 201);
    clock = new Date('2026-09-09T09:00:00Z');
    const reports = await Promise.all([east.notifier!.runOnce(), west.notifier!.runOnce(), east.notifier!.runOnce(), west.notifier!.runOnce()]);
    assert.deepEqual(reports.map((r) => r.leader).filter(Boolean).length, 2, 'a second call during a pass gets the running pass');
    await Promise.all([east.notifier!.runOnce(), west.notifier!.runOnce()]);
    const breaches = hook.received.filter((r) => r.body.text?.includes('Review past its SLA'));
    assert.equal(breaches.length, 1);
    assert.equal(smtp.received.filter((m) => m.raw.includes('Subject: Review past its SLA')).length, 1);

    // The leader stops: the other takes over at its next pass and sends nothing again.
    const before = [hook.received.length, smtp.received.length];
    const leader = reports[0]!.leader ? east : west;
    const other = leader === east ? west : east;
    await leader.close();
    servers.splice(servers.indexOf(leader), 1);
    const next = await other.notifier!.runOnce();
    assert.deepEqual([next.leader, next.queued, next.sent], [true, 0, 0]);
    assert.deepEqual([hook.received.length, smtp.received.length], before);
  });

  it('two instances claiming at once never take the same row', async () => {
    const [a, b] = await Promise.all([Database.open({ dataDir: '', databaseUrl }), Database.open({ dataDir: '', databaseUrl })]);
    try {
      const [outboxA, outboxB] = await Promise.all([Outbox.open(a), Outbox.open(b)]);
      const now = new Date('2026-10-01T00:00:00Z');
      const entries: OutboxEntry[] = Array.from({ length: 200 }, (_, i) => ({
        plan: 'claim-plan', rule: 'escalation', target: `approval:apr-${i}`, level: 0, channel: 'webhook', destination: 'webhook:test', recipient: 'Dana',
        message: { subject: `s${i}`, text: 't', html: '<p>t</p>', mentions: [] }, notBefore: now,
      }));
      assert.equal(await outboxA.enqueue(entries, now), 200);
      assert.equal(await outboxB.enqueue(entries, now), 0, 'the same keys queue nothing twice');
      const until = new Date(now.getTime() + 60_000);
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? outboxA : outboxB).claim(`claimer-${i}`, now, until, 40)));
      const keys = claims.flat().map((c) => c.key);
      assert.equal(new Set(keys).size, keys.length, 'no row claimed twice');
      assert.equal(keys.length, 200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
