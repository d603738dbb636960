import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SECRET } from './server.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `preflight-server` in a process of its own, so a test can kill -9 it like a crash. */
export interface ServerProcess {
  url: string;
  wsUrl: string;
  child: ChildProcess;
  output: () => string;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServerProcess(options: { port: number; dataDir: string; env?: Record<string, string>; name?: string }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', String(options.port), '--data', options.dataDir, ...(options.name ? ['--name', options.name] : [])], {
    env: { ...process.env, PREFLIGHT_SECRET: SECRET, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const check = () => (output.includes('Preflight team server on') ? resolve() : undefined);
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`preflight-server exited with ${code}: ${output}`)));
    // Not a limit: a start that takes long says so, with what the server printed, so a hang names itself.
    const slow = setInterval(() => console.error(`preflight-server on port ${options.port} has not said it is ready yet; it printed:\n${output.slice(-2000)}`), 30_000);
    child.stdout!.on('data', () => output.includes('Preflight team server on') && clearInterval(slow));
    child.once('exit', () => clearInterval(slow));
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    wsUrl: `ws://127.0.0.1:${options.port}`,
    child,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
