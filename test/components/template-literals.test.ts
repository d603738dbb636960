import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.mjs';

test('comments and indentation go; spaces CSS needs stay (one at an edge, where an interpolation may follow)', () => {
  assert.equal(
    minifyCssText(`
    /* why */
    .row > *,
    .b {
      padding: 0 calc(var(--s) / 2);
      margin : 1px;
    }
    a :hover { color: red; }`),
    ' .row > *,.b{padding:0 calc(var(--s) / 2);margin :1px}a :hover{color:red}',
  );
});

test('quoted CSS strings are kept as written', () => {
  assert.equal(minifyCssText(`.s::after { content: '  ▲ ; {x}'; } [a="b  c"] { x: y; }`), `.s::after{content:'  ▲ ; {x}'}[a="b  c"]{x:y}`);
});

test('only css template literals change, and their interpolations are kept exactly', () => {
  const source = 'const a = `  keep   this  `;\nconst s = css`\n  :host {\n    ${unsafeCSS(x({ a: `b  c` }))}\n    color: ${y} ;\n  }\n`;\nconst t = html`<p>  a  </p>`;';
  assert.equal(
    minifyCssLiterals(source),
    'const a = `  keep   this  `;\nconst s = css`:host{${unsafeCSS(x({ a: `b  c` }))} color:${y}}`;\nconst t = html`<p>  a  </p>`;',
  );
});
