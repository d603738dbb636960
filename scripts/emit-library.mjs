// Emits a package's modules and declarations (tsc, one .js and one .d.ts per source module) into its
// dist/, as published. tsc writes into a folder of its own first and each file is then renamed into
// place, so a process reading dist/ while another build runs never sees half a file; files of an
// earlier emit whose module is gone are removed, and what other builds write there (`keep`) is left alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Every file under `dir`, as paths relative to it ('a/b.js'). */
function filesUnder(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), base) : [relative(base, join(dir, e.name))]));
}

/** The newest modification time of the files under `dir` that `include` accepts. */
export function newestChange(dir, include = () => true) {
  return Math.max(0, ...filesUnder(dir).filter(include).map((f) => statSync(join(dir, f)).mtimeMs));
}

/**
 * Runs `tsc -p project` into `dist`. `keep` lists paths relative to dist (a file, or a folder
 * ending in '/') that other builds own. Returns false when tsc reported type errors (the files are
 * still emitted: `npm test` typechecks on its own).
 */
export function emitLibrary({ project, dist, keep = [] }) {
  const staging = `${dist}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const { status } = spawnSync(process.execPath, [tsc, '-p', project, '--outDir', staging], { stdio: 'inherit' });
  const emitted = new Set(filesUnder(staging));
  for (const file of emitted) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    renameSync(join(staging, file), join(dist, file));
  }
  rmSync(staging, { recursive: true, force: true });
  const kept = (file) => keep.some((k) => (k.endsWith('/') ? file.startsWith(k) : file === k));
  for (const file of filesUnder(dist)) {
    if (!emitted.has(file) && !kept(file) && !file.endsWith('.tmp')) unlinkSync(join(dist, file));
  }
  return status === 0;
}
