import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { Tokens } from './auth/tokens.js';
import { CLOSE } from './server.js';
import { synced, until } from './testing/clients.js';
import { api, liveServer } from './testing/server.js';

const PLAN = 'access-plan';

describe('team server: tokens and limits', () => {
  const live = liveServer(PLAN, { limits: { maxMessageBytes: 64 * 1024, messagesPerSecond: 5, burst: 20 } });
  const open = (token: string, plan = PLAN) => live.open(token, plan);
  let server: typeof live.server;
  let admin: string;
  before(() => {
    ({ server, admin } = live);
  });

  it('refuses a token signed elsewhere, a malformed one, one for another plan and an expired one, saying why', async () => {
    const foreign = (await new Tokens('another-secret-of-enough-length').sign({ plan: PLAN, role: 'editor', expiresInSeconds: 600 })).token;
    const other = (await server.signToken({ plan: 'other-plan', role: 'editor' })).token;
    const expired = (await server.tokens.sign({ plan: PLAN, role: 'editor', expiresInSeconds: 60, now: Date.now() - 120_000 })).token;
    const cases: [string, RegExp][] = [
      [foreign, /not signed by this server/],
      ['not.a.token', /malformed/],
      [other, /for plan "other-plan"/],
      [expired, /expired/],
    ];
    for (const [token, reason] of cases) {
      const client = open(token);
      await until(() => client.refused !== undefined);
      assert.match(client.refused!, reason);
      assert.equal(client.plan(), undefined, 'nothing of the plan reached a refused client');
      assert.match((await api<{ error: string }>(server, 'GET', `/plans/${PLAN}`, token)).json.error, reason);
    }
  });

  it('drops the live connections of a revoked token and refuses it from then on', async () => {
    const { token, id } = await server.signToken({ plan: PLAN, role: 'editor', name: 'Leaver' });
    const client = open(token);
    await synced(client);
    await server.revoke(id);
    await until(() => client.closes.some((c) => c.code === CLOSE.revoked));
    await until(() => client.refused !== undefined);
    assert.match(client.refused!, /revoked/);
    assert.equal((await api(server, 'GET', `/plans/${PLAN}`, token)).status, 401);
  });

  it('drops a live connection when its token expires', async () => {
    const { token } = await server.tokens.sign({ plan: PLAN, role: 'editor', expiresInSeconds: 2 });
    const client = open(token);
    await synced(client);
    await until(() => client.closes.some((c) => c.code === CLOSE.expired));
    await until(() => client.refused !== undefined);
    assert.match(client.refused!, /expired/);
  });

  it('closes the socket of a client that floods, with a reason, and keeps serving the others', async () => {
    const flooder = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Flood' })).token);
    const calm = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Calm' })).token);
    await Promise.all([synced(flooder), synced(calm)]);
    for (let i = 0; i < 200; i++) flooder.provider.sendStateless(`ping ${i}`);
    await until(() => flooder.closes.some((c) => c.code === CLOSE.rateLimited && /too many messages/.test(c.reason)));
    const next = structuredClone(calm.plan()!);
    next.brief.audience = 'Calm audience';
    calm.write(next);
    await synced(calm);
    assert.equal((await api<{ brief: { audience: string } }>(server, 'GET', `/plans/${PLAN}`, admin)).json.brief.audience, 'Calm audience');
  });

  it('closes a socket that sends a message over the size cap (1009) and survives random bytes as Yjs updates', async () => {
    const socket = new WebSocket(server.wsUrl);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(new Uint8Array(65 * 1024));
    assert.equal(await closed, 1009);

    // Garbage after a valid auth: a sync message (type 0) whose update is random bytes, and bytes that are no message at all.
    const client = open((await server.signToken({ plan: PLAN, role: 'editor', name: 'Noise' })).token);
    await synced(client);
    const raw = new WebSocket(server.wsUrl);
    await new Promise((resolve) => raw.once('open', resolve));
    const name = new TextEncoder().encode(PLAN);
    for (let i = 0; i < 50; i++) {
      const junk = new Uint8Array(64).map(() => Math.floor(Math.random() * 256));
      raw.send(new Uint8Array([name.length, ...name, 0, 2, junk.length, ...junk]));
      raw.send(junk);
    }
    raw.close();
    const health = await api<{ ok: boolean }>(server, 'GET', '/health');
    assert.equal(health.json.ok, true);
    const next = structuredClone(client.plan()!);
    next.brief.offer = 'Still serving';
    client.write(next);
    await synced(client);
    assert.equal((await api<{ brief: { offer: string } }>(server, 'GET', `/plans/${PLAN}`, admin)).json.brief.offer, 'Still serving');
  });
});
