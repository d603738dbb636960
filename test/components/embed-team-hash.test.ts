import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedHash, parseEmbedHash, type EmbedConfig } from '../../packages/workspace/src/embed/config.js';

const problems = (hash: string) => {
  const parsed = parseEmbedHash(hash);
  assert.equal(parsed.ok, false, `${hash} should be refused`);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.param} ${p.message}`);
};

test('a team plan link reads back as it was written, editable unless readonly=1', () => {
  const config: EmbedConfig = { widget: 'raci', source: { kind: 'team', url: 'wss://team.example.com/sync', planId: 'webinar-2026', token: 'aaa.bbb.ccc' }, theme: 'dark', readonly: false };
  const hash = embedHash(config);
  assert.equal(hash, '#widget=raci&sync=wss%3A%2F%2Fteam.example.com%2Fsync&plan=webinar-2026&token=aaa.bbb.ccc&theme=dark');
  assert.deepEqual(parseEmbedHash(hash), { ok: true, config });
  assert.deepEqual(parseEmbedHash(embedHash({ ...config, readonly: true })), { ok: true, config: { ...config, readonly: true } });
});

test('sync takes wss: anywhere and ws: only on this machine', () => {
  assert.equal(parseEmbedHash('#widget=badge&sync=ws://127.0.0.1:1234&plan=p&token=t').ok, true);
  assert.deepEqual(problems('#widget=badge&sync=ws://team.example.com&plan=p&token=t'), ['sync must be the wss: URL of a Preflight team server (got ws:, which only this machine may use)']);
  assert.deepEqual(problems('#widget=badge&sync=https://team.example.com&plan=p&token=t'), ['sync must be the wss: URL of a Preflight team server (got https:)']);
  assert.deepEqual(problems('#widget=badge&sync=team.example.com&plan=p&token=t'), ['sync must be the full wss: URL of a Preflight team server, such as wss://team.example.com']);
});

test('sync without plan or token, token without sync, and sync beside another source are each named', () => {
  assert.deepEqual(problems('#widget=raci&sync=wss://t.example.com'), [
    'plan is missing: sync needs the id of the team plan to show',
    'token is missing: sync needs a share token from the team server (an editor’s or a viewer’s)',
  ]);
  assert.deepEqual(problems('#widget=raci&plan=p&token=t'), ['token is only used with sync (a team server); give sync too, or leave token out']);
  assert.deepEqual(problems('#widget=raci&sync=wss://t.example.com&plan=p&token=t&data=abc'), ['sync and data both give a plan; give one of them']);
  assert.deepEqual(problems('#widget=raci&sync=wss://t.example.com&plan=p&token=a%20b'), ['token must be a share token as the team server gives it; it looks cut or altered']);
});

test('the campaign and brief, the reviews, the timeline and the corrective actions are widgets a link can name, and read back as written', () => {
  for (const widget of ['brief', 'approvals', 'timeline', 'actions'] as const) {
    const config: EmbedConfig = { widget, source: { kind: 'snapshot', data: 'abc' }, theme: 'auto', readonly: true };
    assert.equal(embedHash(config), `#widget=${widget}&data=abc`);
    assert.deepEqual(parseEmbedHash(embedHash(config)), { ok: true, config });
  }
  assert.deepEqual(problems('#widget=campaign&data=abc'), ['widget "campaign" is not a widget; use one of raci, blocker-log, checklist, badge, brief, approvals, timeline, actions']);
});
