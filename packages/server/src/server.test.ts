import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { synced, until } from './testing/clients.js';
import type { Plan, Problem } from '@preflight/core';
import type { HistoryEntry } from './storage/database.js';
import type { Health } from './server.js';
import { api, liveServer, samplePlan } from './testing/server.js';

const PLAN = 'webinar-2026-09-15';

describe('team server: live plans', () => {
  const live = liveServer(PLAN);
  const open = (token: string, plan = PLAN) => live.open(token, plan);
  let server: typeof live.server;
  let admin: string;
  before(() => {
    ({ server, admin } = live);
  });

  it('answers /health with its version, open plans and connections', async () => {
    const { status, json } = await api<Health>(server, 'GET', '/health');
    assert.equal(status, 200);
    assert.equal(json.ok, true);
    assert.equal(json.status, 'ok');
    assert.match(json.version, /^\d+\.\d+\.\d+$/);
    assert.equal(typeof json.plans, 'number');
    assert.equal(typeof json.connections, 'number');
    assert.deepEqual(json.storage, { kind: 'embedded', ok: true });
    assert.equal(json.redis, 'off');
  });

  it('serves the team rules to any valid token (none configured here) and refuses without one', async () => {
    const viewer = (await server.signToken({ plan: PLAN, role: 'viewer' })).token;
    assert.deepEqual((await api(server, 'GET', '/config', viewer)).json, { rules: null });
    assert.equal((await api(server, 'GET', '/config')).status, 401);
  });

  it('gives every client the plan and carries one edit to the others', async () => {
    const editor = (await server.signToken({ plan: PLAN, role: 'editor', name: 'Alice' })).token;
    const a = open(editor);
    const b = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Bob' })).token);
    await Promise.all([synced(a), synced(b)]);
    assert.equal(a.plan()?.campaign.name, samplePlan().campaign.name);
    const plan = structuredClone(a.plan()!);
    plan.blockers[0]!.severity = 'critical';
    a.write(plan);
    await until(() => b.plan()?.blockers[0]?.severity === 'critical');
    // Concurrent edits of different fields of one record both stay.
    const pa = structuredClone(a.plan()!);
    const pb = structuredClone(b.plan()!);
    pa.blockers[0]!.title = 'Lead source mapping broken in two forms';
    pb.blockers[0]!.owner = 'Ops lead';
    a.write(pa);
    b.write(pb);
    await until(() => a.plan()?.blockers[0]?.owner === 'Ops lead' && b.plan()?.blockers[0]?.title === 'Lead source mapping broken in two forms');
  });

  it('serves the live plan over HTTP and lists the change history by who made it', async () => {
    const { status, json } = await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin);
    assert.equal(status, 200);
    assert.equal(json.blockers[0]!.severity, 'critical');
    await until(async () => (await api<HistoryEntry[]>(server, 'GET', `/plans/${PLAN}/history`, admin)).json.some((e) => e.actor === 'Alice'));
    const history = (await api<HistoryEntry[]>(server, 'GET', `/plans/${PLAN}/history`, admin)).json;
    const alice = history.find((e) => e.actor === 'Alice')!;
    assert.ok(alice.changes.some((c) => c.section === 'blockers' && c.action === 'changed' && c.fields?.includes('severity')));
    assert.ok(!Number.isNaN(Date.parse(alice.at)));
    assert.ok(history.some((e) => e.actor === 'Ops lead' && e.changes[0]?.section === 'plan'), 'the creation is recorded');
  });

  it('keeps a viewer read-only on the server: a forged write changes nothing', async () => {
    const viewer = open((await server.signToken({ plan: PLAN, role: 'viewer', name: 'Vera' })).token);
    const editor = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Eve' })).token);
    await until(() => viewer.provider.isSynced);
    await synced(editor);
    assert.equal(viewer.provider.authorizedScope, 'readonly');
    const forged = structuredClone(viewer.plan()!);
    forged.campaign.name = 'forged_by_viewer';
    viewer.write(forged);
    // A later editor edit arrives at the viewer, and the viewer's own write is nowhere else.
    const next = structuredClone(editor.plan()!);
    next.brief.offer = 'Live product tour';
    editor.write(next);
    await until(() => viewer.plan()?.brief.offer === 'Live product tour');
    const live = (await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin)).json;
    assert.notEqual(live.campaign.name, 'forged_by_viewer');
    assert.notEqual(editor.plan()?.campaign.name, 'forged_by_viewer');
    assert.equal((await api(server, 'PUT', `/plans/${PLAN}`, (await server.signToken({ plan: PLAN, role: 'viewer' })).token, live)).status, 403);
  });

  it('reverts an invalid change from a client that skipped validation, on every replica', async () => {
    const rogue = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Rogue' })).token);
    const honest = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Hana' })).token);
    await Promise.all([synced(rogue), synced(honest)]);
    const blockerId = rogue.plan()!.blockers[0]!.id;
    const severity = rogue.plan()!.blockers[0]!.severity;
    // Straight into the document, as a modified client would.
    (rogue.doc.getMap('blockers').get(blockerId) as Y.Map<unknown>).set('severity', 'catastrophic');
    rogue.doc.getMap('steps').set('evil', new Y.Map([['name', 42]]));
    await until(() => rogue.plan()?.blockers[0]?.severity === severity && !rogue.doc.getMap('steps').has('evil'));
    await until(() => honest.plan()?.blockers[0]?.severity === severity && !honest.doc.getMap('steps').has('evil'));
    assert.equal((await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin)).json.blockers[0]!.severity, severity);
  });

  it('refuses a plan that does not validate over HTTP, naming every problem by path', async () => {
    const bad = { ...samplePlan(), id: PLAN, steps: [{ id: 's1' }] };
    const { status, json } = await api<{ problems: Problem[] }>(server, 'PUT', `/plans/${PLAN}`, admin, bad);
    assert.equal(status, 422);
    assert.ok(json.problems.some((p) => p.path === 'steps[0].name'));
    assert.equal((await api(server, 'PUT', `/plans/${PLAN}`, admin, '{not json')).status, 400);
    assert.equal((await api(server, 'PUT', `/plans/other-id`, admin, { ...samplePlan(), id: PLAN })).status, 422);
  });
});
