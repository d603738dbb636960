// An esbuild plugin that minifies the CSS inside Lit's css`…` template literals: comments go, runs of
// whitespace become one space, and the spaces around { } ; , and after : go. esbuild's own minifier
// leaves template text as written, so without this every element ships its indentation. Quoted CSS
// strings (content: ' ▲') and ${…} interpolations are kept exactly as they are.
import { readFile } from 'node:fs/promises';

/** Minifies one static piece of CSS text (between interpolations). */
export function minifyCssText(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else {
      let j = i;
      while (j < text.length && text[j] !== "'" && text[j] !== '"' && !(text[j] === '/' && text[j + 1] === '*')) j++;
      out += text.slice(i, j);
      i = j;
    }
  }
  return squeeze(out);
}

/** Whitespace outside quoted strings: one space at most, none where CSS never needs it. */
function squeeze(css) {
  return css
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, k) => (k % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}')))
    .join('');
}

/** Finds where a template literal starting after the opening backtick at `start` ends; returns its pieces. */
function templatePieces(source, start) {
  const pieces = [];
  let text = '';
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      pieces.push({ text });
      return { pieces, end: i + 1 };
    } else if (ch === '$' && source[i + 1] === '{') {
      pieces.push({ text });
      text = '';
      const end = expressionEnd(source, i + 2);
      pieces.push({ expr: source.slice(i, end) });
      i = end;
    } else {
      text += ch;
      i++;
    }
  }
  return undefined;
}

/** Index just past the `}` closing an interpolation that starts at `start` (nested braces, strings, templates). */
function expressionEnd(source, start) {
  let depth = 1;
  let i = start;
  while (i < source.length && depth > 0) {
    const ch = source[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (ch === '`') {
      const inner = templatePieces(source, i + 1);
      i = (inner?.end ?? source.length) - 1;
    }
    i++;
  }
  return i;
}

/** Rewrites every css`…` literal in a module's source. */
export function minifyCssLiterals(source) {
  let out = '';
  let last = 0;
  const tag = /\bcss`/g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const start = m.index + m[0].length;
    const found = templatePieces(source, start);
    if (!found) break;
    const body = found.pieces.map((p) => (p.expr ?? minifyCssText(p.text))).join('');
    out += `${source.slice(last, start)}${body.trim()}\``;
    last = found.end;
    tag.lastIndex = found.end;
  }
  return out + source.slice(last);
}

/** The esbuild plugin: applies to the components' TypeScript sources. */
export const minifyCssLiteralsPlugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /packages\/components\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return source.includes('css`') ? { contents: minifyCssLiterals(source), loader: 'ts' } : undefined;
    });
  },
};
