import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'preflight-team-config-'));

/** preflight-server with a team config; it must refuse to start, so it exits by itself. */
function refusal(config: unknown, env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const file = join(dir, `team-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--config', file, '--port', '0', '--data', join(dir, 'data')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr: stderr.replaceAll(file, 'team.json') })));
}

describe('preflight-server --config refuses bad notification settings by path', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad value and does not start', async () => {
    const { code, stderr } = await refusal({ notify: { webhooks: ['http://hooks.example.com/x'], smtp: 'smtp://mail.example.com' }, people: [{ role: 'Ops lead' }], scheduleSeconds: 5 });
    assert.equal(code, 2);
    assert.equal(
      stderr,
      [
        'preflight-server: team.json is not a valid team config:',
        '  team.json:notify.webhooks[0]: must be an https:// URL (http:// only to this machine: 127.0.0.1, localhost or [::1])',
        '  team.json:people[0].name: is required (expected string)',
        '  team.json:scheduleSeconds: must be ≥ 10',
        '',
      ].join('\n'),
    );
  });

  it('names a secret the environment lacks, never printing the others', async () => {
    const { code, stderr } = await refusal(
      { notify: { smtp: 'smtps://ops:${SMTP_PASSWORD}@smtp.example.com', from: 'ops@example.com', webhooks: ['https://hooks.slack.com/services/${SLACK_HOOK}'] } },
      { SMTP_PASSWORD: 'hunter2-secret' },
    );
    assert.equal(code, 2);
    assert.match(stderr, /team\.json:notify\.webhooks\[0\]: names \$\{SLACK_HOOK\}, which is not set in the server's environment/);
    assert.ok(!stderr.includes('hunter2-secret'));
  });
});
