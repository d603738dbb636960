import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { BROWSER_CONDITIONS } from '../../scripts/browser-conditions.mjs';
import { minifyTemplateLiterals, minifyTemplateLiteralsPlugin } from '../../scripts/minify-template-literals.mjs';

const COMPONENTS = 'packages/components/src';

/** The bodies of a module's css`…` literals (interpolations without nested templates, as the stylesheets write them). */
const cssBodies = (code: string) => [...code.matchAll(/\bcss`((?:[^`\\$]|\\.|\$\{[^}`]*\}|\$(?!\{))*)`/g)].map((m) => m[1]!);

/** The module without the inline source map the minifier appends, and that map. */
function splitMap(contents: string): { code: string; map: { sources: string[]; sourcesContent: string[] } } {
  const at = contents.lastIndexOf('\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,');
  assert.ok(at > 0, 'the minified module carries an inline source map');
  const base64 = contents.slice(contents.indexOf('base64,', at) + 'base64,'.length).trim();
  return { code: contents.slice(0, at), map: JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) };
}

test('css and html literals lose comments and indentation; interpolations, quoted CSS, other templates and the code stay as written', async () => {
  const source = [
    'const keep = `  as   written  `;',
    'const styles = css`',
    '  /* why */',
    '  :host {',
    '    color: ${color};',
    '    margin : 1px;',
    '  }',
    "  .s::after { content: '  ▲ ; {x}'; }",
    '`;',
    'const view = (x: string) => html`',
    '  <ul>',
    '    <li title=${x}>${x}</li>',
    '  </ul>',
    '`;',
  ].join('\n');
  const path = resolve(COMPONENTS, 'example.ts');
  const { code, map } = splitMap((await minifyTemplateLiterals(source, path))!);
  assert.ok(code.startsWith('const keep = `  as   written  `;\nconst styles = css`'), code);
  const [css] = cssBodies(code);
  assert.ok(css !== undefined && !css.includes('\n') && !css.includes('why'), css);
  assert.ok(css.includes('${color}') && css.includes("'  ▲ ; {x}'"), css);
  const view = code.slice(code.indexOf('html`'));
  assert.ok(!/\n\s/.test(view.slice(0, view.indexOf('`;'))), view);
  assert.ok(view.includes('${x}</li>') && view.includes('title='), view);
  // The map leads back to the module as written, so the bundle's own map points there too.
  assert.deepEqual(map.sources, [path]);
  assert.deepEqual(map.sourcesContent, [source]);
});

test('html keeps one space where whitespace was, next to custom elements and inside inline ones', async () => {
  const source = 'const v = html`<li>\n  ${a} <preflight-badge></preflight-badge> due\n  <span class="n">${b}: </span>${c}\n</li>`;';
  const { code } = splitMap((await minifyTemplateLiterals(source, resolve(COMPONENTS, 'v.ts')))!);
  assert.equal(code, 'const v = html`<li> ${a} <preflight-badge></preflight-badge> due <span class="n">${b}: </span>${c} </li>`;');
});

test('a module without template literals, or whose literals are already minimal, is left to esbuild', async () => {
  assert.equal(await minifyTemplateLiterals('export const n = 1;\n', resolve(COMPONENTS, 'n.ts')), undefined);
  assert.equal(await minifyTemplateLiterals('export const s = css`a{b:c}`;\n', resolve(COMPONENTS, 's.ts')), undefined);
});

test('every element stylesheet ships minified, except in modules that call unsafeCSS (the minifier cannot see what it inserts)', async () => {
  const sources = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.stories.ts'))
    .map((f) => join(COMPONENTS, f));
  let minified = 0;
  for (const file of sources) {
    const source = readFileSync(file, 'utf8');
    if (cssBodies(source).length === 0 || source.includes('unsafeCSS')) continue;
    const contents = await minifyTemplateLiterals(source, resolve(file));
    assert.ok(contents, `${file}: its css literals were left as written`);
    for (const body of cssBodies(splitMap(contents).code)) assert.ok(!/\n|\/\*/.test(body), `${file}: a css literal kept its line breaks or comments:\n${body.slice(0, 200)}`);
    minified++;
  }
  // The elements' stylesheets are more than a handful: a filter that matched nothing would pass above.
  assert.ok(minified >= 8, `only ${minified} modules with css literals were found`);
});

test('in a bundle built with the plugin, the minified CSS maps back to the stylesheet as written', async () => {
  const entry = resolve(COMPONENTS, 'blocker-log/blocker-log.styles.ts');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    sourcemap: 'external',
    outdir: 'out',
    conditions: BROWSER_CONDITIONS,
    tsconfig: 'tsconfig.json',
    plugins: [minifyTemplateLiteralsPlugin],
    logLevel: 'error',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = new SourceMap(JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text));
  const at = js.indexOf('--_sticky-width:12rem');
  assert.ok(at > 0, 'the stylesheet is in the bundle, minified');
  const line = js.slice(0, at).split('\n').length - 1;
  const column = at - (js.lastIndexOf('\n', at) + 1);
  const found = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
  assert.ok(found.originalSource?.endsWith('blocker-log/blocker-log.styles.ts'), JSON.stringify(found));
  const written = readFileSync(entry, 'utf8').split('\n');
  const literalStart = written.findIndex((l) => l.startsWith('export const blockerLogStyles = css`'));
  const declaration = written.findIndex((l) => l.includes('--_sticky-width: 12rem'));
  assert.ok(found.originalLine! >= literalStart && found.originalLine! <= declaration, `mapped to line ${found.originalLine! + 1}, the declaration is on ${declaration + 1}`);
});
