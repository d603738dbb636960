// A web-test-runner plugin that starts the real team server (test/support/team-server.mjs) in a
// child process when the runner starts, and answers `team-server` with its addresses
// and an admin token: {url, wsUrl, adminToken}. The HTTP API allows any origin, so tests call it
// with fetch; the server stops when the runner does.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNNER = fileURLToPath(new URL('../../support/team-server.mjs', import.meta.url));

function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNNER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      child.stdout.off('data', onData);
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`the team server printed ${JSON.stringify(line)} instead of its addresses`));
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the team server exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

export function teamServerPlugin() {
  let running;
  return {
    name: 'team-server',
    // Started with the runner, not in a test's hook: on a loaded machine its start (compiling the
    // server, opening the embedded database) can take longer than a hook may.
    async serverStart() {
      running ??= startServer();
      await running.ready;
    },
    async serverStop() {
      if (!running) return;
      const { child } = running;
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
    async executeCommand({ command }) {
      if (command !== 'team-server') return undefined;
      running ??= startServer();
      return running.ready;
    },
  };
}
