// Bundles the core's CLI into one file for `npx preflight`, and writes the plan's JSON Schema.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

await build({
  entryPoints: ['packages/core/src/cli/main.ts'].filter((f) => existsSync(f)),
  outdir: 'packages/core/dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
if (existsSync('scripts/write-schema.ts')) {
  const { spawnSync } = await import('node:child_process');
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-schema.ts'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
