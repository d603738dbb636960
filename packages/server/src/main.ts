// `preflight-server`: reads the command line and the environment, then runs the team server until stopped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTeamConfig, resolveTeamSecrets, type TeamConfig } from '@preflight/core/team-config';
import { loadSecret } from './auth/tokens.js';
import { startTeamServer } from './server.js';

const USAGE = `Usage: preflight-server [--port 1234] [--host 127.0.0.1] [--data DIR] [--config team.json]

Serves team plans: one live, shared document per plan (WebSocket and HTTP on one port).
  --data     where the embedded database and the signing secret live (default .preflight-data)
  --config   the team's settings (rules, notify, people, scheduleSeconds), checked before the server starts
Environment: PREFLIGHT_SECRET (token signing secret), DATABASE_URL (postgres://… instead of the
embedded database), REDIS_URL (redis://… to run several instances behind a load balancer), PORT,
and any \${NAME} the config's notify.smtp or notify.webhooks name (passwords, webhook tokens).
`;

/** How long a stop may take to store open plans and close the database before the process exits anyway. */
const STOP_GRACE_MS = 15_000;

function fail(message: string): never {
  process.stderr.write(`preflight-server: ${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, config: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const portText = values.port ?? process.env.PORT ?? '1234';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) fail(`--port must be a number from 0 to 65535, got "${portText}"`);
const dataDir = resolve(values.data ?? '.preflight-data');
let config: TeamConfig | undefined;
if (values.config) {
  let text;
  try {
    text = readFileSync(values.config, 'utf8');
  } catch (error) {
    fail(`cannot read ${values.config}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    fail(`${values.config} is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseTeamConfig(json);
  const resolved = parsed.ok ? resolveTeamSecrets(parsed.value, process.env) : parsed;
  if (!parsed.ok || !resolved.ok) fail(`${values.config} is not a valid team config:\n${resolved.problems.map((p) => `  ${values.config}:${p.path}: ${p.message}`).join('\n')}`);
  // As written: the server reads ${NAME} secrets itself, so an edit made in the workspace keeps them as references.
  config = parsed.value;
}

try {
  const server = await startTeamServer({
    port,
    host: values.host ?? '127.0.0.1',
    dataDir,
    secret: loadSecret(dataDir),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(values.name ? { name: values.name } : {}),
    ...(config ? { config } : {}),
  });
  const storage = process.env.DATABASE_URL ? 'Postgres (DATABASE_URL)' : `embedded, in ${dataDir}`;
  const channels = config ? [config.notify.webhooks.length ? `${config.notify.webhooks.length} webhook${config.notify.webhooks.length === 1 ? '' : 's'}` : '', config.notify.smtp ? 'email' : ''].filter(Boolean) : [];
  const notifying = channels.length ? `; notifications: ${channels.join(' and ')}, every ${config!.scheduleSeconds} s` : '';
  process.stdout.write(`Preflight team server on ${server.wsUrl} (HTTP ${server.url}/health); storage: ${storage}${process.env.REDIS_URL ? '; Redis on' : ''}${notifying}\n`);
  let stopping = false;
  const stop = async () => {
    // A second Ctrl+C or SIGTERM while stopping means now.
    if (stopping) process.exit(1);
    stopping = true;
    // A stop that cannot finish (a plan that will not close, a database that does not answer) still ends the
    // process, saying so: what was stored before stays stored, and clients send again what the server lacks.
    const stuck = setTimeout(() => {
      process.stderr.write(`preflight-server: still stopping after ${STOP_GRACE_MS / 1000} s (${JSON.stringify(server.counts())}); exiting anyway\n`);
      process.exit(1);
    }, STOP_GRACE_MS);
    stuck.unref();
    await server.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
} catch (error) {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') fail(`port ${port} is in use: choose another with --port`);
  if (err.code === 'ECONNREFUSED') fail(`cannot reach the database: ${err.message}`);
  fail(err.message);
}
