import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { api, testServer } from '../testing/server.js';
import { smtpReceiver, webhookReceiver, type ReceivedMail, type WebhookReceiver } from '../testing/receivers.js';
import type { Delivery } from '@preflight/core/team-config';
import { reviewPlan, teamConfig } from '../testing/notify.js';

const PLAN = 'notify-plan';
const WEBHOOK_TOKEN = 'T000-B000-webhook-secret';
const SMTP_PASSWORD = 'smtp p@ss:word';

const DANA = { role: 'Marketing director', name: 'Dana', email: 'dana@example.com', slack: 'U0DANA' };
const SAM = { role: 'Demand gen lead', name: 'Sam', email: 'sam@example.com' };
const texts = (hook: WebhookReceiver, about = '') => hook.received.map((r) => r.body.text ?? '').filter((t) => t.includes(about));
const mails = (smtp: { received: ReceivedMail[] }, subject: string) => smtp.received.filter((m) => m.raw.includes(`\nSubject: ${subject}`));

describe('notifications: webhook and email from the scheduler', () => {
  let hook: WebhookReceiver;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  let server: Awaited<ReturnType<typeof testServer>>;
  let clock = new Date('2026-09-01T00:00:00Z');
  const lines: string[] = [];
  let editor = '';
  let viewer = '';
  const start = async (dataDir?: string) => {
    server = await testServer({
      ...(dataDir ? { dataDir } : {}),
      config: teamConfig({ notify: { webhooks: [hook.url], smtp: smtp.url, from: 'Preflight <preflight@example.com>' }, people: [DANA, SAM] }),
      notify: { now: () => clock, autoStart: false },
      log: (line) => lines.push(line),
    });
  };

  before(async () => {
    hook = await webhookReceiver(`/services/${WEBHOOK_TOKEN}`);
    smtp = await smtpReceiver({ user: 'preflight', pass: SMTP_PASSWORD });
    await start();
    const admin = (await server.signToken({ plan: '*', role: 'admin' })).token;
    assert.equal((await api(server, 'PUT', `/plans/${PLAN}`, admin, reviewPlan(PLAN))).status, 201);
    editor = (await server.signToken({ plan: PLAN, role: 'editor', name: 'Ed' })).token;
    viewer = (await server.signToken({ plan: PLAN, role: 'viewer' })).token;
  });
  after(async () => {
    await server.cleanup();
    await Promise.all([hook.close(), smtp.close()]);
  });

  it('sends nothing while the review is young', async () => {
    const report = await server.notifier!.runOnce();
    assert.deepEqual([report.leader, report.plans, report.sent], [true, 1, 0]);
    assert.deepEqual(hook.received, []);
  });

  it('warns the Accountable at 75% of the SLA: by email (plain text and HTML) and on the webhook, mentioning them', async () => {
    clock = new Date('2026-09-08T21:00:00Z');
    await server.notifier!.runOnce();
    assert.equal(texts(hook, 'Review due soon').length, 1);
    assert.match(texts(hook, 'Review due soon')[0]!, /^\*Review due soon: 2026q3_emea_event_product-tour\* <@U0DANA>\nThe launch review is still undecided and breaches its 48 h SLA at 2026-09-09 09:00 UTC/);
    assert.equal(mails(smtp, 'Review due soon').length, 1);
    const mail = mails(smtp, 'Review due soon')[0]!;
    assert.deepEqual([mail.from, mail.to], ['preflight@example.com', ['dana@example.com']]);
    assert.match(mail.raw, /^Subject: Review due soon: 2026q3_emea_event_product-tour/m);
    assert.match(mail.raw, /Content-Type: text\/plain/);
    assert.match(mail.raw, /Content-Type: text\/html/);
  });

  it('sends the breach to the Accountable once, however many passes run', async () => {
    clock = new Date('2026-09-09T09:00:00Z');
    await server.notifier!.runOnce();
    await server.notifier!.runOnce();
    clock = new Date('2026-09-09T10:00:00Z');
    await server.notifier!.runOnce();
    assert.equal(texts(hook, 'Review past its SLA').length, 1);
    assert.deepEqual(mails(smtp, 'Review past its SLA').map((m) => m.to), [['dana@example.com']]);
  });

  it('climbs the ladder: 24 h later the backup hears', async () => {
    clock = new Date('2026-09-10T09:00:00Z');
    await server.notifier!.runOnce();
    assert.match(texts(hook, 'Escalated to level 1')[0]!, /^\*Escalated to level 1: .*\nThe launch review is undecided past its 48 h SLA; escalated to level 1 \(backup\)\./);
    assert.deepEqual(mails(smtp, 'Escalated to level 1').map((m) => m.to), [['sam@example.com']]);
  });

  it('retries a webhook that answered 500, after the back-off', async () => {
    hook.answers.push(500);
    clock = new Date('2026-09-11T09:00:00Z');
    const first = await server.notifier!.runOnce();
    assert.equal(first.failed, 1, 'the first webhook post of the pass failed');
    const log = (await api<{ deliveries: Delivery[] }>(server, 'GET', `/plans/${PLAN}/notifications`, editor)).json.deliveries;
    const retrying = log.find((d) => d.channel === 'webhook' && d.status === 'retrying')!;
    assert.deepEqual([retrying.level, retrying.attempts, retrying.lastError, retrying.nextAttemptAt], [2, 1, 'the webhook answered 500: server error', '2026-09-11T09:01:00.000Z']);
    assert.equal((await server.notifier!.runOnce()).sent, 0, 'not before the back-off');
    clock = new Date('2026-09-11T09:01:00Z');
    assert.equal((await server.notifier!.runOnce()).sent, 1);
    assert.equal(texts(hook, 'escalated to level 2').length, 1);
  });

  it('shows editors the delivery log and the settings without secrets; viewers are refused', async () => {
    const { status, json } = await api<{ settings: Record<string, unknown>; deliveries: Delivery[] }>(server, 'GET', `/plans/${PLAN}/notifications`, editor);
    assert.equal(status, 200);
    assert.ok(json.deliveries.every((d) => d.plan === PLAN));
    assert.deepEqual(new Set(json.deliveries.map((d) => d.status)), new Set(['sent']));
    const sentTo = json.deliveries.filter((d) => d.channel === 'email' && d.target === 'approval:apr-launch').map((d) => `${d.rule} ${d.level} ${d.destination}`);
    assert.deepEqual(sentTo.sort(), ['approval.sla-warning 0 dana@example.com', 'escalation 0 dana@example.com', 'escalation 1 sam@example.com']);
    const shown = JSON.stringify(json);
    assert.ok(!shown.includes(WEBHOOK_TOKEN) && !shown.includes(encodeURIComponent(SMTP_PASSWORD)), shown);
    assert.deepEqual(json.settings.smtp, `smtp://preflight:***@${new URL(smtp.url).host}`);
    assert.equal((await api(server, 'GET', `/plans/${PLAN}/notifications`, viewer)).status, 403);
    assert.equal((await api(server, 'GET', `/plans/${PLAN}/notifications`)).status, 401);
  });

  it('sends nothing twice after a restart', async () => {
    const before = [hook.received.length, smtp.received.length];
    const { dataDir } = server;
    await server.close();
    await start(dataDir);
    const report = await server.notifier!.runOnce();
    assert.deepEqual([report.leader, report.queued, report.sent], [true, 0, 0]);
    assert.deepEqual([hook.received.length, smtp.received.length], before);
  });

  it('never writes a secret in a log line', () => {
    assert.ok(lines.some((l) => l.startsWith('notify: sent')));
    assert.ok(lines.some((l) => l.includes('failed (attempt 1): the webhook answered 500')));
    for (const secret of [WEBHOOK_TOKEN, SMTP_PASSWORD, encodeURIComponent(SMTP_PASSWORD)]) assert.ok(!lines.some((l) => l.includes(secret)), `a log line holds ${secret}`);
  });
});

