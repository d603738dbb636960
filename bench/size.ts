import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSER_CONDITIONS } from '../scripts/browser-conditions.mjs';

/** Bundles an entry (minified, for browsers) and returns its gzipped size in kB. */
export async function gzippedKb(entry: string | { contents: string; resolveDir: string }): Promise<number> {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    conditions: BROWSER_CONDITIONS,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
  });
  const bytes = result.outputFiles.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 100) / 100;
}

/**
 * Gzipped sizes of built ES modules (one, or several a page loads together) and the modules they import,
 * as a browser loads them: `initial` follows static imports (what arrives before the modules run), `total`
 * adds dynamic imports (chunks fetched on first use). Each file counts once and is gzipped on its own, as
 * each is its own request.
 */
export function builtModuleKb(entries: string | string[]): { initial: number; total: number } {
  const sizes = new Map<string, { gz: number; initial: boolean }>();
  const visit = (file: string, initial: boolean) => {
    const seen = sizes.get(file);
    if (seen && (seen.initial || !initial)) return;
    const code = readFileSync(file);
    sizes.set(file, { gz: gzipSync(code, { level: 9 }).length, initial });
    const text = code.toString('utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*(\()?\s*"(\.{1,2}\/[^"]+)"/g)) visit(resolve(dirname(file), m[2]!), initial && !m[1]);
  };
  for (const entry of [entries].flat()) visit(resolve(entry), true);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
  const all = [...sizes.values()];
  return { initial: kb(all.filter((s) => s.initial).reduce((n, s) => n + s.gz, 0)), total: kb(all.reduce((n, s) => n + s.gz, 0)) };
}
