// The build step that points the components' imports from the core's entry points at the defining
// modules, so code splitting keeps an element's chunks to the code it uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { directImports } from '../../scripts/build-direct-imports.mjs';
import { common } from '../../scripts/build-dropin.mjs';

test('named value imports from a core entry point come from the modules that define them; types and line count stay', () => {
  const source = [
    "import { css } from 'lit';",
    'import {',
    '  GLOSSARY as WORDS,',
    '  evaluate,',
    '  type Plan,',
    "} from '@preflight/core';",
    "import { isIsoDate } from '@preflight/core/time';",
    "import type { Readiness } from '@preflight/core';",
    'export const x = [css, WORDS, evaluate, isIsoDate];',
  ].join('\n');
  const out = directImports(source)!;
  const lines = out.split('\n');
  assert.equal(lines.length, source.split('\n').length, 'the same lines, so source maps still point right');
  assert.match(lines[1]!, /import \{ GLOSSARY as WORDS \} from "[^"]*packages\/core\/src\/plan\/vocabulary\.ts";/);
  assert.match(lines[1]!, /import \{ evaluate \} from "[^"]*packages\/core\/src\/readiness\/evaluate\.ts";/);
  assert.doesNotMatch(out, /Plan\b/);
  assert.match(lines[6]!, /import \{ isIsoDate \} from "[^"]*packages\/core\/src\/time\/iso-dates\.ts";/);
  assert.equal(lines[7], "import type { Readiness } from '@preflight/core';");
  assert.equal(lines.at(-1), 'export const x = [css, WORDS, evaluate, isIsoDate];');
  assert.equal(directImports("import { html } from 'lit';\n"), undefined);
});

test('split into chunks, the badge shares none of the metrics code, though both import @preflight/core', async () => {
  const result = await build({
    ...common,
    entryPoints: ['packages/components/src/define/preflight-badge.ts', 'packages/components/src/define/preflight-metrics.ts'],
    outdir: 'out',
    splitting: true,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile!.outputs;
  const badge = Object.keys(outputs).find((p) => outputs[p]!.entryPoint?.endsWith('preflight-badge.ts'))!;
  const reached = new Set<string>();
  const visit = (path: string) => {
    if (reached.has(path)) return;
    reached.add(path);
    for (const i of outputs[path]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(badge);
  const inputs = [...reached].flatMap((path) => Object.keys(outputs[path]!.inputs));
  assert.ok(inputs.some((i) => i.endsWith('core/src/readiness/evaluate.ts')), 'the badge judges the plan');
  assert.deepEqual(inputs.filter((i) => /core\/src\/(metrics|cadence)\//.test(i)), []);
});
