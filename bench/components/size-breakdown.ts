/**
 * What an element's initial load is made of: its bundle's esbuild metafile, each chunk's gzipped bytes
 * shared among the modules in it by their minified bytes (gzip has no per-module figure; this is an
 * estimate, good to a few hundred bytes), summed by package (lit, zod…) or source folder (core/plan,
 * components/shared…). Run on its own for the table: `node --import tsx bench/components/size-breakdown.ts preflight-badge`.
 */
import type { Metafile } from 'esbuild';
import { pathToFileURL } from 'node:url';

export interface Contributor {
  name: string;
  kB: number;
}

/** The package or folder a bundle input counts under. */
export function groupOf(input: string): string {
  const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const src = input.match(/^packages\/([^/]+)\/src\/([^/]+)(\/)?/);
  if (src) return src[3] ? `${src[1]}/${src[2]}/` : `${src[1]}/${src[2]}`;
  return input;
}

/** Gzipped kB per group over the given output files (`gz`: each file's gzipped bytes), largest first. */
export function breakdown(outputs: Metafile['outputs'], files: Iterable<string>, gz: (file: string) => number): Contributor[] {
  const groups = new Map<string, number>();
  for (const file of files) {
    const { inputs } = outputs[file]!;
    const raw = Object.values(inputs).reduce((n, i) => n + i.bytesInOutput, 0);
    if (!raw) continue;
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const group = groupOf(input);
      groups.set(group, (groups.get(group) ?? 0) + (bytesInOutput / raw) * gz(file));
    }
  }
  return [...groups]
    .map(([name, bytes]) => ({ name, kB: Math.round((bytes / 1024) * 100) / 100 }))
    .filter((c) => c.kB > 0)
    .sort((a, b) => b.kB - a.kB);
}

/** `lit-html 3.3 · zod 8.4 · …`: the first `count` contributors on one line. */
export function contributorsLine(contributors: Contributor[], count = 8): string {
  return contributors
    .slice(0, count)
    .map((c) => `${c.name} ${c.kB.toFixed(1)}`)
    .join(' · ');
}

// Not awaited: page-runner.ts imports this module, which must finish evaluating first.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void import('./page-runner.ts').then(async ({ elementSizesKb }) => {
    for (const tag of process.argv.slice(2)) {
      const { initial, top } = await elementSizesKb(tag);
      console.log(`${tag}: ${initial} kB gzipped, initial load`);
      for (const c of top) console.log(`${c.kB.toFixed(2).padStart(8)}  ${c.name}`);
    }
  });
}
