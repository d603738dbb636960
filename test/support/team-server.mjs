// Starts the real team server (packages/server) for the browser tests, on a free loopback port with
// an embedded database in a temporary folder, and prints one JSON line: {url, wsUrl, adminToken}.
// Its notifications go to a webhook on loopback in this process, a pass every second (below what a
// team.json may ask, so a test sees a delivery soon after it makes a plan that needs one).
// Runs until its stdin closes (the test runner ended or died) or SIGTERM, then removes the folder.
// Usage: node --import tsx test/support/team-server.mjs
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { startTeamServer } = await import('../../packages/server/src/index.ts');

const webhook = createServer((request, response) => request.resume().on('end', () => response.end('ok')));
await new Promise((resolve) => webhook.listen(0, '127.0.0.1', resolve));
const team = {
  notify: { webhooks: [`http://127.0.0.1:${webhook.address().port}/hooks/browser-tests`], businessHoursOnly: false, digestHour: 9 },
  people: [{ role: 'Marketing director', name: 'Dana Reyes' }],
  scheduleSeconds: 1,
};

const dataDir = mkdtempSync(join(tmpdir(), 'preflight-browser-team-'));
const server = await startTeamServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  secret: randomBytes(24).toString('base64url'),
  // Quiet: the tests read the server through its API; its own log would only interleave with theirs.
  log: () => undefined,
  config: team,
});
const { token: adminToken } = await server.signToken({ plan: '*', role: 'admin', name: 'Browser tests', expiresInSeconds: 6 * 3600 });
process.stdout.write(`${JSON.stringify({ url: server.url, wsUrl: server.wsUrl, adminToken })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.close();
    webhook.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
}
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
