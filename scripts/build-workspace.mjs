// Builds the workspace app and the Notion embed page (packages/workspace) into packages/workspace/dist:
// index.html (the workspace), embed.html (one widget per page, configured by the URL hash), and the
// drop-in copied beside them for the snippets the share panel gives out, and preflight.css: the elements'
// tokens and controls for a page (the workspace's and the embed page's own styles are written in them).
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { common, DROPIN } from './build-dropin.mjs';

const pkg = 'packages/workspace';

/** Where the built site is: what `npm start` serves and what a team hosts for Notion. */
export const SITE = `${pkg}/dist`;

/**
 * In the embed page, the sync client is a second classic script (`embed-team-sync.js`), added only
 * for a team plan: one classic script cannot load a chunk, and would otherwise carry it always.
 * Every import of the client's loader (the elements' and the page's own) is pointed at the page's.
 */
const embedTeamSyncPlugin = {
  name: 'embed-team-sync',
  setup(b) {
    b.onResolve({ filter: /(\/team-sync\/load\.js|^@preflight\/components\/team-sync\/load)$/ }, () => ({ path: resolvePath(`${pkg}/src/embed/load-team-sync.ts`) }));
  },
};

/**
 * The workspace, and the embed page as one classic script: a sandboxed frame without
 * allow-same-origin has an opaque origin, and module scripts would then need CORS headers from
 * whatever server hosts the page. Needs the drop-in built first (build-dropin.mjs).
 */
export async function buildSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const outdir = SITE;
  await build({ ...common, entryPoints: { app: `${pkg}/src/app.ts` }, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]', sourcemap: true });
  await build({ ...common, format: 'iife', entryPoints: { embed: `${pkg}/src/embed/embed.ts` }, outdir, sourcemap: true, plugins: [...common.plugins, embedTeamSyncPlugin] });
  await build({ ...common, format: 'iife', entryPoints: { 'embed-team-sync': `${pkg}/src/embed/team-sync-script.ts` }, outdir, sourcemap: true });
  for (const file of ['index.html', 'embed.html', 'workspace.css']) copyFileSync(`${pkg}/${file}`, `${outdir}/${file}`);
  const { pageStyles } = await tsImport('../packages/components/src/shared/page-styles.ts', import.meta.url);
  writeFileSync(`${outdir}/preflight.css`, pageStyles());
  cpSync(DROPIN, outdir, { recursive: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSite();
