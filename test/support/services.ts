// Starts real Redis and PostgreSQL servers on loopback for the team server's Node tests,
// installing Debian's packages when they are missing and we are root with apt-get.
import { execFile, execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisService {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Graceful shutdown (SIGTERM). Safe to call twice. */
  stop(): Promise<void>;
  /** kill -9 of the server: a crash, as the team server would see one. */
  kill(): Promise<void>;
  /** Starts it again on the same port after stop() or kill(); nothing when it runs. */
  start(): Promise<void>;
}

export interface PostgresService {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, no password) */
  url: string;
  port: number;
  /** pg_ctl stop -m fast. Safe to call twice. */
  stop(): Promise<void>;
  /** kill -9 of the postmaster and its backends: a crash, as the team server would see one. */
  kill(): Promise<void>;
  /** Starts it again on the same port, with the same data, after stop() or kill(); nothing when it runs. */
  start(): Promise<void>;
  /** Creates a fresh empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const isRoot = process.getuid?.() === 0;

// ── Installing ────────────────────────────────────────────────────────────────

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

// One apt-get at a time (dpkg holds a lock), and one `apt-get update` per process.
let aptQueue: Promise<unknown> = Promise.resolve();
let aptUpdated = false;

/** Returns what `find` finds, installing Debian's `aptPackage` first when it finds nothing. */
async function installed<T>(name: string, aptPackage: string, find: () => T | undefined): Promise<T> {
  const found = find();
  if (found !== undefined) return found;
  if (isRoot && hasAptGet()) {
    const install = aptQueue.then(async () => {
      if (find() !== undefined) return;
      console.log(`No ${name} found: installing Debian's ${aptPackage} package (apt-get install ${aptPackage})…`);
      if (!aptUpdated) await run('apt-get', ['update', '-qq']);
      aptUpdated = true;
      await run('apt-get', ['install', '-y', '-qq', aptPackage], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    });
    aptQueue = install.catch(() => undefined);
    await install;
    const now = find();
    if (now !== undefined) return now;
  }
  throw new Error(`No ${name} found. The team server's tests need it: install it with \`sudo apt-get install ${aptPackage}\` (Debian/Ubuntu) and run them again.`);
}

function findRedisServer(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  return found || ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((p) => existsSync(p));
}

/** Debian puts each major version's binaries in /usr/lib/postgresql/<version>/bin; the newest wins. */
function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, 'bin', 'pg_ctl')) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

// ── Processes ─────────────────────────────────────────────────────────────────

interface Account {
  uid: number;
  gid: number;
}

