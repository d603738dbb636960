// Builds the browser extension with WXT: Chrome MV3 and Firefox MV3, each zipped for its store.
// `--for-tests` builds only the unpacked Chrome and Firefox directories (no zips) for the test suites
// and the bench, with the bench probe in the content scripts; a release build leaves it out.
import { spawnSync } from 'node:child_process';

const forTests = process.argv.includes('--for-tests');
const cwd = 'packages/extension';

function wxt(...args) {
  console.log(`wxt ${args.join(' ')}`);
  const { status } = spawnSync('npx', ['--no-install', 'wxt', ...args], { cwd, stdio: 'inherit', env: { ...process.env, WXT_TELEMETRY: 'false', PREFLIGHT_BENCH_PROBE: forTests ? '1' : '0' } });
  if (status !== 0) process.exit(status ?? 1);
}

if (forTests) {
  wxt('build', '-b', 'chrome');
  wxt('build', '-b', 'firefox', '--mv3');
} else {
  wxt('zip', '-b', 'chrome');
  wxt('zip', '-b', 'firefox', '--mv3');
}
console.log('extension: packages/extension/.output/{chrome-mv3,firefox-mv3}');
