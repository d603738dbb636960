// For now `npm start` judges the sample plan with the CLI, as of a fixed instant so the result is the same every run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SAMPLE = 'examples/sample-plan.json';
const AS_OF = '2026-08-20T09:00:00Z';

if (!existsSync('packages/core/dist/main.js')) spawnSync(process.execPath, ['scripts/build-core.mjs'], { stdio: 'inherit' });
console.log(`Preflight: checking ${SAMPLE} as of ${AS_OF} (npx preflight --help for more)\n`);
const { status } = spawnSync(process.execPath, ['packages/core/bin/preflight.js', 'check', SAMPLE, '--now', AS_OF], { stdio: 'inherit' });
// A blocked plan (exit 3) is a result worth showing, not a failure to start.
process.exit(status === 3 ? 0 : (status ?? 1));