/** Runs a command to its end; the error carries its output, which says why it failed. */
function run(command: string, args: string[], options: { as?: Account; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: options.cwd, env: options.env, uid: options.as?.uid, gid: options.as?.gid, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed (${error.code ?? error.signal}):\n${stderr}${stdout}`.trim()));
      else resolve(stdout);
    });
  });
}

/** Postgres refuses to run as root: as root we run its programs as Debian's postgres system user. */
function postgresAccount(): Account | undefined {
  if (!isRoot) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('PostgreSQL will not run as root and there is no postgres user to run it as: Debian\'s postgresql package creates one (sudo apt-get install postgresql), or run the tests as another user.');
  }
}

/** Alive, and not a zombie: a dead child nobody reaped (a container without an init) still answers kill(pid, 0). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return !existsSync('/proc/self');
  }
}

/** The processes whose parent is `pid` (Linux's /proc; none elsewhere). */
function childrenOf(pid: number): number[] {
  if (!existsSync('/proc/self')) return [];
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // It ended while we looked.
    }
  }
  return children;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = STARTUP_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ── Ports ─────────────────────────────────────────────────────────────────────

/** A port nothing listens on now; another process could still take it before we do (see startOnFreePort). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Tries a few free ports: between freePort() closing its socket and the server binding, another process may take it. */
async function startOnFreePort(start: (port: number) => Promise<void>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt >= 3 || !/address already in use/i.test((error as Error).message)) throw error;
    }
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** True when a Redis server answers PING on the port (RESP inline command, no client library). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}

// ── Cleaning up at exit ───────────────────────────────────────────────────────

// Whatever a test leaves running is killed when its process ends, so a failing test never leaves a daemon behind.
const cleanups = new Set<() => void>();
let cleanupRegistered = false;

function cleanUpEverything(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Clean up the rest.
    }
  }
  cleanups.clear();
}

function registerCleanup(cleanup: () => void): void {
  cleanups.add(cleanup);
  if (cleanupRegistered) return;
  cleanupRegistered = true;
  process.on('exit', cleanUpEverything);
  // A signal ends the process without 'exit': clean up, then let the signal do what it would have done.
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(name, () => {
      cleanUpEverything();
      if (process.listenerCount(name) === 0) process.kill(process.pid, name);
    });
  }
}

// ── Redis ─────────────────────────────────────────────────────────────────────

export async function startRedis(): Promise<RedisService> {
  const redisServer = await installed('redis-server', 'redis-server', findRedisServer);
  const dir = mkdtempSync(join(tmpdir(), 'preflight-redis-'));
  const log = join(dir, 'redis.log');
  let child: ChildProcess | undefined;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  const exited = (server: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.ref(); // keep the event loop alive while we wait for it
      server.once('exit', () => resolve());
    });

  const launch = async (port: number) => {
    const logFd = openSync(log, 'a');
    const launched = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      cwd: dir,
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    // A test that forgets to stop it must not hang its process: the exit cleanup kills it.
    launched.unref();
    child = launched;
    await waitFor(`redis-server on port ${port}`, async () => {
      if (launched.exitCode !== null || launched.signalCode !== null) {
        throw new Error(`redis-server exited (${launched.exitCode ?? launched.signalCode}) before answering PING on port ${port}:\n${tail(log)}`);
      }
      return answersPing(port);
    });
  };

  registerCleanup(() => {
    if (running()) child!.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const port = await startOnFreePort(launch);

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (!child || !running()) return;
      const stopping = child;
      // SIGTERM is Redis's graceful shutdown; one that hangs is killed.
      stopping.kill('SIGTERM');
      const timer = setTimeout(() => stopping.kill('SIGKILL'), 10_000);
      await exited(stopping);
      clearTimeout(timer);
    },
    async kill() {
      if (!child || !running()) return;
      child.kill('SIGKILL');
      await exited(child);
    },
    async start() {
      if (running()) return;
      await launch(port);
    },
  };
}

// ── PostgreSQL ────────────────────────────────────────────────────────────────

export async function startPostgres(): Promise<PostgresService> {
  const bin = await installed('PostgreSQL (/usr/lib/postgresql/*/bin/pg_ctl)', 'postgresql', findPostgresBin);
  const account = postgresAccount();
  // The folder holds the data (data/), the server's socket and its log; as root, the postgres user owns it.
  const dir = mkdtempSync(join(tmpdir(), 'preflight-postgres-'));
  if (account) chownSync(dir, account.uid, account.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  // cwd: the postgres user may not be allowed into the repository's folder.
  const asServer = { as: account, cwd: dir };

  /** postmaster.pid: line 1 the postmaster's pid, line 7 the System V shared memory key and id. */
  const readPidFile = (): { pid: number; shmId: string | undefined } | undefined => {
    try {
      const lines = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n');
      const pid = Number(lines[0]);
      return pid > 0 ? { pid, shmId: lines[6]?.trim().split(/\s+/)[1] } : undefined;
    } catch {
      return undefined;
    }
  };
  const running = () => {
    const pidFile = readPidFile();
    return pidFile !== undefined && isAlive(pidFile.pid);
  };

  /**
   * SIGKILLs the postmaster and its backends (stopped first so it cannot fork one we would miss), and has the kernel drop
   * its System V segment once they are gone: a killed postmaster never removes it.
   */
  const killServer = (): number[] => {
    const pidFile = readPidFile();
    if (!pidFile || !isAlive(pidFile.pid)) return [];
    signal(pidFile.pid, 'SIGSTOP');
    const processes = [pidFile.pid, ...childrenOf(pidFile.pid)];
    for (const pid of processes) signal(pid, 'SIGKILL');
    if (pidFile.shmId) spawnSync('ipcrm', ['-m', pidFile.shmId], { stdio: 'ignore' });
    return processes;
  };

  /** A killed server leaves its lock files; the next start must not take them for a live server's (its pid may be a zombie's). */
  const removeLockFiles = () => {
    const pidFile = readPidFile();
    if ((pidFile && isAlive(pidFile.pid)) || !existsSync(dir)) return;
    rmSync(join(data, 'postmaster.pid'), { force: true });
    for (const entry of readdirSync(dir)) if (/^\.s\.PGSQL\.\d+\.lock$/.test(entry)) rmSync(join(dir, entry), { force: true });
  };

  const launch = async (port: number) => {
    removeLockFiles();
    // dynamic_shared_memory_type=mmap keeps its segments in the data folder: none are left in /dev/shm after a kill -9.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c dynamic_shared_memory_type=mmap`;
    try {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', options, '-w', '-t', String(STARTUP_TIMEOUT_MS / 1000), 'start'], asServer);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${tail(log)}`);
    }
    await waitFor(`PostgreSQL to accept TCP connections on port ${port}`, () => canConnect(port));
  };

  const cleanUp = () => {
    killServer();
    rmSync(dir, { recursive: true, force: true });
  };
  registerCleanup(cleanUp);
  let port: number;
  try {
    // --locale=C: the machine's locale may not be generated; --no-sync: a test cluster need not survive a power cut.
    await run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], asServer);
    port = await startOnFreePort(launch);
  } catch (error) {
    cleanUp();
    cleanups.delete(cleanUp);
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (!running()) return;
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'], asServer);
    },
    async kill() {
      const killed = killServer();
      await waitFor('the killed PostgreSQL processes to end', () => !killed.some(isAlive), 10_000);
      removeLockFiles();
    },
    async start() {
      if (running()) return;
      await launch(port);
    },
    async createDatabase(name: string) {
      // createdb quotes the name itself; the URL needs it encoded.
      await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
  };
}
