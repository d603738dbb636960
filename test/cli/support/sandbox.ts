import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'packages/core/bin/preflight.js');

/** A temporary folder to run the built `preflight` in, as `npx preflight` would, with files written there. */
export function cliSandbox(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    /** Runs the built CLI as a process in the folder. */
    preflight(...args: string[]) {
      const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
      return { status, stdout, stderr };
    },
    /** Writes a file (JSON unless a string) in the folder and returns its name. */
    write(name: string, content: unknown) {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
      return name;
    },
  };
}

/** Builds the core to dist, which the CLI runs from. */
export function buildCore(): void {
  const build = spawnSync(process.execPath, ['scripts/build-core.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
}
