import { build, type BuildOptions } from 'esbuild';
import type { PlatformId } from '@preflight/core';
import { PAGE_SCRIPT_ANSWER, pageScriptPath } from './src/content/script-path';
import { CONTENT_MATCHES } from './src/hosts/hosts';

/**
 * The page scripts, one per platform, built with esbuild and added to WXT's output as assets. Not
 * WXT content script entrypoints: none is declared in the manifest (the background injects each
 * into campaign pages only, see src/background/page-tabs.ts), and WXT would wrap each in a script
 * context (an id, an abort controller, a DOM event to older copies, a location watcher) that the
 * page would pay for.
 */

const TARGET = ['chrome120', 'firefox128'];

/** Asks V8 to compile every function of the script as it compiles the script (Chromium 136 and later). */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** The platforms with a page script: those with pages to match. */
export const CONTENT_PLATFORMS = Object.keys(CONTENT_MATCHES) as PlatformId[];

/** One page script per platform, each from its entry file: a page compiles just its own platform's reading. */
export const pageScriptEntry = (platform: PlatformId): string => `entrypoints/content-scripts/${platform}.ts`;

export interface ContentBuild {
  /** Includes the bench probe (src/content/bench-probe.ts): the bench and test build only, never a release. */
  benchProbe: boolean;
}

/** Every page script, by its path in the extension. */
export async function contentFiles({ benchProbe }: ContentBuild): Promise<{ relativeDest: string; contents: string }[]> {
  const options = {
    absWorkingDir: import.meta.dirname,
    bundle: true,
    platform: 'browser',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    write: false as const,
    // The release build leaves the probe out: the branch that makes one is dropped, and the class with it.
    define: { PREFLIGHT_BENCH_PROBE: String(benchProbe) },
    entryPoints: Object.fromEntries(CONTENT_PLATFORMS.map((p) => [p, pageScriptEntry(p)])),
    outdir: 'content-scripts',
    format: 'iife',
    // V8's explicit compile hint: nearly every function of a page script runs at load, and compiling
    // them with the script spares each its second parse when first called (an A/B on the campaign
    // fixture pages: 0.1–0.45 ms less CPU per load). Other engines read it as a comment.
    banner: { js: COMPILE_ALL_HINT },
    // The script's value answers its injection: the read it starts (src/content/page-script.ts).
    footer: { js: PAGE_SCRIPT_ANSWER },
  } satisfies BuildOptions;
  const scripts = await build(options);
  return CONTENT_PLATFORMS.map((p) => ({ relativeDest: pageScriptPath(p), contents: scripts.outputFiles.find((f) => f.path.endsWith(`/content-scripts/${p}.js`))!.text }));
}
