// Builds every package: the core CLI, the widgets, the workspace with the embed page, and the extension.
import { spawnSync } from 'node:child_process';

const steps = [
  ['core', 'scripts/build-core.mjs'],
  ['components', 'scripts/build-components.mjs'],
  ['workspace', 'scripts/build-workspace.mjs'],
  ['extension', 'scripts/build-extension.mjs'],
];

for (const [name, script] of steps) {
  const { status } = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build of ${name} failed`);
    process.exit(status ?? 1);
  }
}
