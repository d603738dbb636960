import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readTokenClaims, tokenTag } from './token-claims.js';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (payload: unknown) => `${part({ alg: 'HS256' })}.${part(payload)}.c2lnbmF0dXJl`;

it('reads plan, role, holder (UTF-8 included) and expiry from a JWT without trusting it, and nothing else', () => {
  assert.deepEqual(readTokenClaims(token({ plan: 'p-1', role: 'editor', name: 'Zoë Müller', exp: 1_800_000_000, sub: 'x' })), {
    plan: 'p-1',
    role: 'editor',
    name: 'Zoë Müller',
    expiresAt: '2027-01-15T08:00:00.000Z',
  });
  assert.deepEqual(readTokenClaims(token({ role: 'viewer', name: 7, exp: 'soon' })), { role: 'viewer' });
});

it('gives null for what is not a JWT with a JSON object payload', () => {
  for (const bad of ['', 'a.b', 'not a token', token([1, 2]), token('text'), `${part({})}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.x`, 'a.!!!.c']) {
    assert.equal(readTokenClaims(bad), null, bad);
  }
});

it('tags tokens stably and differently', () => {
  assert.equal(tokenTag('abc'), tokenTag('abc'));
  assert.notEqual(tokenTag('abc'), tokenTag('abd'));
});
