// Runs every test suite in order and ends with one plain line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { findFiles } from './files.mjs';
import { findChromium } from './chromium.mjs';
import { findFirefox } from './firefox.mjs';

mkdirSync('.tmp', { recursive: true });
const results = [];

function run(name, command, args, { counts, env } = {}) {
  console.log(`\n━━ ${name} ━━ ${[command, ...args].join(' ').slice(0, 160)}`);
  if (counts) rmSync(counts, { force: true });
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let passed = 0;
  let failed = 0;
  if (counts && existsSync(counts)) {
    ({ passed, failed } = JSON.parse(readFileSync(counts, 'utf8').trim().split('\n').pop()));
    // A runner that exits non-zero without a failing test still failed (a crash, a file that did not load).
    if (child.status !== 0 && failed === 0) failed = 1;
  } else if (child.status === 0) passed = 1;
  else failed = 1;
  results.push({ name, passed, failed, seconds });
  return child.status === 0;
}

const nodeTest = (name, files, counts) =>
  files.length
    ? run(name, process.execPath, [
        '--import', 'tsx', '--test', '--test-concurrency=1',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/count-reporter.mjs', `--test-reporter-destination=${counts}`,
        ...files,
      ], { counts })
    : results.push({ name, passed: 0, failed: 0, seconds: '0.0' });

let chromium;
try {
  chromium = findChromium();
  console.log(`Chromium: ${chromium}`);
  console.log(`Firefox: ${findFirefox()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

run('build', process.execPath, ['scripts/build.mjs', '--for-tests']);
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']) ;
run('typecheck (core without DOM)', 'npx', ['tsc', '-p', 'packages/core/tsconfig.rules.json']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);

const isBrowserTest = (p) => p.endsWith('.browser.test.ts');
nodeTest('unit', findFiles(['packages/core/src', 'packages/extension/src', 'test/cli', 'test/components', 'test/scripts'], (p) => p.endsWith('.test.ts') && !isBrowserTest(p)), '.tmp/unit-counts.json');
nodeTest('team server', findFiles(['packages/server/src', 'test/server'], (p) => p.endsWith('.test.ts') && !isBrowserTest(p)), '.tmp/server-counts.json');
run('browser (Chromium)', 'npx', ['wtr', '--config', 'web-test-runner.config.mjs'], { counts: '.tmp/wtr-counts.json', env: { CHROME_PATH: chromium, PREFLIGHT_COUNTS: '.tmp/wtr-counts.json' } });
const isFirefoxTest = (p) => /(^|\/)firefox-[^/]*\.test\.ts$/.test(p);
nodeTest('extension end-to-end (Chromium)', findFiles(['test/e2e'], (p) => p.endsWith('.test.ts') && !isFirefoxTest(p)), '.tmp/e2e-counts.json');
nodeTest('extension end-to-end (Firefox)', findFiles(['test/e2e'], isFirefoxTest), '.tmp/e2e-firefox-counts.json');

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.failed ? '✗' : '✓'} ${r.name.padEnd(34)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds}s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
