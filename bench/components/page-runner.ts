/**
 * Shared helpers for the element benches: bundle a page script with esbuild, open it in the
 * system Chromium (puppeteer-core) and read back what the page measured.
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiteralsPlugin } from '../../scripts/minify-template-literals.mjs';
import { report } from '../report.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';
import { BROWSER_CONDITIONS } from '../../scripts/browser-conditions.mjs';
import { breakdown, contributorsLine, type Contributor } from './size-breakdown.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Gzipped sizes of an element's define entry split as a browser loads it: `initial` is the entry
 * and every chunk it imports statically (what must arrive before the element renders), `total`
 * adds the chunks it loads on demand (the store, Floating UI…): that is the element "with everything
 * it pulls in". Each file is gzipped on its own, as each is its own request. Built as the shipped
 * modules are (production Lit, CSS literals minified). `top` is what the initial load is made of, by
 * package or source folder, largest first (see size-breakdown.ts).
 */
export async function elementSizesKb(tag: string): Promise<{ initial: number; total: number; sync: number; top: Contributor[] }> {
  const result = await build({
    entryPoints: [`${root}packages/components/src/define/${tag}.ts`],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    outdir: `${root}bench/.out`,
    conditions: BROWSER_CONDITIONS,
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    plugins: [minifyTemplateLiteralsPlugin],
    logLevel: 'error',
  });
  const gz = new Map(result.outputFiles.map((f) => [f.path, gzipSync(f.contents, { level: 9 }).length]));
  const outputs: Metafile['outputs'] = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, meta]) => [`${root}${path}`, meta]));
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint)!;
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const i of outputs[path]!.imports) if (i.kind === 'import-statement') visit(`${root}${i.path}`);
  };
  visit(entry);
  // The team sync client (loaded only for `sync`): its entry chunk and what only it imports, reported on its own.
  const reach = (from: string, into: Set<string>) => {
    if (into.has(from) || initial.has(from)) return;
    into.add(from);
    for (const i of outputs[from]!.imports) if (i.kind === 'import-statement') reach(`${root}${i.path}`, into);
  };
  const lazyEntries = Object.keys(outputs).filter((path) => path !== entry && outputs[path]!.entryPoint);
  const sync = new Set<string>();
  const others = new Set<string>();
  for (const path of lazyEntries) reach(path, outputs[path]!.entryPoint!.endsWith('shared/team-sync/index.ts') ? sync : others);
  for (const path of others) sync.delete(path);
  const kb = (paths: Iterable<string>) => Math.round(([...paths].reduce((n, p) => n + gz.get(p)!, 0) / 1024) * 100) / 100;
  const top = breakdown(outputs, initial, (path) => gz.get(path)!);
  return { initial: kb(initial), total: kb([...gz.keys()].filter((p) => !sync.has(p))), sync: kb(sync), top };
}

/**
 * Reports an element's two size figures. The budget (issue 15's) is for the initial load, what arrives
 * before the element first renders; the element with everything it pulls in is reported beside it
 * against the same figure, for reference. The initial load's largest contributors are printed after
 * (`node --import tsx bench/<file>.bench.ts` shows them; SIZE.md in packages/components keeps the table).
 */
export async function reportElementSizes(tag: string, budget: number, lazy: string): Promise<{ sync: number }> {
  const { initial, total, sync, top } = await elementSizesKb(tag);
  report({ name: `${tag} gzipped, initial load only (before lazy chunks)`, value: initial, unit: 'kB', budget });
  report({ name: `${tag} gzipped, with everything it pulls in (${lazy} included)`, value: total, unit: 'kB', budget });
  console.log(`  ${tag} initial load, largest (kB gzipped): ${contributorsLine(top)}`);
  return { sync };
}

/** Bundles a TypeScript page script (resolved from the repository root) into one ES module. */
export async function bundlePage(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    conditions: BROWSER_CONDITIONS,
    tsconfig: `${root}tsconfig.json`,
    plugins: [minifyTemplateLiteralsPlugin],
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

let browser: Browser | undefined;

/**
 * Runs a bundled script in a blank page and returns what it assigns to `window.__result`
 * (awaited if it is a promise).
 */
export async function runInPage<T>(script: string): Promise<T> {
  browser ??= await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f: string) => !f.startsWith('--headless')) });
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction('window.__result !== undefined', { timeout: 120_000 });
    return (await page.evaluate('window.__result')) as T;
  } finally {
    await page.close();
  }
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
