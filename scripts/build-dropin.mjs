// The embeddable parts of @preflight/components:
// - dist/dropin/: the intranet drop-in, a folder to copy as it is: preflight.js, a small module that
//   registers each element when its tag appears in the page (`<script type="module" src>`),
//   preflight-store.js and the chunks both load, in preflight-chunks/ beside them;
// - custom-elements.json: the elements' contract, analysed from their JSDoc;
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minifyTemplateLiteralsPlugin } from './minify-template-literals.mjs';
import { BROWSER_CONDITIONS } from './browser-conditions.mjs';

const pkg = 'packages/components';
export const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: BROWSER_CONDITIONS,
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  plugins: [minifyTemplateLiteralsPlugin],
  logLevel: 'warning',
};

/** The drop-in's folder: everything a page needs, and nothing else, so copying it is all it takes. */
export const DROPIN = `${pkg}/dist/dropin`;

/** Where the drop-in's shared and lazy chunks go, beside preflight.js. */
const CHUNKS = 'preflight-chunks';

/**
 * The drop-in: one module, so a single script tag is all a page needs. It is the loader of
 * `define/lazy.ts`: each element's code is a chunk fetched when its tag first appears in the page (or
 * is added later), so a page with one badge loads the badge's code only. It is built together with
 * `preflight-store.js` (the IndexedDB plan store) with code splitting: what several elements or the
 * store use (Lit, zod and the plan format) is in chunks loaded once, and the store, Floating UI and the
 * virtualizer's layout are chunks fetched on first use, so pages that pass `.plan` never load the store.
 */
export async function buildDropin() {
  const outdir = DROPIN;
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { preflight: `${pkg}/src/define/lazy.ts`, 'preflight-store': 'packages/core/src/store/index.ts' },
    outdir,
    splitting: true,
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    sourcemap: true,
  });
}

/**
 * Analyses the elements' JSDoc into a custom-elements manifest and returns its text (stable
 * formatting, so the committed file changes only when the contract does). `outdir` is relative to the package.
 */
export function analyseElements(outdir = '.') {
  const { status, stderr } = spawnSync('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'], { cwd: pkg, encoding: 'utf8' });
  if (status !== 0) throw new Error(`custom-elements manifest: ${stderr}`);
  const path = `${pkg}/${outdir}/custom-elements.json`;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  // The analyser lists modules in directory order, which differs between file systems.
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(path, text);
  return text;
}

/** Builds everything embeddable. For tests the committed manifest is left as it is, so a stale one is caught. */
export async function buildEmbeddables({ forTests = false } = {}) {
  mkdirSync(`${pkg}/dist`, { recursive: true });
  await buildDropin();
  if (!forTests) analyseElements();
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEmbeddables();
