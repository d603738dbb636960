import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeApproval, makePlan } from '../../packages/core/src/testing/factories.js';

/** The playbooks' promises (issue 12) as `preflight` reports them on plan files. */
const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/core/bin/preflight.js');
const dir = mkdtempSync(join(tmpdir(), 'preflight-playbook-'));
const NOW = '2026-08-20T09:00:00Z';

function preflight(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status, stdout, stderr };
}

const write = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-core.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

describe('messages', () => {
  test('a config value that must be above zero says "> 0"; one that may be zero says "≥ 0"', () => {
    write('plan.json', makePlan());
    write('bad-config.json', { thresholds: { launchDelayDays: -1 }, approvals: { slaHours: { legal: 0 } } });
    const r = preflight('check', 'plan.json', '--now', NOW, '--config', 'bad-config.json');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /approvals\.slaHours\.legal: must be > 0/);
    assert.match(r.stderr, /thresholds\.launchDelayDays: must be ≥ 0/);
  });

  test('an escalation line ends each sentence with one mark', () => {
    write('late-review.json', makePlan({ id: 'late', approvals: [makeApproval({ kind: 'legal', requestedAt: '2026-08-17T09:00:00Z' })] }));
    const r = preflight('escalations', 'late-review.json', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /escalated to level 1 \(backup\)\. Next level at 2026-08-21T09:00:00Z\.\n/);
    assert.doesNotMatch(r.stdout, /\.;|\.\./);
  });
});
