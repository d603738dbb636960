// Builds the widgets into packages/components/dist: one ES module per element entry point
// (dist/define/<tag>.js registers the element) plus dist/index.js (classes only), with shared chunks.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

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
  conditions: ['browser', 'production'],
  tsconfig: 'tsconfig.json',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

// The drop-in bundle, custom-elements.json and the demo workspace with the embed page.
const { buildEmbeddables } = await import('./build-dropin.mjs');
await buildEmbeddables({ forTests: process.argv.includes('--for-tests') });
