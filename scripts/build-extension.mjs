// Builds the browser extension with WXT: Chrome MV3 and Firefox MV3, each zipped for its store.
// `--unpacked` builds only the unpacked Chrome and Firefox directories (no zips), as `npm start` loads
// them; `--for-tests` does the same with the bench probe in the content scripts, for the test suites
// and the bench. Every other build leaves the probe out.
import { spawnSync } from 'node:child_process';

const forTests = process.argv.includes('--for-tests');
const unpacked = forTests || process.argv.includes('--unpacked');
const cwd = 'packages/extension';

function wxt(...args) {
  console.log(`wxt ${args.join(' ')}`);
  const { status } = spawnSync('npx', ['--no-install', 'wxt', ...args], { cwd, stdio: 'inherit', env: { ...process.env, WXT_TELEMETRY: 'false', PREFLIGHT_BENCH_PROBE: forTests ? '1' : '0' } });
  if (status !== 0) process.exit(status ?? 1);
}

if (unpacked) {
  wxt('build', '-b', 'chrome');
  wxt('build', '-b', 'firefox', '--mv3');
} else {
  wxt('zip', '-b', 'chrome');
  wxt('zip', '-b', 'firefox', '--mv3');
}
console.log('extension: packages/extension/.output/{chrome-mv3,firefox-mv3}');