describe('notifications: a digest, business hours and servers that hang', () => {
  let hook: WebhookReceiver;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  let clock = new Date('2026-09-01T00:00:00Z');
  const servers: Array<Awaited<ReturnType<typeof testServer>>> = [];
  const serve = async (config: Record<string, unknown>, plan = reviewPlan(PLAN)) => {
    const server = await testServer({ config: teamConfig(config), notify: { now: () => clock, autoStart: false, deliveryTimeoutMs: 300 } });
    servers.push(server);
    const admin = (await server.signToken({ plan: '*', role: 'admin' })).token;
    assert.equal((await api(server, 'PUT', `/plans/${plan.id}`, admin, plan)).status, 201);
    return server;
  };
  beforeEach(() => {
    hook.received.length = 0;
    smtp.received.length = 0;
  });
  before(async () => {
    hook = await webhookReceiver();
    smtp = await smtpReceiver();
  });
  after(async () => {
    for (const s of servers) await s.cleanup();
    await Promise.all([hook.close(), smtp.close()]);
  });

  it('holds notifications outside business hours until the next working hour', async () => {
    const office = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] };
    const blocker = { id: 'blk-venue', title: 'Venue contract unsigned', owner: 'Campaign manager', due: '2026-09-11', severity: 'high', status: 'open', raisedAt: '2026-09-01T09:00:00Z' } as const;
    const plan = { ...reviewPlan('weekend-plan'), approvals: [], blockers: [blocker] };
    const server = await serve({ rules: { timeZone: 'Europe/Berlin', approvals: { businessHours: office } }, notify: { webhooks: [hook.url], businessHoursOnly: true } }, plan);
    // Due Friday 11 September: overdue from midnight in Berlin, a Saturday; it waits for Monday 09:00 there (07:00Z).
    clock = new Date('2026-09-12T10:00:00Z');
    const held = await server.notifier!.runOnce();
    assert.deepEqual([held.queued, held.sent], [1, 0]);
    const admin = (await server.signToken({ plan: '*', role: 'admin' })).token;
    const waiting = (await api<{ deliveries: Delivery[] }>(server, 'GET', '/notifications', admin)).json.deliveries;
    assert.deepEqual(waiting.map((d) => [d.rule, d.status, d.nextAttemptAt]), [['blocker.overdue', 'waiting', '2026-09-14T07:00:00.000Z']]);
    clock = new Date('2026-09-14T06:59:00Z');
    assert.equal((await server.notifier!.runOnce()).sent, 0);
    clock = new Date('2026-09-14T07:00:00Z');
    assert.equal((await server.notifier!.runOnce()).sent, 1);
    assert.match(texts(hook)[0]!, /^\*Overdue blocker: .*\nBlocker "Venue contract unsigned" was due 2026-09-11 and is still open; Campaign manager owns it\./);
  });

  it('emails the person the plan names for a role when the team config names nobody for it', async () => {
    const blocker = { id: 'blk-venue', title: 'Venue contract unsigned', owner: 'Campaign manager', due: '2026-09-11', severity: 'high', status: 'open', raisedAt: '2026-09-01T09:00:00Z' } as const;
    const plan = { ...reviewPlan('people-plan'), approvals: [], blockers: [blocker], people: [{ role: 'Campaign manager', name: 'Cam Lee', email: 'cam@example.com' }] };
    const server = await serve({ notify: { smtp: smtp.url, from: 'preflight@example.com' }, people: [DANA] }, plan);
    clock = new Date('2026-09-12T10:00:00Z');
    await server.notifier!.runOnce();
    const sent = mails(smtp, 'Overdue blocker');
    assert.deepEqual(sent.map((m) => m.to), [['cam@example.com']]);
    assert.match(sent[0]!.raw, /For: Campaign manager \(Cam Lee\)/);
    assert.ok(!sent[0]!.raw.includes('people-plan'), 'the plan is named, not its id');
  });

  it('sends each person a daily digest from the digest hour, once a day', async () => {
    const server = await serve({ notify: { smtp: smtp.url, from: 'preflight@example.com', digestHour: 8 }, people: [DANA] }, { ...reviewPlan('digest-plan') });
    clock = new Date('2026-09-09T07:59:00Z');
    await server.notifier!.runOnce();
    const beforeDigest = smtp.received.length;
    clock = new Date('2026-09-09T08:00:00Z');
    await server.notifier!.runOnce();
    await server.notifier!.runOnce();
    const digests = mails({ received: smtp.received.slice(beforeDigest) }, 'Your Preflight digest for 2026-09-09');
    assert.equal(digests.length, 1);
    assert.match(digests[0]!.raw, /Dana \(Marketing director\), what is yours to act on today:\s+2026q3_emea_event_product-tour is [a-z ]+:\r?\n- The launch review is still undecided and breaches its 48 h SLA at 2026-09-09 09:00 UTC/);
  });

  it('a webhook that never answers fails the attempt and the pass ends', async () => {
    const server = await serve({ notify: { webhooks: [hook.url] } }, reviewPlan('hang-plan'));
    hook.answers.push('hang');
    clock = new Date('2026-09-09T09:00:00Z');
    const report = await server.notifier!.runOnce();
    assert.deepEqual([report.sent, report.failed], [0, 1]);
    const admin = (await server.signToken({ plan: '*', role: 'admin' })).token;
    const [delivery] = (await api<{ deliveries: Delivery[] }>(server, 'GET', '/plans/hang-plan/notifications', admin)).json.deliveries;
    assert.equal(delivery!.status, 'retrying');
    assert.match(delivery!.lastError!, /timeout|aborted/i);
  });
});
