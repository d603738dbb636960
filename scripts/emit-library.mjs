// Emits a package's modules and declarations (tsc, one .js and one .d.ts per source module) into its
// dist/, as published. tsc writes into a folder of its own first and each file is then renamed into
// place, so a process reading dist/ while another build runs never sees half a file; files of an
// earlier emit whose module is gone are removed, and what other builds write there (`keep`) is left alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

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

/** Renames `from` to `to`, again if another build removed the emptied folder in between. */
function moveInto(from, to) {
  for (let attempt = 0; ; attempt++) {
    mkdirSync(dirname(to), { recursive: true });
    try {
      return renameSync(from, to);
    } catch (error) {
      if (error.code !== 'ENOENT' || attempt === 2) throw error;
    }
  }
}

/** Removes the folders under `dir` that hold no file, deepest first. */
function removeEmptyFolders(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

/** The newest modification time of the files under `dir` that `include` accepts. */
export function newestChange(dir, include = () => true) {
  return Math.max(0, ...filesUnder(dir).filter(include).map((f) => statSync(join(dir, f)).mtimeMs));
}

/**
 * Runs `tsc -p project` on the package's `src` into `dist`. `keep` lists paths relative to dist (a
 * file, or a folder ending in '/') that other builds own. Returns false when tsc reported type errors
 * (the files are still emitted: `npm test` typechecks on its own).
 */
export function emitLibrary({ project, src, dist, keep = [] }) {
  const staging = `${dist}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  // Rooted at the repository, so a module reached outside the package (a story's sample plan that
  // imports another package's sources) is written inside the staging folder, never beside its source.
  const { status } = spawnSync(process.execPath, [tsc, '-p', project, '--rootDir', '.', '--outDir', staging], { stdio: 'inherit' });
  const emittedRoot = join(staging, relative(resolve('.'), resolve(src)));
  const emitted = new Set(filesUnder(emittedRoot));
  for (const file of emitted) moveInto(join(emittedRoot, file), join(dist, file));
  rmSync(staging, { recursive: true, force: true });
  const kept = (file) => keep.some((k) => (k.endsWith('/') ? file.startsWith(k) : file === k));
  for (const file of filesUnder(dist)) {
    if (!emitted.has(file) && !kept(file) && !file.endsWith('.tmp')) unlinkSync(join(dist, file));
  }
  removeEmptyFolders(dist);
  return status === 0;
}
