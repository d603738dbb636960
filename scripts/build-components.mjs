// Builds the widgets into packages/components/dist: one ES module per element entry point
// (dist/define/<tag>.js registers the element) plus dist/index.js (classes only), with shared chunks,
// and a .d.ts beside each.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { BROWSER_CONDITIONS } from './browser-conditions.mjs';

const src = 'packages/components/src';
const defines = readdirSync(`${src}/define`).filter((f) => f.endsWith('.ts')).map((f) => `${src}/define/${f}`);

await build({
  entryPoints: [`${src}/index.ts`, ...defines],
  outdir: 'packages/components/dist',
  outbase: src,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  conditions: BROWSER_CONDITIONS,
  tsconfig: 'tsconfig.json',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  plugins: [minifyCssLiteralsPlugin],
  logLevel: 'warning',
});

// Declarations beside the modules (dist/define/<tag>.d.ts with its HTMLElementTagNameMap entry) for
// bundler users. A type error is reported but does not stop the build: `npm test` typechecks on its own.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'packages/components/tsconfig.types.json'], { stdio: 'inherit' });
if (types.status !== 0) console.warn('components: the declarations were emitted with type errors (above)');

// The drop-in bundle, custom-elements.json and the demo workspace with the embed page.
const { buildEmbeddables } = await import('./build-dropin.mjs');
await buildEmbeddables({ forTests: process.argv.includes('--for-tests') });
