// The packages as an integrator gets them: `npm pack` of @preflight/core and @preflight/components,
// installed from the tarballs into a fresh project outside the repository (their dependencies from
// the registry or npm's cache), then used there: plain Node imports the core, TypeScript resolves
// the types through the exports, and esbuild bundles an element that Chromium then registers and renders.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { evaluate, parsePlan } from '@preflight/core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = join(root, 'examples/sample-plan.json');
const NOW = '2026-09-01T09:00:00Z';
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

interface Packed {
  filename: string;
  files: { path: string }[];
}

let dir: string;
const packed: Record<'core' | 'components', Packed> = {} as never;

/** Runs a command to its end; its output on failure names what failed. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} in ${cwd} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(() => {
  run(process.execPath, ['scripts/build-core.mjs'], root);
  run(process.execPath, ['scripts/build-components-dist.mjs'], root);
  dir = mkdtempSync(join(tmpdir(), 'preflight-packed-'));
  for (const name of ['core', 'components'] as const) {
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], join(root, 'packages', name))) as Packed[];
    packed[name] = info!;
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'integrator',
      private: true,
      type: 'module',
      dependencies: { '@preflight/core': `file:./${packed.core.filename}`, '@preflight/components': `file:./${packed.components.filename}` },
    }),
  );
  // Another install may hold npm's cache for a while: take turns, as every install here does.
  run('flock', ['/tmp/npm.lock', 'npm', 'install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], dir);
  copyFileSync(SAMPLE, join(dir, 'plan.json'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('the tarballs', () => {
  test('hold the built modules and their declarations, and no tests, stories or demo', () => {
    for (const [name, entries] of [
      ['core', ['dist/index.js', 'dist/index.d.ts', 'dist/schema.js', 'dist/time/index.d.ts', 'dist/cli/index.js', 'dist/cli/index.d.ts', 'dist/main.js', 'bin/preflight.js', 'plan.schema.json']],
      ['components', ['dist/index.js', 'dist/index.d.ts', 'dist/define/preflight-raci.js', 'dist/define/preflight-raci.d.ts', 'dist/react/index.js', 'custom-elements.json']],
    ] as const) {
      const files = packed[name].files.map((f) => f.path);
      for (const entry of entries) assert.ok(files.includes(entry), `${name}: ${entry} is packed`);
      const unwanted = files.filter((f) => /\.(test|stories)\.[jt]s$|(^|\/)(testing|story-[^/]*)(\.ts|\.js|\/)|^demo\/|^dist\/site\/|^src\/stories\//.test(f));
      assert.deepEqual(unwanted, [], `${name} packs no tests, stories, test helpers or demo`);
    }
  });
});

describe('@preflight/core in plain Node', () => {
  test('parses and evaluates a plan as the sources do', () => {
    writeFileSync(
      join(dir, 'judge.mjs'),
      `import { readFileSync } from 'node:fs';
import { evaluate, parsePlan } from '@preflight/core';
const parsed = parsePlan(JSON.parse(readFileSync('plan.json', 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
process.stdout.write(JSON.stringify(evaluate(parsed.value, { now: ${JSON.stringify(NOW)} })));
`,
    );
    const fromPackage = JSON.parse(run(process.execPath, ['judge.mjs'], dir));
    const parsed = parsePlan(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    assert.ok(parsed.ok);
    const fromSources = evaluate(parsed.value, { now: NOW });
    assert.ok(fromSources.findings.length > 0, 'the sample plan has findings to compare');
    assert.deepEqual(fromPackage, JSON.parse(JSON.stringify(fromSources)));
  });

  test('the main entry names what integrators use, not the tables and steps behind it', () => {
    writeFileSync(join(dir, 'entry.mjs'), `import * as core from '@preflight/core';\nconsole.log(JSON.stringify(Object.keys(core)));\n`);
    const names = new Set(JSON.parse(run(process.execPath, ['entry.mjs'], dir)) as string[]);
    for (const name of ['parsePlan', 'parseConfig', 'evaluate', 'verdictReasons', 'CAMPAIGN_TYPES', 'approvalDeciders', 'createPlanFromTemplate']) assert.ok(names.has(name), `${name} is exported`);
    for (const name of ['mayDecide', 'LIFECYCLE_MOVES', 'DEFAULT_RACI', 'templatePlanId', 'PlanSchema']) assert.ok(!names.has(name), `${name} stays in its module`);
  });

  test('the subpaths load, and a bad plan is refused with its path', () => {
    writeFileSync(
      join(dir, 'subpaths.mjs'),
      `import { parsePlan } from '@preflight/core';
import { isIsoDate } from '@preflight/core/time';
import { BlockerSchema } from '@preflight/core/schema';
import { checkCampaignFacts } from '@preflight/core/platform';
import { exportPlansJson } from '@preflight/core/exchange';
import { EXIT, InputError } from '@preflight/core/cli';
const bad = parsePlan({ schemaVersion: 3, id: 'x', steps: 'none' });
console.log(JSON.stringify({ date: isIsoDate('2026-02-29'), schema: typeof BlockerSchema.safeParse, facts: typeof checkCampaignFacts, exchange: typeof exportPlansJson, cli: [typeof InputError, EXIT.ok], ok: bad.ok, paths: bad.ok ? [] : bad.problems.map((p) => p.path) }));
`,
    );
    const out = JSON.parse(run(process.execPath, ['subpaths.mjs'], dir));
    assert.equal(out.date, false);
    assert.deepEqual([out.schema, out.facts, out.exchange], ['function', 'function', 'function']);
    assert.deepEqual(out.cli, ['function', 0], 'the CLI\u2019s shared commands load for the commands other packages add');
    assert.equal(out.ok, false);
    assert.ok(out.paths.includes('steps'), `the problems name steps: ${out.paths.join(', ')}`);
  });

  test('the CLI runs from the package', () => {
    const bin = join(dir, 'node_modules/.bin/preflight');
    const result = spawnSync(bin, ['check', 'plan.json', '--now', NOW, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 3, `a blocked plan exits 3: ${result.stderr}`);
    assert.match(result.stdout, /"state": "blocked"/);
  });
});

describe('types through the exports', () => {
  const tsconfig = { compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: true, noEmit: true, types: [] } };

  function typecheck(source: string): string {
    writeFileSync(join(dir, 'consumer.ts'), source);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['consumer.ts'] }));
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    return result.stdout + result.stderr;
  }

  test('a consumer typechecks against the core and the elements', () => {
    const errors = typecheck(`
import { evaluate, parsePlan, type Readiness } from '@preflight/core';
import { teamTime } from '@preflight/core/time';
import { EXIT } from '@preflight/core/cli';
import '@preflight/components/define/preflight-raci';
import type { PreflightBadge } from '@preflight/components';
const parsed = parsePlan({});
if (parsed.ok) {
  const readiness: Readiness = evaluate(parsed.value, { now: '2026-09-01T09:00:00Z' });
  readiness.state satisfies 'ready' | 'at-risk' | 'blocked';
}
teamTime('2026-09-01T09:00:00Z', 'Europe/Berlin') satisfies string;
EXIT.blocked satisfies 3;
document.createElement('preflight-raci').planId satisfies string | undefined;
const badge: PreflightBadge | null = document.querySelector('preflight-badge');
badge?.remove();
`);
    assert.equal(errors, '');
  });

  test('the types are real: a wrong use is an error naming them', () => {
    const errors = typecheck(`
import { evaluate, parsePlan } from '@preflight/core';
import '@preflight/components/define/preflight-raci';
const parsed = parsePlan({});
if (parsed.ok) {
  const score: string = evaluate(parsed.value, { now: '2026-09-01T09:00:00Z' }).score;
  console.log(score);
}
const raci: HTMLInputElement = document.createElement('preflight-raci');
console.log(raci);
`);
    assert.match(errors, /consumer\.ts\(6,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
    assert.match(errors, /consumer\.ts\(9,\d+\): error TS2\d+: Type 'PreflightRaci' is missing/);
  });
});

describe('@preflight/components with a bundler', () => {
  test('esbuild bundles the element entries, and the bundle registers and renders them in Chromium', async () => {
    writeFileSync(
      join(dir, 'page.js'),
      `import '@preflight/components/define/preflight-badge';
import '@preflight/components/define/preflight-raci';
import { parsePlan } from '@preflight/core';
export { parsePlan };
`,
    );
    const result = await build({ absWorkingDir: dir, entryPoints: ['page.js'], bundle: true, format: 'iife', globalName: 'page', platform: 'browser', write: false, logLevel: 'silent' });
    assert.deepEqual(result.errors, []);
    const bundle = result.outputFiles[0]!.text;
    assert.match(bundle, /customElements\.define\("preflight-raci"/);

    const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><preflight-badge></preflight-badge>');
      await page.addScriptTag({ content: bundle });
      const plan = JSON.parse(readFileSync(SAMPLE, 'utf8'));
      const shown = await page.evaluate(
        async (raw, now) => {
          const parsed = (window as unknown as { page: { parsePlan(x: unknown): { ok: boolean; value?: unknown } } }).page.parsePlan(raw);
          const badge = document.querySelector('preflight-badge') as HTMLElement & { plan: unknown; now: string; updateComplete: Promise<unknown> };
          badge.now = now;
          badge.plan = parsed.value;
          await badge.updateComplete;
          return { defined: ['preflight-badge', 'preflight-raci'].map((tag) => customElements.get(tag) !== undefined), text: badge.shadowRoot?.textContent ?? '' };
        },
        plan,
        NOW,
      );
      assert.deepEqual(shown.defined, [true, true]);
      assert.match(shown.text, /Blocked/);
    } finally {
      await browser.close();
    }
  });
});

// Guards the in-repo resolution: the tsconfig paths that tsc, tsx and esbuild read are the exports' `source` conditions.
test('tsconfig paths name the same sources as the packages\u2019 source conditions', () => {
  const { compilerOptions } = JSON.parse(
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--showConfig'], { cwd: root, encoding: 'utf8' }),
  ) as { compilerOptions: { paths: Record<string, string[]> } };
  const fromExports: Record<string, string[]> = {};
  for (const name of ['core', 'components']) {
    const { exports } = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, string | { source?: string }> };
    for (const [subpath, target] of Object.entries(exports)) {
      if (typeof target === 'object' && target.source) fromExports[`@preflight/${name}${subpath.slice(1)}`] = [`./packages/${name}/${target.source.slice(2)}`];
    }
  }
  assert.deepEqual(compilerOptions.paths, fromExports);
});
