// `npm start`: builds the core, the widgets, the workspace with the embed page and the
// extension, starts the team server with the sample plan on it, then serves the workspace on
// localhost until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';
import { resolve } from 'node:path';
import { serveStatic } from './serve.mjs';

const SITE = 'packages/workspace/dist';

function step(name, args) {
  console.log(`\n▸ ${name}`);
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}

step('core', ['scripts/build-core.mjs']);
step('widgets and drop-in', ['scripts/build-components.mjs']);
step('workspace and embed page', ['scripts/build-workspace.mjs']);
// The unpacked builds are what a browser loads; `npm run build` also zips them for the stores.
step('extension (Chrome and Firefox, unpacked)', ['scripts/build-extension.mjs', '--unpacked']);

/**
 * The team server on TEAM_PORT (default 1234), data in .preflight-data/. Only one: a second server on
 * the same data folder would share its embedded database, so a taken port is reported, not moved from.
 */
async function startTeamServer() {
  const port = Number(process.env.TEAM_PORT ?? 1234);
  const child = spawn(process.execPath, ['packages/server/bin/preflight-server.js', '--port', String(port), '--data', '.preflight-data'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = await new Promise((resolveReady) => {
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('Preflight team server on')) resolveReady(true);
    });
    child.stderr.on('data', (d) => (output += d));
    child.once('exit', () => resolveReady(false));
  });
  if (ready) return { child, port, ws: `ws://127.0.0.1:${port}`, http: `http://127.0.0.1:${port}` };
  console.error(`The team server did not start (set TEAM_PORT for another port):\n${output}`);
  return undefined;
}

const share = (plan, role, name) => {
  const { stdout, status, stderr } = spawnSync(process.execPath, ['packages/core/bin/preflight.js', 'share', plan, '--role', role, '--name', name, '--data', '.preflight-data'], { encoding: 'utf8' });
  if (status !== 0) throw new Error(stderr);
  return stdout.trim().split('\n').pop();
};

console.log('\n▸ team server (first start sets up its database in .preflight-data/, about 10 s)');
const team = await startTeamServer();
// Signed before the site is served: the workspace reads it from /team-server.json at start.
const admin = team ? share('*', 'admin', 'Workspace on this computer') : undefined;
const teamConfig = team ? JSON.stringify({ url: team.ws, http: team.http, token: admin }) : undefined;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** /team-server.json: the team server's addresses and an admin token, for the workspace on this machine only. */
function routes(url, req) {
  if (url.pathname !== '/team-server.json') return undefined;
  // Loopback peers only, asked for by this machine's name (a rebound DNS name gets nothing), and no CORS: the token is an admin's.
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !['localhost', '127.0.0.1', '[::1]'].includes(host)) return { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Only for this machine' };
  if (!teamConfig) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'No team server is running' };
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: teamConfig };
}

const preferred = Number(process.env.PORT ?? 4173);
let served;
for (let port = preferred; !served && port < preferred + 20; port++) {
  try {
    served = await serveStatic(SITE, { port, host: '127.0.0.1', routes });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!served) {
  console.error(`No free port from ${preferred} to ${preferred + 19}: set PORT to another one.`);
  process.exit(1);
}
const { url, server } = served;

let teamLines = '  Team server: not running (see above)';
if (team) {
  // The same sample as the workspace's first run, dated around today.
  const { samplePlanFor } = await tsImport('../packages/workspace/src/sample-plan.ts', import.meta.url);
  const sample = samplePlanFor(undefined);
  // The sample plan goes to the team server once; the team's later edits are never overwritten.
  const existing = await fetch(`${team.http}/plans/${sample.id}`, { headers: { Authorization: `Bearer ${admin}` } });
  if (existing.status === 404) {
    await fetch(`${team.http}/plans/${sample.id}`, { method: 'PUT', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' }, body: JSON.stringify(sample) });
  }
  const live = (name) => `${url}embed.html#widget=blocker-log&sync=${encodeURIComponent(team.ws)}&plan=${sample.id}&token=${share(sample.id, 'editor', name)}`;
  teamLines = `  Team server: ${team.ws}   (health: ${team.http}/health; data in ${resolve('.preflight-data')}; the workspace lists its plans)
  Live plan, as Alice:  ${live('Alice')}
  Live plan, as Bob:    ${live('Bob')}
               (open each in its own browser: edits in one show in the other)`;
}
console.log(`
Preflight is running.

  Workspace:   ${url}
  Embed page:  ${url}embed.html#widget=checklist&plan=sample-webinar
  Drop-in:     ${url}preflight.js   (to serve from another site: packages/components/dist/dropin/)
${teamLines}
  Extension:   ${resolve('packages/extension/.output/chrome-mv3')}
               (Chrome: chrome://extensions → Developer mode → Load unpacked; Firefox build: packages/extension/.output/firefox-mv3)

Press Ctrl+C to stop.`);

const stop = () => {
  team?.child.kill('SIGTERM');
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
