import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShareLink, readTokenClaims, teamLinkKey } from './share-link.js';

const NOW = Date.parse('2026-09-01T09:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token shaped like the team server's (the signature is not checked here, and cannot be). */
const token = (claims: Record<string, unknown>) => `${b64({ alg: 'HS256' })}.${b64({ iss: 'preflight', ...claims })}.c2lnbmF0dXJl`;
const EDITOR = token({ plan: 'webinar-1', role: 'editor', name: 'Alice', exp: NOW / 1000 + 3600 });
const SYNC = encodeURIComponent('wss://team.example.com/');

test('the embed link and its bare sync=…&plan=…&token=… part both give the server, plan and token, and what the token says', () => {
  for (const text of [
    `https://app.example.com/embed.html#widget=blocker-log&sync=${SYNC}&plan=webinar-1&token=${EDITOR}`,
    `  sync=${SYNC}&plan=webinar-1&token=${EDITOR}\n`,
    `#sync=${SYNC}&plan=webinar-1&token=${EDITOR}`,
  ]) {
    const read = parseShareLink(text, NOW);
    assert.ok(read.ok, text);
    assert.deepEqual(read.link, { url: 'wss://team.example.com', planId: 'webinar-1', token: EDITOR });
    assert.deepEqual(read.claims, { plan: 'webinar-1', role: 'editor', name: 'Alice', expiresAt: '2026-09-01T10:00:00.000Z' });
  }
  const local = parseShareLink(`sync=ws%3A%2F%2F127.0.0.1%3A1234&plan=webinar-1&token=${EDITOR}`, NOW);
  assert.ok(local.ok && local.link.url === 'ws://127.0.0.1:1234', 'plain ws: to this machine');
  assert.ok(parseShareLink(`sync=${SYNC}&plan=webinar-1&token=${token({ plan: '*', role: 'admin', exp: NOW / 1000 + 60 })}`, NOW).ok, "a team admin's token opens any plan");
});

test('every refusal names what to fix, starting with "Share link:"', () => {
  const cases: [string, RegExp][] = [
    ['', /paste the team plan/],
    [`plan=webinar-1&token=${EDITOR}`, /no sync=/],
    [`sync=team.example.com&plan=webinar-1&token=${EDITOR}`, /is not an address/],
    [`sync=ws%3A%2F%2Fteam.example.com&plan=webinar-1&token=${EDITOR}`, /wss:\/\/ address \(ws:\/\/ is only allowed to this machine, got team\.example\.com\)/],
    [`sync=https%3A%2F%2Fteam.example.com&plan=webinar-1&token=${EDITOR}`, /wss:\/\/ address \(got https:\)/],
    [`sync=${SYNC}&token=${EDITOR}`, /no plan=/],
    [`sync=${SYNC}&plan=-bad&token=${EDITOR}`, /plan must be a plan id/],
    [`sync=${SYNC}&plan=webinar-1`, /no token=/],
    [`sync=${SYNC}&plan=webinar-1&token=garbage`, /not a share token/],
    [`sync=${SYNC}&plan=webinar-1&token=${b64({})}.${Buffer.from('not json').toString('base64url')}.x`, /not a share token/],
    [`sync=${SYNC}&plan=webinar-1&token=${token({ plan: 'webinar-1', exp: NOW / 1000 + 60 })}`, /names no role/],
    [`sync=${SYNC}&plan=webinar-1&token=${token({ plan: 'other', role: 'viewer', exp: NOW / 1000 + 60 })}`, /is for plan “other”, not “webinar-1”/],
    [`sync=${SYNC}&plan=webinar-1&token=${token({ plan: 'webinar-1', role: 'viewer' })}`, /has no expiry/],
    [`sync=${SYNC}&plan=webinar-1&token=${token({ plan: 'webinar-1', role: 'viewer', exp: NOW / 1000 - 60 })}`, /expired on 2026-09-01 08:59 UTC/],
    [`sync=${SYNC}&sync=${SYNC}&plan=webinar-1&token=${EDITOR}`, /sync is given more than once/],
  ];
  for (const [text, message] of cases) {
    const read = parseShareLink(text, NOW);
    assert.equal(read.ok, false, text);
    assert.ok(!read.ok && read.message.startsWith('Share link: '), text);
    assert.match(!read.ok ? read.message : '', message, text);
  }
});

test('claims are read from the payload only, never trusted for more than showing; a key names server, plan and token without the token', () => {
  assert.equal(readTokenClaims('a.b'), null);
  assert.deepEqual(readTokenClaims(token({ role: 'viewer', name: 7, exp: 'soon' })), { role: 'viewer' });
  const key = teamLinkKey({ url: 'wss://team.example.com', planId: 'webinar-1', token: EDITOR });
  assert.ok(key.startsWith('wss://team.example.com webinar-1 '));
  assert.ok(!key.includes(EDITOR));
  assert.notEqual(key, teamLinkKey({ url: 'wss://team.example.com', planId: 'webinar-1', token: token({ role: 'viewer' }) }));
});
