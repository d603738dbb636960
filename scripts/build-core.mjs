// Builds @preflight/core as published (dist/: a module and a declaration file per source module, when
// a source changed since the last build), bundles the core's CLI into one file for `npx preflight`, the
// team server and its CLI commands for `npx preflight-server` and the core CLI's team commands, and
// writes the plan's JSON Schema. Runs at `npm install` (the root `prepare` script).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { emitLibrary, newestChange } from './emit-library.mjs';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', write: false };

/**
 * Writes each output through a temporary file and a rename, so a process starting the CLI while
 * another build runs (test files build before they run, in parallel) never reads half a file.
 */
function writeAtomically(result) {
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

/** The CLI bundle, which the library's emit leaves in dist/. */
const CLI_BUNDLE = 'main.js';

const CORE_DIST = 'packages/core/dist';
const CORE_PROJECT = 'packages/core/tsconfig.build.json';
const isModule = (f) => f.endsWith('.ts') && !f.endsWith('.test.ts');
const builtAt = existsSync(`${CORE_DIST}/index.js`) ? statSync(`${CORE_DIST}/index.js`).mtimeMs : 0;
if (Math.max(newestChange('packages/core/src', isModule), statSync(CORE_PROJECT).mtimeMs) >= builtAt) {
  if (!emitLibrary({ project: CORE_PROJECT, src: 'packages/core/src', dist: CORE_DIST, keep: [CLI_BUNDLE] })) console.warn('core: the library was emitted with type errors (above)');
}

writeAtomically(
  await build({
    ...common,
    entryPoints: { main: 'packages/core/src/cli/main.ts' },
    outdir: 'packages/core/dist',
    // The team commands (share, revoke, push, pull, check --server) live in the server package, loaded only when used.
    external: ['@preflight/server/cli'],
  }),
);

if (existsSync('packages/server/src/main.ts')) {
  // The server's npm dependencies stay outside the bundle: PGlite loads its .wasm and .data files next
  // to its own module, and yjs must be the one Hocuspocus uses. @preflight/core is TypeScript source:
  // it is bundled (with the zod it needs), which esbuild's `packages: 'external'` would not do.
  const { dependencies = {} } = JSON.parse(readFileSync('packages/server/package.json', 'utf8'));
  writeAtomically(
    await build({
      ...common,
      entryPoints: Object.fromEntries(
        Object.entries({ main: 'packages/server/src/main.ts', cli: 'packages/server/src/cli/index.ts' }).filter(([, f]) => existsSync(f)),
      ),
      outdir: 'packages/server/dist',
      external: Object.keys(dependencies).filter((name) => name !== '@preflight/core'),
    }),
  );
}

if (existsSync('scripts/write-schema.ts')) {
  const { spawnSync } = await import('node:child_process');
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-schema.ts'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
