import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, parsePlan, type Plan } from '../../packages/core/src/index.js';
import { makePlan } from '../../packages/core/src/testing/factories.js';
import { TEAM_USAGE as CORE_TEAM_USAGE } from '../../packages/core/src/cli/run.js';
import { TEAM_USAGE } from '../../packages/server/src/cli/index.js';
import { freePort } from '../../packages/server/src/testing/process.js';
import { SECRET, samplePlan, testServer } from '../../packages/server/src/testing/server.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/core/bin/preflight.js');
const serverBin = join(root, 'packages/server/bin/preflight-server.js');
const dir = mkdtempSync(join(tmpdir(), 'preflight-team-cli-'));
const NOW = '2026-08-20T09:00:00Z';

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built command as its own process, as `npx preflight` would. Never spawnSync: the team server
 * answering it runs in this process.
 */
function runNode(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const fullEnv: NodeJS.ProcessEnv = { ...process.env, PREFLIGHT_SECRET: SECRET, PREFLIGHT_TOKEN: undefined, ...env };
    for (const key of Object.keys(fullEnv)) if (fullEnv[key] === undefined) delete fullEnv[key];
    const child = spawn(process.execPath, [script, ...args], { cwd: dir, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const preflight = (...args: string[]) => runNode(bin, args);

/** Every failure is one line (and, for a bad command line, the usage after a blank line), never a stack. */
function assertRefused(r: Ran, message: RegExp) {
  assert.equal(r.status, 2, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.stdout, '');
}

const write = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};

/** `preflight share …`: the human line and the token alone on the last line. */
async function share(...args: string[]) {
  const r = await preflight('share', ...args);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stdout);
  const id = /token id ([0-9a-f-]{36})$/.exec(lines[0]!)?.[1];
  assert.ok(id, lines[0]);
  return { line: lines[0]!, token: lines[1]!, id };
}

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-core.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  write('sample.json', samplePlan());
  write('ready.json', makePlan({ id: 'ready-plan' }));
  const blocked = makePlan({ id: 'blocked-plan' });
  blocked.steps[3]!.raci.accountable = [];
  write('blocked.json', blocked);
  write('invalid.json', { ...makePlan({ id: 'never-pushed' }), campaign: { name: 'x', type: 'podcast', state: 'draft' }, colour: 'red' });
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('team commands against a live team server', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let admin: string;
  before(async () => {
    server = await testServer();
    admin = (await share('*', '--role', 'admin', '--name', 'Ops lead')).token;
  });
  after(async () => {
    await server?.cleanup();
  });

  test('--help lists the team commands with the usage lines the team package keeps', async () => {
    assert.deepEqual(CORE_TEAM_USAGE, TEAM_USAGE);
    const r = await preflight('--help');
    assert.equal(r.status, 0);
    for (const { usage } of TEAM_USAGE) assert.ok(r.stdout.includes(`  ${usage}\n`), usage);
    const shareHelp = await preflight('share', '--help');
    assert.equal(shareHelp.status, 0);
    assert.match(shareHelp.stdout, /^Usage: preflight share <plan-id> --role editor\|viewer .*\n {3}or: preflight share '\*' --role admin/);
  });

  test('share prints a line for people, then the token alone, which pull accepts', async () => {
    const put = await preflight('push', 'sample.json', '--server', server.url, '--token', admin);
    assert.equal(put.status, 0, put.stderr);
    const editor = await share('sample-webinar', '--role', 'editor', '--name', 'Alice', '--expires', '12h');
    assert.match(editor.line, /^Editor link for plan sample-webinar, valid until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z, token id [0-9a-f-]{36}$/);
    const until = Date.parse(/valid until (\S+),/.exec(editor.line)![1]!);
    assert.ok(Math.abs(until - (Date.now() + 12 * 3600_000)) < 60_000, 'valid for 12 hours');
    const viewer = await share('sample-webinar', '--role', 'viewer');
    assert.match(viewer.line, /^Viewer link for plan sample-webinar, /);
    const pulled = await preflight('pull', 'sample-webinar', '--server', server.url, '--token', editor.token);
    assert.equal(pulled.status, 0, pulled.stderr);
    assert.equal(JSON.parse(pulled.stdout).id, 'sample-webinar');
    assert.match((await share('*', '--role', 'admin')).line, /^Admin token for every plan, valid until /);
  });

  test('push creates a team plan, then replaces it', async () => {
    const editor = (await share('ready-plan', '--role', 'editor')).token;
    const first = await preflight('push', 'ready.json', '--server', server.url, '--token', editor);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, `Created team plan ready-plan on ${server.url}\n`);
    const second = await preflight('push', 'ready.json', '--server', server.url, '--token', editor);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, `Replaced team plan ready-plan on ${server.url}\n`);
  });

  test('pull prints the live plan as JSON with a two-space indent; a ws:// address works too', async () => {
    const r = await preflight('pull', 'ready-plan', '--server', server.wsUrl, '--token', admin);
    assert.equal(r.status, 0, r.stderr);
    const plan = JSON.parse(r.stdout) as Plan;
    assert.equal(r.stdout, `${JSON.stringify(plan, null, 2)}\n`);
    const expected = parsePlan(makePlan({ id: 'ready-plan' }));
    assert.ok(expected.ok);
    assert.deepEqual(plan, expected.value);
  });

  test('check --server judges the live plan exactly as check judges the file', async () => {
    const put = await preflight('push', 'blocked.json', '--server', server.url, '--token', admin);
    assert.equal(put.status, 0, put.stderr);
    const label = (id: string) => `${server.url}/plans/${id}`;
    for (const [file, id, code] of [['ready.json', 'ready-plan', 0], ['blocked.json', 'blocked-plan', 3]] as const) {
      for (const format of ['text', 'json']) {
        const local = await preflight('check', file, '--now', NOW, '--format', format);
        const team = await preflight('check', id, '--server', server.url, '--token', admin, '--now', NOW, '--format', format);
        assert.equal(local.status, code, local.stderr);
        assert.equal(team.status, code, team.stderr);
        assert.equal(team.stdout, local.stdout.replaceAll(file, label(id)));
        assert.equal(team.stderr, '');
      }
    }
    const both = await preflight('check', 'ready-plan', 'blocked-plan', `--server=${server.url}/`, '--token', admin, '--now', NOW, '--format', 'json');
    assert.equal(both.status, 3);
    assert.deepEqual((JSON.parse(both.stdout) as { file: string; state: string }[]).map((r) => [r.file, r.state]), [[label('ready-plan'), 'ready'], [label('blocked-plan'), 'blocked']]);
    assertRefused(await preflight('check', 'ready-plan', '--server', server.url, '--token', admin, '--now', 'yesterday'), /--now: "yesterday" must be an ISO 8601 date-time/);
  });

  test("check --server judges by the team's rules (the server's --config) unless --config is given", async () => {
    const rules = { raci: { maxConsulted: 0 } };
    const parsed = parseConfig(rules);
    assert.ok(parsed.ok);
    const strict = await testServer({ config: { rules: parsed.value } });
    try {
      assert.equal((await preflight('push', 'ready.json', '--server', strict.url, '--token', admin)).status, 0);
      write('strict.json', rules);
      write('empty-config.json', {});
      const local = await preflight('check', 'ready.json', '--now', NOW, '--format', 'json', '--config', 'strict.json');
      const plain = await preflight('check', 'ready.json', '--now', NOW, '--format', 'json');
      const team = await preflight('check', 'ready-plan', '--server', strict.url, '--token', admin, '--now', NOW, '--format', 'json');
      assert.notEqual(local.stdout, plain.stdout, 'the strict rules find more');
      assert.equal(team.stdout, local.stdout.replaceAll('ready.json', `${strict.url}/plans/ready-plan`));
      const own = await preflight('check', 'ready-plan', '--server', strict.url, '--token', admin, '--now', NOW, '--format', 'json', '--config', 'empty-config.json');
      assert.equal(own.stdout, plain.stdout.replaceAll('ready.json', `${strict.url}/plans/ready-plan`));
    } finally {
      await strict.cleanup();
    }
  });

  test('PREFLIGHT_TOKEN stands for --token', async () => {
    const r = await runNode(bin, ['pull', 'ready-plan', '--server', server.url], { PREFLIGHT_TOKEN: admin });
    assert.equal(r.status, 0, r.stderr);
  });

  test('a revoked token is refused by the server, which says so', async () => {
    const { token, id } = await share('ready-plan', '--role', 'editor');
    assert.equal((await preflight('pull', 'ready-plan', '--server', server.url, '--token', token)).status, 0);
    const revoked = await preflight('revoke', id, '--server', server.url);
    assert.equal(revoked.status, 0, revoked.stderr);
    assert.match(revoked.stdout, new RegExp(`^Revoked token ${id}`));
    assertRefused(await preflight('pull', 'ready-plan', '--server', server.url, '--token', token), /^preflight pull: the team server refused the token: the share link was revoked\n$/);
    assertRefused(await preflight('revoke', token, '--server', server.url), new RegExp(`revoke: that is a token; give its id instead: preflight revoke ${id}`));
  });

  test('revoke without a secret says where it looked', async () => {
    const r = await runNode(bin, ['revoke', '00000000-0000-4000-8000-000000000000', '--server', server.url, '--data', join(dir, 'empty')], { PREFLIGHT_SECRET: undefined });
    assertRefused(r, /^preflight revoke: no signing secret: set PREFLIGHT_SECRET, or give --data .*empty\)\n$/);
  });

  test('an expired token is refused with the reason', async () => {
    const { token } = await share('ready-plan', '--role', 'viewer', '--expires', '1s');
    // Poll until the server refuses it: how soon is the clock's business, not this test's.
    const deadline = Date.now() + 30_000;
    let r: Ran;
    do r = await preflight('pull', 'ready-plan', '--server', server.url, '--token', token);
    while (r.status === 0 && Date.now() < deadline);
    assertRefused(r, /^preflight pull: the team server refused the token: the token has expired\n$/);
  });

  test("a viewer's push is refused", async () => {
    const { token } = await share('ready-plan', '--role', 'viewer');
    assertRefused(await preflight('push', 'ready.json', '--server', server.url, '--token', token), /^preflight push: the team server refused: a viewer token cannot change the plan\n$/);
  });

  test('an unknown plan, a token for another plan and a malformed token are refused', async () => {
    assertRefused(await preflight('pull', 'no-such-plan', '--server', server.url, '--token', admin), /^preflight pull: there is no team plan "no-such-plan"\n$/);
    const other = (await share('ready-plan', '--role', 'editor')).token;
    assertRefused(await preflight('pull', 'blocked-plan', '--server', server.url, '--token', other), /the token is for plan "ready-plan", not "blocked-plan"/);
    assertRefused(await preflight('pull', 'ready-plan', '--server', server.url, '--token', 'not-a-token'), /refused the token: the token is malformed/);
  });

  test('an unreachable server is one line naming it', async () => {
    const port = await freePort();
    assertRefused(await preflight('pull', 'ready-plan', '--server', `http://127.0.0.1:${port}`, '--token', admin), new RegExp(`^preflight pull: cannot reach the team server at http://127.0.0.1:${port}: connection refused\n$`));
    assertRefused(await preflight('revoke', '00000000-0000-4000-8000-000000000000', '--server', `ws://127.0.0.1:${port}`), new RegExp(`cannot reach the team server at http://127.0.0.1:${port}: connection refused`));
  });

  test('a bad plan file is refused with every problem and its path; nothing is sent', async () => {
    const r = await preflight('push', 'invalid.json', '--server', server.url, '--token', admin);
    assert.equal(r.status, 2);
    for (const line of ['invalid.json:campaign.type: must be one of', 'invalid.json:(root): has unknown field(s) colour']) assert.ok(r.stderr.includes(line), `${line}\n---\n${r.stderr}`);
    assert.match(r.stderr, /^Invalid input \(\d+ problems\):/);
    assertRefused(await preflight('pull', 'never-pushed', '--server', server.url, '--token', admin), /there is no team plan "never-pushed"/);
    assertRefused(await preflight('push', 'missing.json', '--server', server.url, '--token', admin), /missing\.json: cannot read file: no such file/);
  });

  test('bad command lines are refused with the usage', async () => {
    assertRefused(await preflight('share', 'ready-plan', '--role', 'editor', '--expires', '10x'), /^--expires: "10x" must be a number and a unit, s \(seconds\), m \(minutes\), h \(hours\) or d \(days\): 1s, 15m, 12h, 30d\n\nUsage: preflight share/);
    assertRefused(await preflight('share', 'ready-plan', '--role', 'owner'), /--role: "owner" must be editor, viewer or admin/);
    assertRefused(await preflight('share', 'ready-plan'), /--role is required/);
    assertRefused(await preflight('share', 'ready-plan', '--role', 'admin'), /an admin token covers every plan: give \* as the plan id/);
    assertRefused(await preflight('share', '*', '--role', 'editor'), /\* \(every plan\) is for --role admin/);
    assertRefused(await preflight('pull', 'ready-plan', '--token', admin), /^--server is required/);
    assertRefused(await preflight('pull', 'ready-plan', '--server', server.url), /^pull: --token is required/);
    assertRefused(await preflight('pull', 'ready-plan', '--server', 'not a url', '--token', admin), /--server: "not a url" is not a URL/);
    assertRefused(await preflight('pull', 'ready-plan', '--server', 'ftp://127.0.0.1', '--token', admin), /must be an http, https, ws or wss URL/);
    assertRefused(await preflight('pull', '--server', server.url, '--token', admin), /^pull: give the plan id/);
    assertRefused(await preflight('push', 'ready.json', '--server', server.url, '--token', admin, '--force'), /^push: Unknown option '--force'/);
    assertRefused(await preflight('check', 'ready.json', '--server', server.url, '--token', admin), /^check: with --server, check takes plan ids, not files \("ready\.json"\)/);
  });

  test('without the team package, a team command says what is missing', async () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone, { recursive: true });
    copyFileSync(join(root, 'packages/core/dist/main.js'), join(alone, 'main.js'));
    const r = await runNode(join(alone, 'main.js'), ['pull', 'ready-plan', '--server', server.url, '--token', admin]);
    assertRefused(r, /^preflight pull: the team commands need the team server's package, @preflight\/server, which cannot be loaded/);
    const local = await runNode(join(alone, 'main.js'), ['check', join(dir, 'ready.json'), '--now', NOW]);
    assert.equal(local.status, 0, 'check on files needs no team package');
  });
});

describe('preflight-server refuses a bad command line before starting', () => {
  test('a team config with unknown settings, naming the path', async () => {
    const config = join(dir, 'team-bad.json');
    writeFileSync(config, JSON.stringify({ rules: {}, colour: 'red' }));
    const r = await runNode(serverBin, ['--config', config, '--port', '0', '--data', join(dir, 'server-data')]);
    assertRefused(r, new RegExp(`is not a valid team config:\\n {2}${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:colour: "colour" is not a team setting`));
    const missing = await runNode(serverBin, ['--config', join(dir, 'nope.json'), '--port', '0', '--data', join(dir, 'server-data')]);
    assertRefused(missing, /cannot read .*nope\.json: ENOENT/);
  });

  test('--port abc', async () => {
    assertRefused(await runNode(serverBin, ['--port', 'abc', '--data', join(dir, 'server-data')]), /--port must be a number from 0 to 65535, got "abc"/);
  });

  test('--help', async () => {
    const r = await runNode(serverBin, ['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: preflight-server /);
  });
});
