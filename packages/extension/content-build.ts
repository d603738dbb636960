import { build, type BuildOptions } from 'esbuild';
import type { PlatformId } from '@preflight/core';
import { CAMPAIGN_CHUNK_GLOBAL, CHUNK_ARRIVED, campaignChunkPath, contentScriptPath } from './src/content/chunk-path';
import { CONTENT_MATCHES } from './src/hosts/hosts';

/**
 * The content scripts and their campaign chunks, built with esbuild and added to WXT's output as
 * assets. Not WXT content script entrypoints: WXT wraps each one in a script context (an id, an
 * abort controller, a DOM event to older copies, a location watcher sending window events) that
 * the page pays for at load; src/content/script-life.ts does the part needed.
 */

const TARGET = ['chrome120', 'firefox128'];

/** The platforms with a content script: those with pages to match. */
export const CONTENT_PLATFORMS = Object.keys(CONTENT_MATCHES) as PlatformId[];

/** One content script per platform, each from its entry file, so a page compiles just its own URL detection. */
export const contentScriptEntry = (platform: PlatformId): string => `entrypoints/content-scripts/${platform}.ts`;

/** One campaign chunk per platform, from its entry file: a page compiles just its own platform's page reading. */
export const campaignChunkEntry = (platform: PlatformId): string => `entrypoints/content-chunks/${platform}.ts`;

export interface ContentBuild {
  /** Includes the bench probe (src/content/bench-probe.ts): the bench and test build only, never a release. */
  benchProbe: boolean;
}

/** Every file of the content scripts, by its path in the extension. */
export async function contentFiles({ benchProbe }: ContentBuild): Promise<{ relativeDest: string; contents: string }[]> {
  const common = {
    absWorkingDir: import.meta.dirname,
    bundle: true,
    platform: 'browser',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    write: false as const,
    // The release build leaves the probe out: the branch that makes one is dropped, and the class with it.
    define: { PREFLIGHT_BENCH_PROBE: String(benchProbe) },
  } satisfies BuildOptions;
  const [scripts, chunks] = await Promise.all([
    build({ ...common, entryPoints: Object.fromEntries(CONTENT_PLATFORMS.map((p) => [p, contentScriptEntry(p)])), outdir: 'content-scripts', format: 'iife' }),
    // Each platform's campaign chunk (its page reading, the panel) is a script the background injects
    // into the content scripts' world once a campaign page is in view; it leaves its exports in a global there.
    build({
      ...common,
      entryPoints: Object.fromEntries(CONTENT_PLATFORMS.map((p) => [p, campaignChunkEntry(p)])),
      outdir: 'content-chunks',
      format: 'iife',
      globalName: CAMPAIGN_CHUNK_GLOBAL,
      // Tells the content script it is there, in the task that evaluates it.
      footer: { js: `globalThis.${CHUNK_ARRIVED}?.();` },
      // Chromium's explicit compile hint: every function is compiled with the script, in one pass,
      // instead of lazily on first call inside the read and draw tasks. Other browsers ignore the comment.
      banner: { js: '//# allFunctionsCalledOnLoad' },
    }),
  ]);
  return [
    ...CONTENT_PLATFORMS.map((p) => ({ relativeDest: contentScriptPath(p), contents: scripts.outputFiles.find((f) => f.path.endsWith(`/content-scripts/${p}.js`))!.text })),
    ...CONTENT_PLATFORMS.map((p) => ({ relativeDest: campaignChunkPath(p), contents: chunks.outputFiles.find((f) => f.path.endsWith(`/content-chunks/${p}.js`))!.text })),
  ];
}
