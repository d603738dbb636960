// Proves the team server's test services are real servers: they answer, keep data, crash on kill() and come back on start().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startPostgres, startRedis } from '../support/services.ts';

const execFileAsync = promisify(execFile);

type RedisReply = string | number | null;

/** Parses one RESP reply; undefined while it is incomplete. Enough for PING, SET and GET. */
function parseRedisReply(reply: Buffer): RedisReply | Error | undefined {
  const lineEnd = reply.indexOf('\r\n');
  if (lineEnd < 0) return undefined;
  const line = reply.toString('utf8', 1, lineEnd);
  switch (reply.toString('latin1', 0, 1)) {
    case '+':
      return line;
    case '-':
      return new Error(line);
    case ':':
      return Number(line);
    case '$': {
      const length = Number(line);
      if (length < 0) return null;
      const start = lineEnd + 2;
      return reply.length >= start + length + 2 ? reply.toString('utf8', start, start + length) : undefined;
    }
    default:
      return new Error(`Unexpected reply: ${reply.toString('latin1')}`);
  }
}

/** Sends one command to Redis over a fresh raw socket (no client library) and returns its reply. */
function redisCommand(port: number, ...args: string[]): Promise<RedisReply> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = Buffer.alloc(0);
    socket.setTimeout(2000, () => {
      socket.destroy();
      reject(new Error(`No reply to ${args[0]}`));
    });
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      reply = Buffer.concat([reply, chunk]);
      const parsed = parseRedisReply(reply);
      if (parsed === undefined) return;
      socket.destroy();
      if (parsed instanceof Error) reject(parsed);
      else resolve(parsed);
    });
    socket.write(args.reduce((command, arg) => `${command}$${Buffer.byteLength(arg)}\r\n${arg}\r\n`, `*${args.length}\r\n`));
  });
}

/** Runs SQL with psql (installed with Debian's postgresql) and returns its unaligned output. */
async function psql(url: string, sql: string): Promise<string> {
  const { stdout } = await execFileAsync('psql', [url, '-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  return stdout.trim();
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

test('Redis answers PING, keeps what is SET, refuses connections once killed and comes back on the same port', async (t) => {
  const redis = await startRedis();
  t.after(() => redis.stop());
  assert.equal(redis.url, `redis://127.0.0.1:${redis.port}`);

  assert.equal(await redisCommand(redis.port, 'PING'), 'PONG');
  assert.equal(await redisCommand(redis.port, 'SET', 'room:1', 'héllo'), 'OK');
  assert.equal(await redisCommand(redis.port, 'GET', 'room:1'), 'héllo');

  await redis.kill();
  await assert.rejects(redisCommand(redis.port, 'PING'), /ECONNREFUSED/);

  await redis.start();
  assert.equal(await redisCommand(redis.port, 'PING'), 'PONG');
  // Nothing is saved to disk (--save '' --appendonly no): a restarted Redis starts empty.
  assert.equal(await redisCommand(redis.port, 'GET', 'room:1'), null);

  await redis.stop();
  await assert.rejects(redisCommand(redis.port, 'PING'), /ECONNREFUSED/);
  await redis.stop(); // twice is fine
  await redis.start();
  assert.equal(await redisCommand(redis.port, 'PING'), 'PONG');
});

test('PostgreSQL answers, creates databases, keeps data across a clean stop and recovers from kill -9 on the same port', async (t) => {
  const postgres = await startPostgres();
  t.after(() => postgres.stop());
  assert.equal(postgres.url, `postgres://postgres@127.0.0.1:${postgres.port}/postgres`);
  assert.equal(await psql(postgres.url, 'select 1'), '1');

  const url = await postgres.createDatabase('team_documents');
  assert.equal(url, `postgres://postgres@127.0.0.1:${postgres.port}/team_documents`);
  assert.equal(await psql(url, 'select current_database()'), 'team_documents');
  assert.equal(await psql(url, "select count(*) from pg_tables where schemaname = 'public'"), '0', 'a fresh database is empty');
  await psql(url, "create table documents (name text primary key, body bytea); insert into documents values ('plan', '\\x0102')");

  await postgres.stop();
  assert.equal(await acceptsConnections(postgres.port), false);
  await postgres.stop(); // twice is fine
  await postgres.start();
  assert.equal(await psql(url, "select name || ':' || encode(body, 'hex') from documents"), 'plan:0102');

  await psql(url, "insert into documents values ('after-restart', '\\x03')");
  await postgres.kill();
  assert.equal(await acceptsConnections(postgres.port), false);
  await assert.rejects(psql(url, 'select 1'));

  await postgres.start();
  // Committed rows survive a crash: crash recovery replays the WAL (fsync=off only risks a power cut).
  assert.equal(await psql(url, 'select count(*) from documents'), '2');
  assert.equal(await psql(postgres.url, "select count(*) from pg_database where datname = 'team_documents'"), '1');
});

test('a test process that ends without stopping its services leaves no server running and no temporary folder', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'preflight-services-exit-'));
  // As root the servers run as the postgres user, which must be able to enter the folder.
  chmodSync(tmp, 0o755);
  try {
    const services = pathToFileURL(join(import.meta.dirname, '../support/services.ts')).href;
    const script = `
      import { startPostgres, startRedis } from ${JSON.stringify(services)};
      const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
      console.log(JSON.stringify({ redis: redis.port, postgres: postgres.port }));
      throw new Error('a failing test');
    `;
    const result = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: tmp } }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    assert.match(result.stderr, /a failing test/, 'the script ends with its error, not an earlier one');
    const ports = JSON.parse(result.stdout.trim().split('\n').pop()!) as { redis: number; postgres: number };
    assert.equal(await acceptsConnections(ports.redis), false);
    assert.equal(await acceptsConnections(ports.postgres), false);
    assert.deepEqual(readdirSync(tmp).filter((name) => name.startsWith('preflight-')), []);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
