// The declarations bundler users get (packages/components/dist/**/*.d.ts, emitted by the build):
// each element entry point declares its tag in HTMLElementTagNameMap, and the package's `types`
// conditions lead TypeScript to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

const DIST = 'packages/components/dist';
const ELEMENTS = {
  'preflight-raci': 'PreflightRaci',
  'preflight-blocker-log': 'PreflightBlockerLog',
  'preflight-checklist': 'PreflightChecklist',
  'preflight-badge': 'PreflightBadge',
  'preflight-metrics': 'PreflightMetrics',
  'preflight-agenda': 'PreflightAgenda',
};
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
};

function declaration(path: string): string {
  assert.ok(existsSync(path), `${path} is missing: build it with npm run build`);
  return readFileSync(path, 'utf8');
}

for (const [tag, className] of Object.entries(ELEMENTS)) {
  test(`dist/define/${tag}.d.ts declares <${tag}> in HTMLElementTagNameMap as ${className}`, () => {
    const text = declaration(`${DIST}/define/${tag}.d.ts`);
    assert.match(text, /declare global\s*{\s*interface HTMLElementTagNameMap\s*{/);
    assert.match(text, new RegExp(`'${tag}': ${className};`));
    assert.match(text, new RegExp(`export { ${className} }`));
  });
}

test('the package exports lead TypeScript to the emitted declarations', () => {
  const from = resolve('types-consumer.ts');
  for (const [specifier, file] of [
    ['@preflight/components', 'index.d.ts'],
    ['@preflight/components/define/preflight-raci', 'define/preflight-raci.d.ts'],
    ['@preflight/components/react', 'react/index.d.ts'],
  ]) {
    const { resolvedModule } = ts.resolveModuleName(specifier!, from, OPTIONS, ts.sys);
    assert.equal(resolvedModule?.resolvedFileName, resolve(DIST, file!), specifier);
  }
});

test('a bundler user\u2019s code typechecks against them: querySelector and createElement give the element classes', () => {
  const path = resolve('types-consumer.ts');
  const source = `
import '@preflight/components/define/preflight-raci';
import '@preflight/components/define/preflight-badge';
import '@preflight/components/define/preflight-blocker-log';
import '@preflight/components/define/preflight-checklist';
import type { PreflightRaci, PreflightBadge } from '@preflight/components';
const raci: PreflightRaci | null = document.querySelector('preflight-raci');
const badge: PreflightBadge = document.createElement('preflight-badge');
raci?.addEventListener('click', () => badge.theme satisfies 'auto' | 'light' | 'dark');
document.querySelector('preflight-blocker-log')?.planId satisfies string | undefined;
document.createElement('preflight-checklist').plan = undefined;
`;
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, version, ...rest) => (file === path ? ts.createSourceFile(file, source, version) : getSourceFile(file, version, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === path || fileExists(file);
  const program = ts.createProgram([path], OPTIONS, host);
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === path);
  assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
  // The element types came from dist, not from the sources.
  assert.ok(program.getSourceFile(resolve(DIST, 'define/preflight-raci.d.ts')), 'dist/define/preflight-raci.d.ts was used');
});
