import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

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
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
  });
  const bytes = result.outputFiles.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 100) / 100;
}
