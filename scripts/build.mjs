// Builds every package: the core CLI, then (as they exist) the widgets and the extension.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [['core', 'scripts/build-core.mjs']];
if (existsSync('scripts/build-components.mjs')) steps.push(['components', 'scripts/build-components.mjs']);
if (existsSync('scripts/build-extension.mjs')) steps.push(['extension', 'scripts/build-extension.mjs']);

for (const [name, script] of steps) {
  const { status } = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build of ${name} failed`);
    process.exit(status ?? 1);
  }
}
