import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NotifySettingsView } from '@preflight/core/team-config';
import type { Problem } from '@preflight/core';
import { startPostgres, type PostgresService } from '../../../../test/support/services.js';
import { api, SECRET, testServer } from '../testing/server.js';
import { webhookReceiver, type WebhookReceiver } from '../testing/receivers.js';
import { reviewPlan, teamConfig } from '../testing/notify.js';
import { startTeamServer, type TeamServer } from '../server.js';

const PLAN = 'settings-plan';
const OLD_TOKEN = 'T0-old-hook-secret';
const NEW_TOKEN = 'T1-new-hook-secret';
const SMTP_PASSWORD = 'smtp-pa55word-secret';
const ENV_SECRET = 'env-held-hook-secret';
const DANA = { role: 'Marketing director', name: 'Dana', email: 'dana@example.com' };

type Refusal = { error: string; problems?: Problem[] };

describe('team settings edited over HTTP: admin only, checked by the core, secrets write-only', () => {
  let oldHook: WebhookReceiver;
  let newHook: WebhookReceiver;
  let server: Awaited<ReturnType<typeof testServer>>;
  let clock = new Date('2026-09-01T00:00:00Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'preflight-settings-'));
  let admin = '';
  let editor = '';
  let viewer = '';
  const start = async (env: Record<string, string> = { HOOK_TOKEN: ENV_SECRET }) => {
    server = await testServer({
      dataDir,
      config: teamConfig({ notify: { webhooks: [oldHook.url], smtp: `smtp://preflight:${SMTP_PASSWORD}@127.0.0.1:2525`, from: 'ops@example.com' }, people: [DANA] }),
      env,
      notify: { now: () => clock, autoStart: false },
    });
    admin = (await server.signToken({ plan: '*', role: 'admin', name: 'Ops lead' })).token;
  };
  const read = async () => (await api<NotifySettingsView>(server, 'GET', '/settings', admin)).json;

  before(async () => {
    [oldHook, newHook] = await Promise.all([webhookReceiver(`/services/${OLD_TOKEN}`), webhookReceiver(`/services/${NEW_TOKEN}`)]);
    await start();
    assert.equal((await api(server, 'PUT', `/plans/${PLAN}`, admin, reviewPlan(PLAN))).status, 201);
    editor = (await server.signToken({ plan: PLAN, role: 'editor', name: 'Ed' })).token;
    viewer = (await server.signToken({ plan: PLAN, role: 'viewer' })).token;
  });
  after(async () => {
    await server.cleanup();
    await Promise.all([oldHook.close(), newHook.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows team.json as the starting value, every secret left out', async () => {
    const { status, json } = await api<NotifySettingsView>(server, 'GET', '/settings', admin);
    assert.equal(status, 200);
    assert.equal(json.source, 'team.json');
    assert.equal(json.revision, 0);
    assert.deepEqual(json.webhooks.map((w) => w.url), [oldHook.url.replace(/\/services\/.*/, '/…')]);
    assert.equal(json.smtp, 'smtp://preflight:***@127.0.0.1:2525');
    const text = JSON.stringify(json);
    assert.ok(!text.includes(OLD_TOKEN) && !text.includes(SMTP_PASSWORD));
  });

  it('refuses reads and writes without an admin token, and changes nothing', async () => {
    const edit = { scheduleSeconds: 60 };
    for (const [token, status] of [[editor, 403], [viewer, 403], ['', 401]] as const) {
      assert.equal((await api(server, 'GET', '/settings', token || undefined)).status, status);
      assert.equal((await api(server, 'PUT', '/settings', token || undefined, edit)).status, status);
      assert.equal((await api(server, 'DELETE', '/settings', token || undefined)).status, status);
    }
    assert.equal((await read()).scheduleSeconds, 300);
  });

  it('answers a bad edit with 400 and every problem by path, and changes nothing', async () => {
    const { status, json } = await api<Refusal>(server, 'PUT', '/settings', admin, {
      notify: { webhooks: ['http://hooks.example.com/x', { id: 'webhook:000000000000' }, 'https://hooks.example.com/${MISSING_HOOK}'], colour: 'red' },
      people: [{ role: 'Ops lead' }],
      scheduleSeconds: 5,
    });
    assert.equal(status, 400);
    assert.deepEqual(json.problems?.map((p) => `${p.path}: ${p.message}`), [
      'notify.colour: "colour" is not a notification setting (known: webhooks, smtp, from, businessHoursOnly, digestHour)',
      'notify.webhooks[1]: is not one of the team’s webhooks: it was removed or changed since these settings were read',
      'notify.webhooks[0]: must be an https:// URL (http:// only to this machine: 127.0.0.1, localhost or [::1])',
      'people[0].name: is required (expected string)',
      'scheduleSeconds: must be ≥ 10',
    ]);
    const secret = await api<Refusal>(server, 'PUT', '/settings', admin, { notify: { webhooks: ['https://hooks.example.com/${MISSING_HOOK}'] } });
    assert.deepEqual(secret.json.problems?.map((p) => `${p.path}: ${p.message}`), ["notify.webhooks[0]: names ${MISSING_HOOK}, which is not set in the server's environment"]);
    for (const body of ['not json', '[1]', 'null']) assert.equal((await api(server, 'PUT', '/settings', admin, body)).status, 400, body);
    const after = await read();
    assert.deepEqual([after.source, after.revision, after.scheduleSeconds, after.webhooks.length], ['team.json', 0, 300, 1]);
  });

  it('applies an edit: kept secrets stay, blank keeps the SMTP password, ${NAME} stays a reference; never echoed', async () => {
    const before = await read();
    const { status, json } = await api<NotifySettingsView>(server, 'PUT', '/settings', admin, {
      revision: before.revision,
      notify: { webhooks: [newHook.url, 'https://hooks.example.com/services/${HOOK_TOKEN}'], smtp: '', from: 'Preflight <ops@example.com>' },
      people: [DANA, { role: 'Demand gen lead', name: 'Sam' }],
      scheduleSeconds: 60,
    });
    assert.equal(status, 200, JSON.stringify(json));
    assert.deepEqual([json.source, json.revision, json.updatedBy, json.scheduleSeconds, json.from], ['workspace', 1, 'Ops lead', 60, 'Preflight <ops@example.com>']);
    assert.equal(json.smtp, 'smtp://preflight:***@127.0.0.1:2525');
    assert.deepEqual(json.webhooks.map((w) => w.secretFrom), [[], ['HOOK_TOKEN']]);
    assert.deepEqual(json.people.map((p) => p.name), ['Dana', 'Sam']);
    const text = JSON.stringify(json) + JSON.stringify(await read());
    for (const secret of [NEW_TOKEN, SMTP_PASSWORD, ENV_SECRET]) assert.ok(!text.includes(secret), secret);
    // Stored as written: the environment's secret is read when used, never kept.
    const { rows } = await server.database.query<{ settings: unknown }>('select settings from preflight_team_settings');
    const stored = JSON.stringify(rows[0]!.settings);
    assert.ok(stored.includes('${HOOK_TOKEN}') && !stored.includes(ENV_SECRET));
    // Editors see the edit too, where they read the delivery log.
    assert.equal((await api<{ settings: NotifySettingsView }>(server, 'GET', `/plans/${PLAN}/notifications`, editor)).json.settings.revision, 1);
  });

  it('refuses an edit made on an older revision', async () => {
    const { status, json } = await api<Refusal>(server, 'PUT', '/settings', admin, { revision: 0, scheduleSeconds: 120 });
    assert.equal(status, 409);
    assert.match(json.error, /changed by Ops lead since they were read/);
    assert.equal((await read()).scheduleSeconds, 60);
  });

  it('keeps a webhook by its id, and the scheduler sends by the new settings from its next pass', async () => {
    const current = await read();
    const kept = current.webhooks[0]!;
    assert.equal((await api(server, 'PUT', '/settings', admin, { revision: current.revision, notify: { webhooks: [{ id: kept.id }] } })).status, 200);
    clock = new Date('2026-09-09T09:00:00Z');
    const report = await server.notifier.runOnce();
    assert.ok(report.sent >= 1, JSON.stringify(report));
    assert.equal(oldHook.received.length, 0, 'team.json’s webhook was replaced by the edit');
    assert.ok(newHook.received.some((r) => r.body.text?.includes('Review past its SLA')));
  });

  it('keeps the edit across a restart, and a reset brings team.json back', async () => {
    await server.close();
    await start();
    const kept = await read();
    assert.deepEqual([kept.source, kept.webhooks.length, kept.scheduleSeconds], ['workspace', 1, 60]);
    const reset = await api<NotifySettingsView>(server, 'DELETE', '/settings', admin);
    assert.equal(reset.status, 200);
    assert.deepEqual([reset.json.source, reset.json.scheduleSeconds, reset.json.revision], ['team.json', 300, kept.revision + 1]);
    assert.equal(reset.json.updatedBy, undefined);
  });

  it('on an instance whose environment lacks a ${NAME} the edit names, says so and sends nothing', async () => {
    const current = await read();
    const edit = { revision: current.revision, notify: { webhooks: ['https://hooks.example.com/services/${HOOK_TOKEN}'] } };
    assert.equal((await api(server, 'PUT', '/settings', admin, edit)).status, 200);
    await server.close();
    await start({});
    const shown = await read();
    assert.deepEqual(shown.problems?.map((p) => `${p.path}: ${p.message}`), ["notify.webhooks[0]: names ${HOOK_TOKEN}, which is not set in the server's environment"]);
    clock = new Date('2026-09-20T09:00:00Z');
    assert.deepEqual(await server.notifier.runOnce(), { leader: false, plans: 0, queued: 0, sent: 0, failed: 0 });
    assert.equal((await api(server, 'DELETE', '/settings', admin)).status, 200);
  });
});

describe('team settings on two instances sharing one Postgres', () => {
  let postgres: PostgresService;
  const servers: TeamServer[] = [];
  const dirs: string[] = [];

  before(async () => {
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase('preflight_settings');
    for (const name of ['east', 'west']) {
      const dir = mkdtempSync(join(tmpdir(), `preflight-settings-${name}-`));
      dirs.push(dir);
      servers.push(await startTeamServer({ port: 0, dataDir: dir, secret: SECRET, databaseUrl, name, log: () => {}, config: teamConfig({}), notify: { autoStart: false } }));
    }
  });
  after(async () => {
    for (const s of servers) await s.close();
    await postgres?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('an edit made on one is in force on the other', async () => {
    const [east, west] = servers as [TeamServer, TeamServer];
    const admin = (await east.signToken({ plan: '*', role: 'admin', name: 'Ops lead' })).token;
    assert.equal((await api(east, 'PUT', '/settings', admin, { people: [DANA], scheduleSeconds: 45 })).status, 200);
    const seen = (await api<NotifySettingsView>(west, 'GET', '/settings', admin)).json;
    assert.deepEqual([seen.source, seen.scheduleSeconds, seen.people.map((p) => p.name)], ['workspace', 45, ['Dana']]);
    assert.equal((await west.settings.current()).config?.scheduleSeconds, 45, 'the scheduler reads the same settings');
  });
});
