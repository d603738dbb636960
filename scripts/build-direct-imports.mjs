// Rewrites a components module's named imports from the core's entry points (`@preflight/core`,
// `@preflight/core/time`…: files of re-exports only) into imports from the modules that define them.
// With code splitting esbuild places a module's code by which entry points reach the *file*, and a
// barrel reaches every module it re-exports: one element importing `@preflight/core` would otherwise
// share a chunk with code only another element uses (the metrics' figures in the badge's chunk).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = join(root, 'packages/core');
const coreExports = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).exports;

/** Where each exported name of a barrel is defined: name → { file, name there }, through nested barrels. */
const barrels = new Map();

function exportsOf(file) {
  let map = barrels.get(file);
  if (map) return map;
  map = new Map();
  barrels.set(file, map);
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const m of text.matchAll(/export\s*(\*|\{([^}]*)\})\s*from\s*'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), m[3].replace(/\.js$/, '.ts'));
    const nested = isBarrel(target) ? exportsOf(target) : undefined;
    if (m[1] === '*') {
      if (!nested) return (barrels.set(file, null), null);
      for (const [name, origin] of nested) map.set(name, origin);
      continue;
    }
    for (const spec of m[2].split(',').map((s) => s.trim()).filter(Boolean)) {
      if (spec.startsWith('type ')) continue;
      const [local, exported = local] = spec.split(/\s+as\s+/);
      map.set(exported, nested?.get(local) ?? { file: target, name: local });
    }
  }
  return map;
}

/** A module of re-exports only (comments aside). */
function isBarrel(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const rest = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/export\s*(type\s*)?(\*|\{[^}]*\})\s*from\s*'[^']+';?/g, '');
  return rest.trim() === '';
}

/** The barrel file of a core entry point, or undefined when it is no barrel. */
function barrelOf(specifier) {
  const key = specifier === '@preflight/core' ? '.' : `.${specifier.slice('@preflight/core'.length)}`;
  const source = coreExports[key]?.source;
  if (!source) return undefined;
  const file = join(core, source);
  return isBarrel(file) ? file : undefined;
}

/**
 * The module with its value imports from core barrels pointed at the defining modules, or undefined
 * when nothing changed. Line numbers stay as they were (a rewritten import keeps its line count), so
 * source maps made of the result still point at the right lines.
 */
export function directImports(source) {
  let changed = false;
  const result = source.replace(/import\s*\{([^}]*)\}\s*from\s*'(@preflight\/core(?:\/[a-z-]+)?)';?/g, (statement, specs, specifier) => {
    const barrel = barrelOf(specifier);
    const map = barrel && exportsOf(barrel);
    if (!map) return statement;
    const byFile = new Map();
    const kept = [];
    for (const spec of specs.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (spec.startsWith('type ')) continue;
      const [name, local = name] = spec.split(/\s+as\s+/);
      const origin = map.get(name);
      if (!origin) {
        kept.push(spec);
        continue;
      }
      const list = byFile.get(origin.file) ?? [];
      list.push(origin.name === local ? local : `${origin.name} as ${local}`);
      byFile.set(origin.file, list);
    }
    changed = true;
    const lines = [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`);
    if (kept.length) lines.push(`import { ${kept.join(', ')} } from '${specifier}';`);
    return lines.join(' ') + '\n'.repeat(statement.split('\n').length - 1);
  });
  return changed ? result : undefined;
}
